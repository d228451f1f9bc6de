package com.tfp.product.factoring;

import com.tfp.spi.evaluation.DocumentSpec;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.facts.Facts;
import com.tfp.spi.insurance.InsuredTradeDocuments;
import java.util.List;

/**
 * The documents of insured factoring: the factoring agreement that assigns the receivable and the indemnity rights
 * (出口信保保理 Art.1), the scorecard (Art.3), Sinosure's papers as for insured financing (Art.2 → 股份制 Art.8, RCC Art.6)
 * and the trade documents. The acceptance notice is mandatory where the deal relies on it to qualify.
 */
final class RequiredDocuments {

  /** The claim and trade documents insured products share (001 RCC Art.6, 股份制 Art.8(4), 办法A §3(1)). */
  private static final InsuredTradeDocuments TRADE = InsuredTradeDocuments.of("FCT");

  static final DocumentSpec APPLICATION = DocumentSpec.of("FCT-APPLICATION", "出口信保保理业务申请书",
      "Application for insured factoring", "001 出口信保保理 Art.2");
  static final DocumentSpec FACTORING_AGREEMENT = DocumentSpec.of("FCT-FACTORING-AGREEMENT",
      "无追索权出口保理合同（应收账款债权转让）", "Without-recourse factoring agreement (assignment of the receivable)",
      "001 出口信保保理 Art.1");
  static final DocumentSpec SCORECARD = DocumentSpec.of("FCT-SCORECARD", "《无追索权出口信保保理操作打分卡》",
      "Factoring scorecard", "001 出口信保保理 Art.3(1)");
  static final DocumentSpec ACCEPTANCE_NOTICE = DocumentSpec.of("FCT-ACCEPTANCE-NOTICE", "中信保《承保通知书》",
      "Sinosure acceptance notice (承保通知书)", "001 出口信保保理 Art.3(1)")
      .when("合格业务须提供", "needed for a qualified deal");
  static final DocumentSpec POLICY = DocumentSpec.of("FCT-POLICY", "中信保短期出口信用保险保单（含保单明细表）",
      "Sinosure short-term policy (with schedule)", "001 股份制 Art.8(3)");
  static final DocumentSpec BUYER_LIMIT_APPROVAL = DocumentSpec.of("FCT-BUYER-LIMIT-APPROVAL", "买方《信用限额审批单》正本",
      "Buyer credit-limit approval (original)", "001 股份制 Art.8(3)");
  static final DocumentSpec PREMIUM_RECEIPT = DocumentSpec.of("FCT-PREMIUM-RECEIPT", "保费收据", "Premium receipt",
      "001 股份制 Art.8(3)");
  static final DocumentSpec EXPORT_DECLARATION_FORM = DocumentSpec.of("FCT-EXPORT-DECLARATION-FORM",
      "中信保确认的《出口申报单》", "Export declaration form confirmed by Sinosure", "001 RCC Art.6(7)");
  static final DocumentSpec INDEMNITY_ASSIGNMENT = TRADE.indemnityAssignment();
  static final DocumentSpec CLAIM_AGREEMENT = TRADE.claimAgreement();
  static final DocumentSpec CONTRACT = TRADE.contract();
  static final DocumentSpec INVOICE = TRADE.invoice();
  static final DocumentSpec PACKING_LIST = TRADE.packingList();
  static final DocumentSpec CUSTOMS_DECLARATION = TRADE.customsDeclaration();
  static final DocumentSpec TRANSPORT_DOCUMENT = TRADE.transportDocument();

  static final List<DocumentSpec> ALL = List.of(APPLICATION, FACTORING_AGREEMENT, SCORECARD, ACCEPTANCE_NOTICE, POLICY,
      BUYER_LIMIT_APPROVAL, PREMIUM_RECEIPT, EXPORT_DECLARATION_FORM, INDEMNITY_ASSIGNMENT, CLAIM_AGREEMENT, CONTRACT,
      INVOICE, PACKING_LIST, CUSTOMS_DECLARATION, TRANSPORT_DOCUMENT);

  private RequiredDocuments() {}

  static void apply(Facts f, Evaluation.Builder out) {
    for (DocumentSpec d : ALL) {
      boolean mandatory = d != ACCEPTANCE_NOTICE || f.flag(FactoringFacts.INSURANCE_NOTICE_ISSUED);
      out.document(d, mandatory);
    }
  }
}
