package com.tfp.product.billpurchase;

import static com.tfp.product.billpurchase.BillPurchaseFacts.DOCUMENTS_COMPLIANT;
import static com.tfp.product.billpurchase.BillPurchaseFacts.EXTRA_SECURITY;

import com.tfp.spi.evaluation.DocumentSpec;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.facts.CustomerFacts;
import java.util.List;

/**
 * What the customer hands in with each bill purchase (004 Art.17), plus the branch's undertaking and the customer's
 * indemnity when International Business does not accept discrepant documents but the branch wants to go ahead
 * (004 Art.21).
 */
final class RequiredDocuments {

  static final DocumentSpec APPLICATION = DocumentSpec.of("BP-APPLICATION", "出口押汇申请书（附件1）",
      "Bill purchase application (form 1)", "004 Art.17");
  static final DocumentSpec LC_ORIGINAL = DocumentSpec.of("BP-LC-ORIGINAL", "信用证及修改（如有）正本",
      "Original L/C and amendments, if any", "004 Art.17").when("仅信用证项下", "L/C deals only");
  static final DocumentSpec PRESENTATION_DOCUMENTS = DocumentSpec.of("BP-PRESENTATION-DOCUMENTS", "用于寄单索汇的全套单据",
      "Full set of documents for presentation and collection", "004 Art.17");
  static final DocumentSpec CONTRACT = DocumentSpec.of("BP-CONTRACT", "出口押汇合同（附件2）",
      "Bill purchase contract (form 2)", "004 Art.17").when("授信额度内第一次办理时签订", "signed with the first deal under the line");
  static final DocumentSpec GUARANTEE_CONTRACT = DocumentSpec.of("BP-GUARANTEE-CONTRACT", "担保合同",
      "Guarantee contract", "004 Art.17").when("有担保措施时", "where the deal is secured");
  static final DocumentSpec ARRIVAL_PAYMENT_STATEMENT = DocumentSpec.of("BP-ARRIVAL-PAYMENT-STATEMENT",
      "企业关于货物预计到港时间和买方预计付款时间的情况说明", "Statement of the expected arrival of the goods and the buyer's expected payment",
      "004 Art.17").when("仅即期D/P项下", "D/P at sight only");
  static final DocumentSpec BRANCH_UNDERTAKING = DocumentSpec.of("BP-BRANCH-UNDERTAKING", "分支行（部）书面承诺书（附件4）",
      "Branch's written undertaking (form 4)", "004 Art.21").when("信用证单据有不符点时", "L/C documents with discrepancies");
  static final DocumentSpec CUSTOMER_INDEMNITY = DocumentSpec.of("BP-CUSTOMER-INDEMNITY", "企业担保书（附件5）",
      "Customer's indemnity for the discrepancies (form 5)", "004 Art.21").when("信用证单据有不符点时", "L/C documents with discrepancies");

  static final List<DocumentSpec> CATALOGUE = List.of(APPLICATION, LC_ORIGINAL, PRESENTATION_DOCUMENTS, CONTRACT,
      GUARANTEE_CONTRACT, ARRIVAL_PAYMENT_STATEMENT, BRANCH_UNDERTAKING, CUSTOMER_INDEMNITY);

  private RequiredDocuments() {}

  static void apply(BillPurchaseDeal deal, Evaluation.Builder out) {
    out.document(APPLICATION, true);
    if (deal.isLetterOfCredit()) out.document(LC_ORIGINAL, true);
    out.document(PRESENTATION_DOCUMENTS, true);
    // only the first deal under the line signs it; the evaluation cannot see earlier deals, so a reviewer decides
    out.document(CONTRACT, false);
    // Art.17 lists it for every deal, but an unsecured line has no guarantor: mandatory once security is stated
    out.document(GUARANTEE_CONTRACT, deal.flag(CustomerFacts.SECURITY_PROVIDED) || deal.flag(EXTRA_SECURITY));
    if (deal.settlement() == Settlement.DP_SIGHT) out.document(ARRIVAL_PAYMENT_STATEMENT, true);
    if (deal.isLetterOfCredit() && !deal.flag(DOCUMENTS_COMPLIANT)) {
      out.document(BRANCH_UNDERTAKING, true);
      out.document(CUSTOMER_INDEMNITY, true);
    }
  }
}
