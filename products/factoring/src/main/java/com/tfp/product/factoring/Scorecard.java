package com.tfp.product.factoring;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.ParameterSpec;
import com.tfp.spi.calc.Rating;
import com.tfp.spi.context.ConfiguredValue;
import com.tfp.spi.context.EvaluationContext;
import com.tfp.spi.evaluation.Step;
import com.tfp.spi.facts.CustomerFacts;
import com.tfp.spi.facts.FactType;
import com.tfp.spi.facts.Facts;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The factoring scorecard (《无追索权出口信保保理操作打分卡》, 出口信保保理 Art.3(1)(3)). The seed names it but not its items,
 * so the whole card is a bank default (PRODUCTS.md §7): six items — relationship years, buyer payment record, buyer
 * country risk, customer rating, dispute history, buyer concentration — with bank-configurable weights (100 in all by
 * default). Each item earns its full weight, the middle share of it, or nothing:
 * <ul>
 *   <li>relationship years: in proportion up to the full-marks years;</li>
 *   <li>customer rating: A or better full (the A of 股份制 Art.3), BBB to B the middle share (B is the target-customer
 *       floor of 002 Art.9), below B nothing;</li>
 *   <li>the four graded items: GOOD full, FAIR the middle share, POOR nothing.</li>
 * </ul>
 * An item not given scores nothing and goes to the checklist; it is never assumed. A score given directly
 * ({@code scorecardScore}) is taken as it is. If a bank's weights do not add up to 100, the total is scaled to 100.
 */
final class Scorecard {

  static final String SOURCE = "001 出口信保保理 Art.3(1)(3)";
  static final String RELATIONSHIP_WEIGHT = "scorecard.relationshipYears.weight";
  static final String PAYMENT_RECORD_WEIGHT = "scorecard.paymentRecord.weight";
  static final String COUNTRY_RISK_WEIGHT = "scorecard.countryRisk.weight";
  static final String RATING_WEIGHT = "scorecard.customerRating.weight";
  static final String DISPUTES_WEIGHT = "scorecard.disputes.weight";
  static final String CONCENTRATION_WEIGHT = "scorecard.concentration.weight";
  static final String FULL_MARKS_YEARS = "scorecard.relationshipYears.fullMarksYears";
  static final String MIDDLE_SHARE = "scorecard.middleGradeShare";

  static final List<ParameterSpec> PARAMETERS = List.of(
      weight(RELATIONSHIP_WEIGHT, "20", "打分卡权重：进出口双方合作年限", "Scorecard weight: relationship years"),
      weight(PAYMENT_RECORD_WEIGHT, "20", "打分卡权重：买方付款记录", "Scorecard weight: buyer payment record"),
      weight(COUNTRY_RISK_WEIGHT, "15", "打分卡权重：买方国家风险", "Scorecard weight: buyer country risk"),
      weight(RATING_WEIGHT, "20", "打分卡权重：客户信用评级", "Scorecard weight: customer rating"),
      weight(DISPUTES_WEIGHT, "15", "打分卡权重：贸易纠纷记录", "Scorecard weight: dispute history"),
      weight(CONCENTRATION_WEIGHT, "10", "打分卡权重：买方集中度", "Scorecard weight: buyer concentration"),
      new ParameterSpec(FULL_MARKS_YEARS, FactType.DECIMAL, "5",
          LocalizedText.of("打分卡：合作年限达到满分的年数", "Scorecard: relationship years for full marks"), SOURCE),
      new ParameterSpec(MIDDLE_SHARE, FactType.RATIO, "0.5",
          LocalizedText.of("打分卡：中间档得分占该项权重的比例", "Scorecard: share of an item's weight for the middle grade"), SOURCE));

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  /** The score (null when nothing can be scored: all weights zero) and the steps that show how it was reached. */
  record Result(BigDecimal score, List<Step> steps, List<String> itemsNotGiven) {
    Optional<BigDecimal> scoreIfAny() {
      return Optional.ofNullable(score);
    }
  }

  private Scorecard() {}

  static Result apply(Facts f, EvaluationContext context) {
    Optional<BigDecimal> given = f.decimal(FactoringFacts.SCORECARD_SCORE);
    if (given.isPresent()) {
      return new Result(given.get(), List.of(new Step(
          LocalizedText.of("打分卡得分（直接提供）", "Scorecard score (given)"), given.get().toPlainString(), SOURCE, false,
          false)), List.of());
    }
    ConfiguredValue middle = context.parameter(MIDDLE_SHARE);
    ConfiguredValue fullYears = context.parameter(FULL_MARKS_YEARS);
    List<Step> steps = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    BigDecimal points = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;

    Optional<BigDecimal> years = f.decimal(CustomerFacts.BUYER_RELATIONSHIP_YEARS);
    Optional<BigDecimal> yearsShare = years.map(y -> y.divide(fullYears.decimal(), MathContext.DECIMAL64).min(BigDecimal.ONE));
    Item[] items = {
        new Item(RELATIONSHIP_WEIGHT, CustomerFacts.BUYER_RELATIONSHIP_YEARS, "进出口双方合作年限", "relationship years",
            years.map(y -> y.toPlainString() + " 年（满分 " + fullYears.value() + " 年）"),
            years.map(y -> y.toPlainString() + " years (full marks at " + fullYears.value() + ")"),
            yearsShare, fullYears.bankDefault()),
        graded(f, PAYMENT_RECORD_WEIGHT, FactoringFacts.SCORECARD_PAYMENT_RECORD, "买方付款记录", "buyer payment record", middle),
        graded(f, COUNTRY_RISK_WEIGHT, FactoringFacts.SCORECARD_COUNTRY_RISK, "买方国家风险", "buyer country risk", middle),
        rating(f, middle),
        graded(f, DISPUTES_WEIGHT, FactoringFacts.SCORECARD_DISPUTES, "贸易纠纷记录", "dispute history", middle),
        graded(f, CONCENTRATION_WEIGHT, FactoringFacts.SCORECARD_CONCENTRATION, "买方集中度", "buyer concentration", middle)};

    for (Item item : items) {
      ConfiguredValue weight = context.parameter(item.weightKey());
      BigDecimal w = weight.decimal();
      weights = weights.add(w);
      BigDecimal p = w.multiply(item.share().orElse(BigDecimal.ZERO)).setScale(2, RoundingMode.HALF_UP);
      points = points.add(p);
      if (item.share().isEmpty()) missing.add(item.fact());
      steps.add(new Step(LocalizedText.of(
              "打分卡：" + item.zh() + " " + item.valueZh().orElse("未提供，记0分") + " → " + p.toPlainString() + " / " + w.toPlainString() + " 分",
              "Scorecard: " + item.en() + " " + item.valueEn().orElse("not given, scores 0") + " → " + p.toPlainString()
                  + " of " + w.toPlainString() + " points"),
          p.toPlainString(), SOURCE, false, weight.bankDefault() || item.usesDefault()));
    }
    if (weights.signum() == 0) {
      steps.add(new Step(LocalizedText.of("打分卡权重合计为0，无法计分", "Scorecard weights add up to 0: no score"), "0", SOURCE,
          false, true));
      return new Result(null, steps, missing);
    }
    BigDecimal score = points;
    if (weights.compareTo(HUNDRED) != 0) {
      score = points.multiply(HUNDRED).divide(weights, 2, RoundingMode.HALF_UP);
      steps.add(new Step(LocalizedText.of("权重合计 " + weights.toPlainString() + "，折算为百分制",
              "Weights add up to " + weights.toPlainString() + ": scaled to 100"), score.toPlainString(), SOURCE, false, true));
    }
    steps.add(new Step(LocalizedText.of("打分卡合计得分（满分100）", "Scorecard total (out of 100)"), score.toPlainString(), SOURCE,
        false, true));
    return new Result(score, steps, missing);
  }

  /** One scored item: its weight parameter, the fact it reads, what was given, and its share of the weight. */
  private record Item(String weightKey, String fact, String zh, String en, Optional<String> valueZh,
      Optional<String> valueEn, Optional<BigDecimal> share, boolean usesDefault) {}

  private static Item graded(Facts f, String weightKey, String fact, String zh, String en, ConfiguredValue middle) {
    Optional<String> grade = f.text(fact);
    Optional<BigDecimal> share = grade.map(g -> switch (g) {
      case FactoringFacts.GOOD -> BigDecimal.ONE;
      case FactoringFacts.FAIR -> middle.decimal();
      default -> BigDecimal.ZERO;
    });
    return new Item(weightKey, fact, zh, en, grade, grade, share, grade.filter(FactoringFacts.FAIR::equals).isPresent()
        && middle.bankDefault());
  }

  private static Item rating(Facts f, ConfiguredValue middle) {
    Optional<Rating> rating = f.text(CustomerFacts.CREDIT_RATING).flatMap(Rating::parse);
    Optional<BigDecimal> share = rating.map(r -> r.isAtLeast(Rating.A) ? BigDecimal.ONE
        : r.isAtLeast(Rating.B) ? middle.decimal() : BigDecimal.ZERO);
    boolean middleUsed = rating.filter(r -> !r.isAtLeast(Rating.A) && r.isAtLeast(Rating.B)).isPresent();
    return new Item(RATING_WEIGHT, CustomerFacts.CREDIT_RATING, "客户信用评级", "customer rating",
        rating.map(Rating::name), rating.map(Rating::name), share, middleUsed && middle.bankDefault());
  }

  private static ParameterSpec weight(String key, String value, String zh, String en) {
    return new ParameterSpec(key, FactType.DECIMAL, value, LocalizedText.of(zh + "（本行默认打分卡）", en + " (bank default scorecard)"),
        SOURCE);
  }
}
