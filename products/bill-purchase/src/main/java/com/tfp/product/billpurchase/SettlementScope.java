package com.tfp.product.billpurchase;

import com.tfp.spi.evaluation.Evaluation;

/**
 * Which settlements the product serves (004 Art.2): L/C at sight or usance, and of the collections only D/P at sight.
 * D/A and other collections define the product's scope, so they are refused outright. D/P at sight is "严格控制":
 * always for an approver, and only with recourse to the customer or export-credit comprehensive insurance.
 */
final class SettlementScope {

  static final String SOURCE = "004 Art.2";

  private SettlementScope() {}

  static void apply(BillPurchaseDeal deal, Evaluation.Builder out) {
    Settlement s = deal.settlement();
    if (!s.isEligible()) {
      out.reject("BP-SETTLEMENT", SOURCE,
          "结算方式为" + s.zh + "：托收项下我行只办理即期D/P项下出口押汇，承兑交单及其他托收不予办理（硬性规定，不可例外审批）",
          "Settlement " + s.en + ": of the collections only D/P at sight may be financed; D/A and other collections are"
              + " outside the product (hard rule, no exception)");
    } else if (s == Settlement.DP_SIGHT) {
      out.refer("BP-DP-SIGHT", SOURCE,
          "即期D/P项下出口押汇应严格控制办理：须由审批人逐笔决定，并须落实客户追索或出口信用综合险；审批人可在确认后例外批准并记录理由",
          "Bill purchase under D/P at sight is strictly controlled: an approver decides deal by deal, once recourse to"
              + " the customer or export-credit comprehensive insurance is in place, and records why");
    } else {
      out.info("BP-SETTLEMENT", SOURCE, "结算方式为" + s.zh + "，属可办理的出口押汇", "Settlement " + s.en + " is eligible for bill purchase");
    }
  }
}
