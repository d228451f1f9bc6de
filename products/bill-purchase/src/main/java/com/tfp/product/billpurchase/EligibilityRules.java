package com.tfp.product.billpurchase;

import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.facts.CustomerFacts;
import java.util.Optional;

/**
 * Who may get a bill purchase (004 Art.6) and who may not get another one (004 Art.28). Trading rights are a hard
 * condition ("应满足"); SAFE class B and C are "原则上不予办理", so an approver may still take them. The title-document
 * and compliance conditions of Art.6(四)(五) are judged under the caution list (Art.7), see {@link CautionList}.
 */
final class EligibilityRules {

  static final String PRODUCT_ID = "bill-purchase";

  private EligibilityRules() {}

  static void apply(BillPurchaseDeal deal, Evaluation.Builder out) {
    overdueBillPurchase(deal, out);
    boolean licence = deal.flag(CustomerFacts.EXPORT_LICENCE);
    if (!licence) {
      out.reject("BP-EXPORT-LICENCE", "004 Art.6",
          "申请人不具备进出口经营权（或未确认）：不符合出口押汇业务对象条件（硬性规定）",
          "The applicant has no export/import trading rights (or they were not confirmed): not an eligible applicant (hard rule)");
    }
    Optional<String> safe = deal.facts().text(CustomerFacts.SAFE_CATEGORY);
    if (safe.isPresent() && !"A".equals(safe.get())) {
      out.refer("BP-SAFE-CATEGORY", "004 Art.6",
          "外汇局分类为" + safe.get() + "类：B类、C类企业原则上不予办理；审批人可作为例外批准并记录理由",
          "SAFE class " + safe.get() + ": class B and C companies are in principle not financed; an approver may make an"
              + " exception and record why");
    }
    if (licence && safe.map("A"::equals).orElse(true)) {
      out.info("BP-ELIGIBILITY", "004 Art.6",
          safe.isPresent() ? "具备进出口经营权，外汇局分类为A类" : "具备进出口经营权；外汇局分类未提供，列入人工核对",
          safe.isPresent() ? "Trading rights in place, SAFE class A" : "Trading rights in place; SAFE class not given, on the review checklist");
    }
  }

  /** "如押汇转入逾期贷款，不得办理新的出口押汇业务" (004 Art.28), checked against the platform's own records. */
  private static void overdueBillPurchase(BillPurchaseDeal deal, Evaluation.Builder out) {
    deal.customer().ifPresent(record -> {
      if (record.productsWithOverdueDeals().contains(PRODUCT_ID)) {
        out.reject("BP-OVERDUE-CUSTOMER", "004 Art.28",
            "客户有已转入逾期的出口押汇：不得办理新的出口押汇（硬性规定）",
            "The customer has an overdue export bill purchase: no new bill purchase may be granted (hard rule)");
      } else {
        out.info("BP-OVERDUE-CUSTOMER", "004 Art.28", "本行记录中客户无逾期出口押汇",
            "The bank's records show no overdue bill purchase of the customer");
      }
    });
  }
}
