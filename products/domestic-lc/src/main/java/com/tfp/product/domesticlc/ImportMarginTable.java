package com.tfp.product.domesticlc;

import com.tfp.spi.context.ConfiguredValue;
import static com.tfp.product.domesticlc.DomesticLcSchema.MARGIN_ACTIVELY_DEVELOPED;
import static com.tfp.product.domesticlc.DomesticLcSchema.MARGIN_GOLDEN;
import static com.tfp.product.domesticlc.DomesticLcSchema.MARGIN_NON_TARGET;
import static com.tfp.product.domesticlc.DomesticLcSchema.MARGIN_TARGET_BBB_OR_BETTER;
import static com.tfp.product.domesticlc.DomesticLcSchema.MARGIN_TARGET_BELOW_BBB;
import static com.tfp.product.domesticlc.DomesticLcSchema.MARGIN_VOLATILE_GOODS_ADD_ON;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.calc.Money;
import com.tfp.spi.calc.Rating;
import com.tfp.spi.context.EvaluationContext;
import java.math.BigDecimal;

/**
 * The import-side cash-margin table of 002 Art.41, every figure a bank default: actively-developed customers "may" give
 * 10% or more (golden customers may be exempt), target customers rated BBB or better at least 10%, target customers
 * rated B to below BBB at least 20%, non-target customers at least 30%, and more for speculative, short-shelf-life or
 * price-volatile goods. The tier — and, for a target customer, the rating — is never assumed: without it the margin is
 * unknown and a person determines it.
 */
final class ImportMarginTable {

  static final String SOURCE = "002 Art.41";

  /**
   * The margin of one deal.
   *
   * @param ratio the margin ratio, or null when the tier (or the target customer's rating) is unknown
   * @param basis which row of the table applies and why
   * @param missingFact the customer fact whose absence leaves the margin unknown, or null
   * @param targetBelowB a "target" customer rated below B, which Art.9 does not allow: charged as non-target
   */
  record Margin(BigDecimal ratio, LocalizedText basis, String missingFact, boolean targetBelowB) {

    boolean known() {
      return ratio != null;
    }

    /** 100% cash margin: low-risk business outside line management (002 Art.12(一), Art.19). */
    boolean full() {
      return ratio != null && ratio.compareTo(BigDecimal.ONE) >= 0;
    }
  }

  private ImportMarginTable() {}

  static Margin marginFor(LcDeal deal, EvaluationContext context) {
    String tier = deal.customerTier();
    if (tier == null) {
      return new Margin(null, LocalizedText.of("客户分类未知", "customer tier unknown"), "customerTier", false);
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
        Rating rating = Rating.parse(deal.creditRating()).orElse(null);
        if (rating == null) {
          return new Margin(null, LocalizedText.of("目标客户信用评级未知", "target customer's rating unknown"), "creditRating", false);
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
    if (deal.volatileGoods()) {
      ConfiguredValue addOn = context.parameter(MARGIN_VOLATILE_GOODS_ADD_ON);
      ratio = ratio.add(addOn.decimal());
      bankDefault |= addOn.bankDefault();
      zh += "，热炒/短保质期/价格波动大商品加 " + Money.percent(addOn.decimal());
      en += ", plus " + Money.percent(addOn.decimal()) + " for speculative, short-shelf-life or volatile goods";
    }
    if (ratio.compareTo(BigDecimal.ONE) > 0) ratio = BigDecimal.ONE;
    zh += bankDefault ? "（比例为默认值，可由本行配置）" : "（比例为本行设定）";
    en += bankDefault ? " (figures are bank defaults, configurable)" : " (figures are the bank's own settings)";
    return new Margin(ratio, LocalizedText.of(zh, en), null, targetBelowB);
  }
}
