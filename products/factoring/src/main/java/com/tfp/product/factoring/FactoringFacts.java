package com.tfp.product.factoring;

import com.tfp.spi.facts.CustomerFacts;
import com.tfp.spi.facts.FactSpec;
import com.tfp.spi.insurance.CreditInsuranceFacts;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts schema of insured factoring: the canonical facts of API.md "factoring" (the trade and policy facts shared
 * with insured financing come from {@link CreditInsuranceFacts}), the customer facts, and four facts of this product's
 * own — the graded scorecard items no canonical fact captures ({@code scorecardPaymentRecord},
 * {@code scorecardCountryRisk}, {@code scorecardDisputes}, {@code scorecardConcentration}). They are only read when
 * {@code scorecardScore} is not given.
 */
final class FactoringFacts {

  static final String RECEIVABLE_AMOUNT = "receivableAmount";
  static final String PAYMENT_TERM_DAYS = "paymentTermDays";
  static final String PAYMENT_DUE_DATE = "paymentDueDate";
  static final String COVERS_ALL_COMMERCIAL_RISKS = "coversAllCommercialRisks";
  static final String COVERS_POLITICAL_RISK = "coversPoliticalRisk";
  static final String BUYER_IN_MAINLAND_CHINA = "buyerInMainlandChina";
  static final String INSURANCE_NOTICE_ISSUED = "insuranceNoticeIssued";
  static final String SCORECARD_SCORE = "scorecardScore";
  static final String SCORECARD_PAYMENT_RECORD = "scorecardPaymentRecord";
  static final String SCORECARD_COUNTRY_RISK = "scorecardCountryRisk";
  static final String SCORECARD_DISPUTES = "scorecardDisputes";
  static final String SCORECARD_CONCENTRATION = "scorecardConcentration";

  /** The grades of the scorecard items: full points, the middle share, none. */
  static final String GOOD = "GOOD";
  static final String FAIR = "FAIR";
  static final String POOR = "POOR";

  static final List<FactSpec> ALL = build();

  private FactoringFacts() {}

  private static List<FactSpec> build() {
    List<FactSpec> facts = new ArrayList<>();
    facts.add(FactSpec.money(RECEIVABLE_AMOUNT).label("转让的应收账款金额", "Receivable amount assigned").required()
        .help("交易币种", "Deal currency").source("001 出口信保保理 Art.1").build());
    facts.addAll(CreditInsuranceFacts.INDEMNITY_COVER);
    facts.add(FactSpec.integer(PAYMENT_TERM_DAYS).label("应收账款付款期限（天）", "Payment term of the receivable (days)")
        .min("0").max("3650").required().help("短期：不超过360天", "Short-term: at most 360 days")
        .source("001 出口信保保理 Art.2(1)").build());
    facts.add(FactSpec.date(PAYMENT_DUE_DATE).label("应收账款付款到期日", "Payment due date of the receivable").required()
        .help("保理融资以买方到期付款偿还", "The financing is repaid from the buyer's payment at the due date")
        .source("001 出口信保保理 Art.1").build());
    facts.add(FactSpec.flag(COVERS_ALL_COMMERCIAL_RISKS)
        .label("保单承保非信用证支付方式下的全部商业风险", "Policy covers all commercial risks for non-L/C payment")
        .help("买方破产或无力偿付、拖欠货款、拒绝接收货物", "Buyer insolvency, payment default, refusal of the goods")
        .source("001 出口信保保理 Art.3(1)(2)").build());
    facts.add(FactSpec.flag(COVERS_POLITICAL_RISK).label("保单承保政治风险", "Policy covers political risk")
        .source("001 出口信保保理 Art.3(1)(2)").build());
    facts.add(FactSpec.flag(BUYER_IN_MAINLAND_CHINA).label("买方在中国大陆境内", "Buyer in mainland China")
        .help("视为无政治风险", "Counts as no political risk").source("001 出口信保保理 Art.3(1)(2)").build());
    facts.add(FactSpec.flag(INSURANCE_NOTICE_ISSUED).label("中信保已出具《承保通知书》", "Sinosure issued the acceptance notice (承保通知书)")
        .help("针对出口企业申报的本笔出口业务", "For the shipment the exporter declared").source("001 出口信保保理 Art.3(1)(4)").build());
    facts.add(FactSpec.decimal(SCORECARD_SCORE).min("0").max("100")
        .label("打分卡得分", "Scorecard score")
        .help("《无追索权出口信保保理操作打分卡》得分（满分100）；未提供时按打分卡各项要素计算",
            "Score of the factoring scorecard (out of 100); when not given it is computed from the scorecard items")
        .source("001 出口信保保理 Art.3(1)(3)").build());
    facts.add(CreditInsuranceFacts.insurer()
        .help("出口信保保理仅限中国出口信用保险公司（中信保）承保", "Insured factoring takes Sinosure policies only").build());
    facts.addAll(CreditInsuranceFacts.TRADE_AND_POLICY);
    facts.add(grade(SCORECARD_PAYMENT_RECORD, "打分卡：买方付款记录", "Scorecard: buyer payment record",
        "按时付款", "pays on time", "偶有延迟", "occasional delays", "拒付或严重拖欠", "refusals or serious arrears"));
    facts.add(grade(SCORECARD_COUNTRY_RISK, "打分卡：买方国家风险", "Scorecard: buyer country risk",
        "低", "low", "中", "medium", "高", "high"));
    facts.add(grade(SCORECARD_DISPUTES, "打分卡：贸易纠纷记录", "Scorecard: dispute history",
        "无纠纷", "no disputes", "纠纷已解决", "disputes settled", "有未决纠纷", "open disputes"));
    facts.add(grade(SCORECARD_CONCENTRATION, "打分卡：买方集中度", "Scorecard: buyer concentration",
        "低（该买方占出口商应收账款比重小）", "low (the buyer is a small share of the exporter's receivables)",
        "中", "medium", "高（高度依赖该买方）", "high (heavily dependent on this buyer)"));
    facts.addAll(CustomerFacts.ALL);
    return List.copyOf(facts);
  }

  private static FactSpec grade(String name, String zh, String en, String goodZh, String goodEn, String fairZh,
      String fairEn, String poorZh, String poorEn) {
    return FactSpec.enumeration(name).label(zh, en)
        .value(GOOD, goodZh, goodEn).value(FAIR, fairZh, fairEn).value(POOR, poorZh, poorEn)
        .help("本产品自有要素（打分卡项目，本行默认打分卡）；未提供 scorecardScore 时使用，未提供本项记0分",
            "A fact of this product (a scorecard item of the bank's default scorecard); used when scorecardScore is "
                + "not given; not given scores 0")
        .source("001 出口信保保理 Art.3(1)(3)").build();
  }
}
