package com.tfp.product.domesticlc;

import static com.tfp.product.domesticlc.DomesticLcSchema.ACCEPTANCE;
import static com.tfp.product.domesticlc.DomesticLcSchema.APPLICANT_UNDERTAKING;
import static com.tfp.product.domesticlc.DomesticLcSchema.CONTRACT;
import static com.tfp.product.domesticlc.DomesticLcSchema.FINANCING_APPLICATION;
import static com.tfp.product.domesticlc.DomesticLcSchema.INVOICE;
import static com.tfp.product.domesticlc.DomesticLcSchema.LC_APPLICATION;
import static com.tfp.product.domesticlc.DomesticLcSchema.LETTER_OF_CREDIT;
import static com.tfp.product.domesticlc.DomesticLcSchema.TRANSPORT_DOCUMENT;

import com.tfp.spi.evaluation.Evaluation;

/**
 * The documents of a deal. Issuance: the L/C application and the applicant's undertaking, which a master undertaking
 * on file replaces (001 国内证 Art.12) — no fact says whether one is, so the undertaking is asked for as optional and a
 * person confirms. Every deal carries its trade documents (000 §11, PRODUCTS.md X1); financing after presentation adds
 * the invoice and transport document, and the seller-side financings rest on the issuing bank's acceptance.
 */
final class RequiredDocuments {

  private RequiredDocuments() {}

  static void apply(LcVariant variant, Evaluation.Builder out) {
    if (variant == LcVariant.ISSUANCE) {
      out.document(LC_APPLICATION, true);
      out.document(APPLICANT_UNDERTAKING, false);
      out.check("DLC-MASTER-UNDERTAKING", "001 国内证 Art.12",
          "确认开证申请人是否已签订总承诺书；未签订的须逐笔提交《开证申请人承诺书》",
          "Confirm whether the applicant has signed a master undertaking; if not, the applicant's undertaking is"
              + " required for this deal");
      out.document(CONTRACT, true);
      return;
    }
    out.document(FINANCING_APPLICATION, true);
    out.document(LETTER_OF_CREDIT, true);
    out.document(CONTRACT, true);
    if (variant != LcVariant.PACKING_LOAN) {
      out.document(INVOICE, true);
      out.document(TRANSPORT_DOCUMENT, true);
    }
    if (variant == LcVariant.SELLER_BILL_PURCHASE || variant == LcVariant.FORFAITING) {
      out.document(ACCEPTANCE, true);
    }
  }
}
