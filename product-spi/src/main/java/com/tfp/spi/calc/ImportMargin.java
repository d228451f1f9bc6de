package com.tfp.spi.calc;

import com.tfp.spi.Since;
import com.tfp.spi.LocalizedText;
import com.tfp.spi.ParameterSpec;
import com.tfp.spi.context.ConfiguredValue;
import com.tfp.spi.context.EvaluationContext;
import com.tfp.spi.facts.FactType;
import java.math.BigDecimal;
import java.util.List;

/**
 * The import-side cash-margin table of 002 Art.41, a building block for every import-type product (SPI 1.2), every
 * figure a bank default: actively-developed customers "may" give 10% or more (golden customers may be exempt), target
 * customers rated BBB or better at least 10%, target customers rated B to below BBB at least 20%, non-target customers
 * at least 30%, and more for speculative, short-shelf-life or price-volatile goods. The tier — and, for a target
 * customer, the rating — is never assumed: without it the margin is unknown and a person determines it. A product
 * that uses the table declares {@link #parameters()} in its descriptor.
 */
@Since("1.2")
public final class ImportMargin {

  public static final String SOURCE = "002 Art.41";
  public static final String MARGIN_ACTIVELY_DEVELOPED = "marginActivelyDeveloped";
  public static final String MARGIN_GOLDEN = "marginGolden";
  public static final String MARGIN_TARGET_BBB_OR_BETTER = "marginTargetBbbOrBetter";
  public static final String MARGIN_TARGET_BELOW_BBB = "marginTargetBelowBbb";
  public static final String MARGIN_NON_TARGET = "marginNonTarget";
  public static final String MARGIN_VOLATILE_GOODS_ADD_ON = "marginVolatileGoodsAddOn";

  /**
   * The margin of one deal.
   *
   * @param ratio the margin ratio, or null when the tier (or the target customer's rating) is unknown
   * @param basis which row of the table applies and why, and whether its figures are bank defaults
   * @param missingFact the customer fact whose absence leaves the margin unknown, or null
   * @param targetBelowB a "target" customer rated below B, which 002 Art.9 does not allow: charged as non-target
   * @param bankDefault whether a figure used is the table's default rather than the bank's own setting
   */
  public record Margin(BigDecimal ratio, LocalizedText basis, String missingFact, boolean targetBelowB, boolean bankDefault) {

    public boolean known() {
      return ratio != null;
    }

    /** 100% cash margin: low-risk business outside line management (002 Art.12(一), Art.19). */
    public boolean full() {
      return ratio != null && ratio.compareTo(BigDecimal.ONE) >= 0;
    }
  }

  private ImportMargin() {}

  /** The table's figures as product parameters, each a bank default citing 002 Art.41. */
  public static List<ParameterSpec> parameters() {
    return List.of(
        ratio(MARGIN_ACTIVELY_DEVELOPED, "0.10", "积极发展类客户保证金比例", "Margin for actively-developed customers"),
        ratio(MARGIN_GOLDEN, "0", "黄金客户保证金比例（可免收）", "Margin for golden customers (may be exempt)"),
        ratio(MARGIN_TARGET_BBB_OR_BETTER, "0.10", "BBB级（含）以上目标客户保证金比例", "Margin for target customers rated BBB or better"),
        ratio(MARGIN_TARGET_BELOW_BBB, "0.20", "B至BBB级以下目标客户保证金比例", "Margin for target customers rated B to below BBB"),
        ratio(MARGIN_NON_TARGET, "0.30", "非目标类客户保证金比例", "Margin for non-target customers"),
        ratio(MARGIN_VOLATILE_GOODS_ADD_ON, "0.10", "热炒/短保质期/价格波动大商品的保证金加点",
            "Margin add-on for speculative, short-shelf-life or volatile goods"));
  }

  private static ParameterSpec ratio(String key, String value, String zh, String en) {
    return new ParameterSpec(key, FactType.RATIO, value, LocalizedText.of(zh, en), SOURCE);
  }

  /**
   * The margin for a customer tier ({@code CustomerFacts.CUSTOMER_TIER} codes) and rating, with the bank's figures.
   *
   * @param tier null when unknown
   * @param creditRating null when unknown
   */
  public static Margin of(String tier, String creditRating, boolean volatileGoods, EvaluationContext context) {
    if (tier == null) {
      return new Margin(null, LocalizedText.of("客户分类未知", "customer tier unknown"), "customerTier", false, false);
    }
    ConfiguredValue base;
    String zh;
    String en;
    boolean targetBelowB = false;
    switch (tier) {
      case "GOLDEN" -> {
        base = context.parameter(MARGIN_GOLDEN);
        zh = "黄金客户（可免收保证金）";
        en = "golden customer (may be exempt)";
      }
      case "ACTIVELY_DEVELOPED" -> {
        base = context.parameter(MARGIN_ACTIVELY_DEVELOPED);
        zh = "积极发展类客户（可收取10%以上）";
        en = "actively-developed customer (may take 10% or more)";
      }
      case "TARGET" -> {
        Rating rating = Rating.parse(creditRating).orElse(null);
        if (rating == null) {
          return new Margin(null, LocalizedText.of("目标客户信用评级未知", "target customer's rating unknown"), "creditRating", false, false);
        }
        if (rating.isAtLeast(Rating.BBB)) {
          base = context.parameter(MARGIN_TARGET_BBB_OR_BETTER);
          zh = "BBB级（含）以上目标客户（至少10%）";
          en = "target customer rated BBB or better (at least 10%)";
        } else if (rating.isAtLeast(Rating.B)) {
          base = context.parameter(MARGIN_TARGET_BELOW_BBB);
          zh = "B至BBB级以下目标客户（至少20%）";
          en = "target customer rated B to below BBB (at least 20%)";
        } else {
          // Art.9 requires a target customer to be rated B or better: charge the non-target margin
          base = context.parameter(MARGIN_NON_TARGET);
          zh = "评级低于B级，不符合目标客户条件，按非目标类客户（至少30%）";
          en = "rated below B, which a target customer cannot be: charged as non-target (at least 30%)";
          targetBelowB = true;
        }
      }
      default -> {
        base = context.parameter(MARGIN_NON_TARGET);
        zh = "非目标类客户（至少30%）";
        en = "non-target customer (at least 30%)";
      }
    }
    BigDecimal ratio = base.decimal();
    boolean bankDefault = base.bankDefault();
    if (volatileGoods) {
      ConfiguredValue addOn = context.parameter(MARGIN_VOLATILE_GOODS_ADD_ON);
      ratio = ratio.add(addOn.decimal());
      bankDefault |= addOn.bankDefault();
      zh += "，热炒/短保质期/价格波动大商品加 " + Money.percent(addOn.decimal());
      en += ", plus " + Money.percent(addOn.decimal()) + " for speculative, short-shelf-life or volatile goods";
    }
    if (ratio.compareTo(BigDecimal.ONE) > 0) ratio = BigDecimal.ONE;
    zh += bankDefault ? "（比例为默认值，可由本行配置）" : "（比例为本行设定）";
    en += bankDefault ? " (figures are bank defaults, configurable)" : " (figures are the bank's own settings)";
    return new Margin(ratio, LocalizedText.of(zh, en), null, targetBelowB, bankDefault);
  }
}
