package com.tfp.product.insuredfinancing;

import com.tfp.spi.calc.Rating;
import com.tfp.spi.evaluation.CustomerRecord;
import com.tfp.spi.evaluation.EvaluationRequest;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.facts.CustomerFacts;
import com.tfp.spi.facts.Facts;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Who may get insured financing. Hard (REJECT): export rights and no bad settlement record (RCC Art.6(1), (4)), and
 * adequate security unless the customer qualifies for unsecured credit or the deal is low-risk (RCC Art.5: "必须提供足值、
 * 有效的担保"). Soft (股份制 Art.2 "原则上", REFER): rating BBB or better and at least one year of international settlement
 * relationship. A rating or relationship not given is never assumed: the rule goes to the checklist.
 */
final class ApplicantRules {

  /** The 股份制 Art.2 admission of the applicant: hard conditions met, and the soft ones known and met. */
  record Admission(boolean hardMet, boolean softMet) {}

  static final Rating RATING_FLOOR = Rating.BBB;
  static final BigDecimal MIN_RELATIONSHIP_YEARS = BigDecimal.ONE;

  private ApplicantRules() {}

  static Admission apply(EvaluationRequest request, Evaluation.Builder out) {
    Facts f = request.facts();
    boolean hard = true;
    if (!f.flag(CustomerFacts.EXPORT_LICENCE)) {
      hard = false;
      out.reject("IF-EXPORT-RIGHTS", "001 RCC Art.6(1)",
          "【硬性条件，不可豁免】企业须具有出口经营权", "[Hard rule, cannot be overridden] The applicant must hold export trading rights");
    }
    if (f.flag(CustomerFacts.BAD_SETTLEMENT_RECORD)) {
      hard = false;
      out.reject("IF-BAD-SETTLEMENT-RECORD", "001 RCC Art.6(4)",
          "【硬性条件，不可豁免】企业有不良结算记录，不予办理",
          "[Hard rule, cannot be overridden] The applicant has a bad settlement record");
    }
    if (!f.flag(CustomerFacts.SECURITY_PROVIDED) && !f.flag(CustomerFacts.UNSECURED_ELIGIBLE)) {
      hard = false;
      out.reject("IF-SECURITY", "001 RCC Art.5",
          "【硬性条件，不可豁免】除符合信用贷款条件或经批准可以信用方式用信的客户、或低风险业务外，须提供足值、有效的担保；"
              + "低风险业务（100%保证金、存单/国债质押、银行保函等，002 Art.12）按已落实担保录入",
          "[Hard rule, cannot be overridden] Adequate, effective security is required unless the customer qualifies for "
              + "unsecured credit or the deal is low-risk business (100% margin, deposit/bond pledge, bank guarantee: 002 "
              + "Art.12, entered as security provided)");
    }
    if (hard) {
      out.info("IF-APPLICANT", "001 RCC Art.6",
          "申请人硬性条件已满足：具有出口经营权、无不良结算记录、已落实担保或符合信用方式用信条件",
          "Applicant's hard conditions met: export rights, no bad settlement record, security in place or eligible for unsecured credit");
    }
    // non-short-circuit: every soft rule reports, not just the first one missed
    boolean soft = rating(f, out) & relationship(f, out) & accountAndLine(request.customerRecord(), out);
    if (soft) {
      out.info("IF-ADMISSION", "001 股份制 Art.2",
          "准入条件已满足：信用评级 BBB 级及以上、一年以上国际结算业务关系",
          "Admission met: rating BBB or better, at least one year of international settlement relationship");
    }
    return new Admission(hard, soft);
  }

  /** 股份制 Art.2(1): "原则上为BBB级及以上等级的客户". */
  private static boolean rating(Facts f, Evaluation.Builder out) {
    Optional<Rating> rating = f.text(CustomerFacts.CREDIT_RATING).flatMap(Rating::parse);
    if (rating.isEmpty()) {
      out.check("IF-RATING-CHECK", "001 股份制 Art.2(1)",
          "未提供客户信用评级：核实客户已在本行评级，原则上为 BBB 级及以上",
          "No credit rating given: confirm the customer is rated by the bank, as a rule BBB or better");
      return false;
    }
    if (!rating.get().isAtLeast(RATING_FLOOR)) {
      out.refer("IF-RATING", "001 股份制 Art.2(1)",
          "【可豁免】客户评级 " + rating.get() + " 低于 BBB（原则上 BBB 级及以上）：审批人可在记录理由后例外批准",
          "[Soft rule] Rating " + rating.get() + " is below BBB (as a rule BBB or better): an approver may make an "
              + "exception and record why");
      return false;
    }
    return true;
  }

  /** 股份制 Art.2(3): "原则上与本行或他行已建立一年以上的国际结算业务关系". */
  private static boolean relationship(Facts f, Evaluation.Builder out) {
    Optional<BigDecimal> years = f.decimal(CustomerFacts.BANK_RELATIONSHIP_YEARS);
    if (years.isEmpty()) {
      out.check("IF-SETTLEMENT-RELATIONSHIP-CHECK", "001 股份制 Art.2(3)",
          "未提供国际结算业务往来年限：核实与本行或他行已建立一年以上国际结算关系且无不良收付汇记录",
          "Years of international settlement relationship not given: confirm at least one year with this or another "
              + "bank, without a bad receipt/payment record");
      return false;
    }
    if (years.get().compareTo(MIN_RELATIONSHIP_YEARS) < 0) {
      out.refer("IF-SETTLEMENT-RELATIONSHIP", "001 股份制 Art.2(3)",
          "【可豁免】国际结算业务关系 " + years.get().toPlainString() + " 年，不足一年（原则上一年以上）：审批人可在记录理由后例外批准",
          "[Soft rule] International settlement relationship of " + years.get().toPlainString()
              + " years is under one year (as a rule at least one): an approver may make an exception and record why");
      return false;
    }
    return true;
  }

  /**
   * RCC Art.6(3), 股份制 Art.2(2): a settlement account and a trade-finance line at the bank. Checked from the
   * platform's records when the deal is tied to a customer; a missing line can be granted with this approval (a
   * single-transaction approval, 002 Art.15), so it is referred rather than refused.
   */
  private static boolean accountAndLine(Optional<CustomerRecord> record, Evaluation.Builder out) {
    if (record.isEmpty()) {
      out.check("IF-ACCOUNT-AND-LINE-CHECK", "001 RCC Art.6(3)",
          "核实企业已在本行开立本外币结算账户且核有贸易融资授信额度",
          "Confirm the customer keeps a settlement account and has a trade-finance line at the bank");
      return true;
    }
    CustomerRecord r = record.get();
    if (!r.hasAccount() || !r.hasTradeFinanceLine()) {
      out.refer("IF-ACCOUNT-AND-LINE", "001 RCC Art.6(3)",
          "【须审批】本行记录显示客户" + (r.hasAccount() ? "" : "未开立结算账户；") + (r.hasTradeFinanceLine() ? "" : "无贸易融资授信额度；")
              + "审批人须在放款前落实开户并核定额度或单笔授信（002 Art.15）",
          "[Referred] The bank's records show " + (r.hasAccount() ? "" : "no settlement account; ")
              + (r.hasTradeFinanceLine() ? "" : "no trade-finance line; ")
              + "the approver must have the account opened and a line or single-transaction approval (002 Art.15) granted before disbursement");
      return false;
    }
    return true;
  }
}
