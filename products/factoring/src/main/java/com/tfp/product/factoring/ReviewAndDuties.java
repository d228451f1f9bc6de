package com.tfp.product.factoring;

import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.facts.CustomerFacts;
import com.tfp.spi.facts.Facts;
import com.tfp.spi.insurance.CreditInsuranceConditions;
import java.util.List;

/**
 * What a person must confirm (no fact captures it) and what must happen after approval: the factoring rules on the
 * underlying trade (出口信保保理 Art.2(2)), the importer and its country (股份制 Art.9, through Art.2), the shared policy
 * review, scorecard items not given; then sales-ledger management and collection (Art.1), line release (信保规程 Art.12)
 * and the notice to Sinosure when the buyer defaults (办法B §7(4)).
 */
final class ReviewAndDuties {

  private ReviewAndDuties() {}

  static void apply(Facts f, List<String> scorecardItemsNotGiven, Evaluation.Builder out) {
    out.check("FCT-FACTORING-RULES", "001 出口信保保理 Art.2(2)",
        "基础交易符合我行国际保理业务相关规定（应收账款可转让、无禁止转让约定等）",
        "The underlying trade meets the bank's international-factoring rules (the receivable is assignable, no ban on assignment)");
    out.check("FCT-IMPORTER-STANDING", "001 股份制 Art.9(1)",
        "国外进口商资信和实力良好，无拒付、延迟付款记录", "The importer's standing is good, with no refusal or late-payment record");
    out.check("FCT-COUNTRY-STABILITY", "001 股份制 Art.9(2)",
        "进口商所在国/地区及货物目的地政局稳定", "The importer's country and the destination are stable");
    out.check("FCT-SEALS", "001 股份制 Art.9(3)", "申请材料中出口商的签章真实、有效",
        "The exporter's seals and signatures on the application are authentic");
    CreditInsuranceConditions.addPolicyReview(out, "FCT");
    if (!f.has(CustomerFacts.BUYER_RELATIONSHIP_YEARS)) {
      out.check("FCT-RELATIONSHIP-CHECK", "001 出口信保保理 Art.3(1)(1)",
          "未提供进出口双方合作年限：核实是否达到2年（含）以上", "Relationship length not given: confirm whether it is at least 2 years");
    }
    if (!scorecardItemsNotGiven.isEmpty()) {
      out.check("FCT-SCORECARD-ITEMS", Scorecard.SOURCE,
          "打分卡以下项目未提供、记0分，请核实后补充：" + String.join("、", scorecardItemsNotGiven),
          "These scorecard items were not given and scored 0; confirm and complete them: " + String.join(", ", scorecardItemsNotGiven));
    }
    out.obligation("FCT-LEDGER-AND-COLLECTION", "001 出口信保保理 Art.1",
        "建立销售分户账，按保理合同通知买方应收账款转让并负责账款收取", "Keep the sales ledger, notify the buyer of the assignment as the agreement provides, and collect the receivable");
    out.obligation("FCT-LINE-RELEASE", "001 信保规程 Art.12",
        "收到买方足额付款或中信保足额赔付后，及时核销已占用的额度",
        "On full payment by the buyer or full indemnity from Sinosure, release the line the deal occupied");
    out.obligation("FCT-INSURER-NOTICE", "001 办法B §7(4)",
        "买方拖欠或确认无力清偿时，及时通知中信保并在保单索赔期限内索赔",
        "When the buyer defaults or is found unable to pay, notify Sinosure at once and claim within the policy's claim period");
  }
}
