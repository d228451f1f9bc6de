package com.tfp.product.insuredfinancing;

import com.tfp.spi.evaluation.DocumentSpec;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.facts.Facts;
import com.tfp.spi.insurance.InsuredTradeDocuments;
import java.util.List;

/**
 * The documents of an insured financing (股份制 Art.8, Art.10; 办法A §3(1); RCC Art.6): the application, repayment
 * plan, financing and pledge contracts, the policy set and the insurer's papers, the trade documents, and for L/C
 * deals the original L/C with full documents.
 */
final class RequiredDocuments {

  /** The claim and trade documents insured products share (001 RCC Art.6, 股份制 Art.8(4), 办法A §3(1)). */
  private static final InsuredTradeDocuments TRADE = InsuredTradeDocuments.of("IF");

  static final DocumentSpec APPLICATION = DocumentSpec.of("IF-APPLICATION",
      "《出口信用保险项下贸易融资申请书》", "Application for financing under export credit insurance", "001 股份制 Art.8(1)");
  static final DocumentSpec REPAYMENT_PLAN = DocumentSpec.of("IF-REPAYMENT-PLAN", "还款计划", "Repayment plan", "001 股份制 Art.8(2)");
  static final DocumentSpec FINANCING_CONTRACT = DocumentSpec.of("IF-FINANCING-CONTRACT",
      "《出口信用保险项下贸易融资合同》", "Financing contract", "001 股份制 Art.10(1)");
  static final DocumentSpec PLEDGE_CONTRACT = DocumentSpec.of("IF-PLEDGE-CONTRACT", "《质押合同》", "Pledge contract",
      "001 股份制 Art.10(1)").when("所有业务；汇款项下用于应收账款质押", "all deals; under remittance it pledges the receivable");
  static final DocumentSpec POLICY = DocumentSpec.of("IF-POLICY",
      "出口信用保险保单（承保情况通知书、保险单含保单明细表及保险费计算书）",
      "Export credit insurance policy set (acceptance notice, policy with schedule and premium statement)", "001 股份制 Art.8(3)");
  static final DocumentSpec BUYER_LIMIT_APPROVAL = DocumentSpec.of("IF-BUYER-LIMIT-APPROVAL",
      "买方《信用限额审批单》正本", "Buyer credit-limit approval (original)", "001 股份制 Art.8(3)");
  static final DocumentSpec PREMIUM_RECEIPT = DocumentSpec.of("IF-PREMIUM-RECEIPT", "保费收据", "Premium receipt",
      "001 股份制 Art.8(3)");
  static final DocumentSpec EXPORT_DECLARATION_FORM = DocumentSpec.of("IF-EXPORT-DECLARATION-FORM",
      "保险公司确认的《出口申报单》", "Export declaration form confirmed by the insurer", "001 RCC Art.6(7)");
  static final DocumentSpec INDEMNITY_ASSIGNMENT = TRADE.indemnityAssignment();
  static final DocumentSpec CLAIM_AGREEMENT = TRADE.claimAgreement();
  static final DocumentSpec CONTRACT = TRADE.contract();
  static final DocumentSpec INVOICE = TRADE.invoice();
  static final DocumentSpec PACKING_LIST = TRADE.packingList();
  static final DocumentSpec INSPECTION_CERTIFICATE = DocumentSpec.of("IF-INSPECTION-CERTIFICATE", "质检单",
      "Inspection certificate", "001 股份制 Art.8(4)");
  static final DocumentSpec CUSTOMS_DECLARATION = TRADE.customsDeclaration();
  static final DocumentSpec TRANSPORT_DOCUMENT = TRADE.transportDocument();
  static final DocumentSpec LC_AND_DOCUMENTS = DocumentSpec.of("IF-LC-AND-DOCUMENTS", "信用证正本及全套出口单据",
      "Original L/C and the full set of export documents", "001 办法A §3(1)").when("信用证项下", "L/C deals");
  static final DocumentSpec EXPORT_LICENCE = DocumentSpec.of("IF-EXPORT-LICENCE", "出口批文或许可证（如需）",
      "Export approval or licence (where needed)", "001 办法A §3(1)").when("货物出口须批文或许可证时", "where the goods need one");

  static final List<DocumentSpec> ALL = List.of(APPLICATION, REPAYMENT_PLAN, FINANCING_CONTRACT, PLEDGE_CONTRACT, POLICY,
      BUYER_LIMIT_APPROVAL, PREMIUM_RECEIPT, EXPORT_DECLARATION_FORM, INDEMNITY_ASSIGNMENT, CLAIM_AGREEMENT, CONTRACT,
      INVOICE, PACKING_LIST, INSPECTION_CERTIFICATE, CUSTOMS_DECLARATION, TRANSPORT_DOCUMENT, LC_AND_DOCUMENTS,
      EXPORT_LICENCE);

  private RequiredDocuments() {}

  static void apply(Facts f, Evaluation.Builder out) {
    for (DocumentSpec d : ALL) {
      if (d == LC_AND_DOCUMENTS) {
        if (InsuredFinancingFacts.LC.equals(f.requireText(InsuredFinancingFacts.SETTLEMENT))) out.document(d, true);
      } else {
        // the licence depends on the goods, which no fact describes: a reviewer decides
        out.document(d, d != EXPORT_LICENCE);
      }
    }
  }
}
