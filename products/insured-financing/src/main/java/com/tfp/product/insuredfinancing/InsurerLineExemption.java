package com.tfp.product.insuredfinancing;

import com.tfp.spi.calc.Rating;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.LineOccupation;
import com.tfp.spi.facts.CustomerFacts;
import com.tfp.spi.facts.Facts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whose line the deal occupies (股份制 Art.3): the customer's, unless an applicant who meets Art.2 also meets all of —
 * industry-and-trade integrated with last year's export settlement of at least USD 2 million; rating A or better;
 * outstanding insured financing including this deal at most 50% of the cumulative export settlement of the last 12
 * months ("不足12个月的按实际月份累计出口结算总额的50%": with less history, the actual total, not annualised). Then it
 * occupies the line of the insurer (Art.4: the line the bank grants the insurer). An input not given fails its test:
 * the exemption is never assumed. The test is shown item by item in one INFO finding.
 */
final class InsurerLineExemption {

  static final BigDecimal MIN_LAST_YEAR_SETTLEMENT_USD = new BigDecimal("2000000");
  static final Rating RATING_FLOOR = Rating.A;
  static final BigDecimal MAX_SHARE = new BigDecimal("0.5");
  static final String SOURCE = "001 股份制 Art.3";

  private InsurerLineExemption() {}

  /**
   * @param article2Met the applicant meets 股份制 Art.2 as far as the facts show (no REJECT or REFER on it)
   * @param amount this deal's maximum amount, when it could be computed
   */
  static LineOccupation apply(Facts f, boolean article2Met, Optional<BigDecimal> amount, Evaluation.Builder out) {
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    boolean all = article2Met;
    zh.add("符合第二条受理条件" + mark(article2Met));
    en.add("meets the Art.2 admission conditions" + mark(article2Met));

    boolean integrated = f.flag(InsuredFinancingFacts.INDUSTRY_TRADE_INTEGRATED);
    Optional<BigDecimal> lastYear = f.decimal(InsuredFinancingFacts.LAST_YEAR_EXPORT_SETTLEMENT_USD);
    boolean scale = lastYear.filter(v -> v.compareTo(MIN_LAST_YEAR_SETTLEMENT_USD) >= 0).isPresent();
    all &= integrated && scale;
    zh.add("(一)工贸一体化企业" + mark(integrated) + "，上年出口结算 " + lastYear.map(v -> "USD " + v.toPlainString()).orElse("未提供")
        + " ≥ USD 2000000" + mark(scale));
    en.add("(1) industry-and-trade integrated" + mark(integrated) + ", last year's export settlement "
        + lastYear.map(v -> "USD " + v.toPlainString()).orElse("not given") + " ≥ USD 2000000" + mark(scale));

    Optional<Rating> rating = f.text(CustomerFacts.CREDIT_RATING).flatMap(Rating::parse);
    boolean ratingOk = rating.filter(r -> r.isAtLeast(RATING_FLOOR)).isPresent();
    all &= ratingOk;
    zh.add("(二)信用评级 " + rating.map(Rating::name).orElse("未提供") + " 为 A 级（含）以上" + mark(ratingOk));
    en.add("(2) rating " + rating.map(Rating::name).orElse("not given") + " A or better" + mark(ratingOk));

    boolean shareOk = share(f, amount, zh, en);
    all &= shareOk;

    LineOccupation line = all ? LineOccupation.INSURER : LineOccupation.CUSTOMER;
    if (all) {
      out.info("IF-LINE-INSURER", SOURCE,
          "占用本行核定的保险公司额度，不占用客户授信额度：" + String.join("；", zh),
          "Occupies the bank's line on the insurer, not the customer's line: " + String.join("; ", en));
    } else {
      out.info("IF-LINE-CUSTOMER", SOURCE,
          "占用客户授信额度（占用保险公司额度的条件未全部满足）：" + String.join("；", zh),
          "Occupies the customer's line (not all conditions for the insurer's line hold): " + String.join("; ", en));
    }
    return line;
  }

  /** (三) outstanding insured financing + this deal ≤ 50% of the last 12 months' (or the actual months') settlement. */
  private static boolean share(Facts f, Optional<BigDecimal> amount, List<String> zh, List<String> en) {
    Optional<BigDecimal> settled = f.decimal(InsuredFinancingFacts.LAST_12_MONTHS_EXPORT_SETTLEMENT);
    Optional<BigDecimal> outstanding = f.decimal(InsuredFinancingFacts.OUTSTANDING_INSURED_FINANCING);
    Optional<Long> months = f.integer(InsuredFinancingFacts.HISTORY_MONTHS);
    boolean shortHistory = months.filter(m -> m < 12).isPresent();
    String periodZh = shortHistory ? "实际 " + months.get() + " 个月累计出口结算总额（不足12个月，不年化）" : "最近12个月累计出口结算总额";
    String periodEn = shortHistory
        ? "the actual " + months.get() + " months' cumulative export settlement (under 12 months, not annualised)"
        : "the last 12 months' cumulative export settlement";
    if (settled.isEmpty() || outstanding.isEmpty() || amount.isEmpty()) {
      zh.add("(三)信保融资余额（含本笔）不超过" + periodZh + "的50%：" + (settled.isEmpty() ? "累计出口结算未提供；" : "")
          + (outstanding.isEmpty() ? "信保融资余额未提供；" : "") + (amount.isEmpty() ? "本笔金额无法计算；" : "") + mark(false));
      en.add("(3) outstanding insured financing incl. this deal at most 50% of " + periodEn + ": "
          + (settled.isEmpty() ? "settlement not given; " : "") + (outstanding.isEmpty() ? "outstanding not given; " : "")
          + (amount.isEmpty() ? "this deal's amount cannot be computed; " : "") + mark(false));
      return false;
    }
    BigDecimal total = outstanding.get().add(amount.get());
    BigDecimal ceiling = settled.get().multiply(MAX_SHARE);
    boolean ok = total.compareTo(ceiling) <= 0;
    String sum = outstanding.get().toPlainString() + " + " + amount.get().toPlainString() + " = " + total.toPlainString();
    String cap = settled.get().toPlainString() + " × 50% = " + ceiling.stripTrailingZeros().toPlainString();
    zh.add("(三)信保融资余额含本笔 " + sum + " ≤ " + periodZh + " " + cap + mark(ok));
    en.add("(3) outstanding insured financing incl. this deal " + sum + " ≤ 50% of " + periodEn + " " + cap + mark(ok));
    return ok;
  }

  private static String mark(boolean ok) {
    return ok ? " ✓" : " ✗";
  }
}
