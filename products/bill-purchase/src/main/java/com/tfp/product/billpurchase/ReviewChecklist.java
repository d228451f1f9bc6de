package com.tfp.product.billpurchase;

import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.facts.CustomerFacts;

/**
 * Conditions of 004 that no canonical fact captures: a person confirms them; they do not change the decision.
 */
final class ReviewChecklist {

  private ReviewChecklist() {}

  static void apply(BillPurchaseDeal deal, Evaluation.Builder out) {
    out.check("BP-WORKING-CAPITAL", "004 Art.6",
        "确认申请人符合我行流动资金贷款基本条件",
        "Confirm the applicant meets the bank's basic working-capital loan conditions");
    String years = deal.facts().decimal(CustomerFacts.BUYER_RELATIONSHIP_YEARS)
        .map(y -> y.stripTrailingZeros().toPlainString()).orElse(null);
    out.check("BP-PERFORMANCE-CAPACITY", "004 Art.6",
        "确认申请人具有合同履约能力，进出口双方有长期业务往来且资信良好" + (years == null ? "" : "（申报往来年限 " + years + " 年）"),
        "Confirm the applicant can perform the contract and has a long-standing, creditworthy relationship with the buyer"
            + (years == null ? "" : " (stated: " + years + " years)"));
    if (deal.facts().text(CustomerFacts.SAFE_CATEGORY).isEmpty()) {
      out.check("BP-SAFE-CATEGORY", "004 Art.6",
          "外汇局分类未提供：确认申请人列入贸易外汇收支企业名录且为A类（B类、C类原则上不予办理，须转审批人）",
          "SAFE class not given: confirm the applicant is on SAFE's trade-FX list as class A (B and C are in principle"
              + " not financed and go to an approver)");
    }
    out.check("BP-CREDIT-REVIEW", "004 Art.15",
        "按流动资金贷款审查要求分析：经营范围（出口商品在批准范围内）、财务状况、经营作风及能力、出口创汇、产品成本与生产周期及抗风险能力",
        "Review as for a working-capital loan: business scope (the goods within the licensed scope), financial position,"
            + " conduct and capacity, export earnings, product cost, production cycle and resilience");
    out.check("BP-CORRESPONDENT", "004 Art.2",
        "确认开证行或代收行为我行代理行；如不是，原则上不办理，须由审批人作为例外批准",
        "Confirm the issuing or collecting bank is a correspondent of the bank; if not, it is in principle not done and"
            + " needs an approver's exception");
    if (deal.isLetterOfCredit()) {
      out.check("BP-LC-ACCEPTABLE", "004 Art.6",
          "国际业务部确认信用证为我行可接收的正本信用证及修改正本，并审核信用证条款及开证行资信（第十九条）",
          "International Business confirms the original L/C and amendments are acceptable to the bank and reviews the"
              + " L/C terms and the issuing bank's standing (Art.19)");
    }
    if (deal.settlement() == Settlement.DP_SIGHT) {
      out.check("BP-DP-COVER", "004 Art.2",
          "即期D/P：确认已落实对客户的追索或出口信用综合险",
          "D/P at sight: confirm recourse to the customer or export-credit comprehensive insurance is in place");
    }
    if (deal.customer().isEmpty()) {
      out.check("BP-OVERDUE-CHECK", "004 Art.28",
          "业务未关联客户档案：核对出口押汇台账，确认客户无转入逾期的出口押汇",
          "The deal is not tied to a customer record: check the bill purchase ledger for an overdue bill purchase of the customer");
    }
  }
}
