package com.tfp.product.importbilladvance;

import static com.tfp.product.importbilladvance.BankDefaults.*;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.calc.Money;
import com.tfp.spi.calc.Rating;
import com.tfp.spi.context.ConfiguredValue;
import com.tfp.spi.context.EvaluationContext;
import com.tfp.spi.facts.CustomerFacts;
import com.tfp.spi.facts.Facts;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The cash margin of an import-type financing by the customer's tier and rating (002 Art.41), every figure a bank
 * default. The tier, and a target customer's rating, are never assumed: without them the margin is unknown.
 *
 * @param ratio the margin as a share of the payment
 * @param basis which row applies, and whether its figures are the bank's own
 */
record ImportMargin(BigDecimal ratio, LocalizedText basis, boolean bankDefault) {

  static final String SOURCE = "002 Art.41";

  /** The margin, or empty when the tier (or a target customer's rating) is not known. */
  static Optional<ImportMargin> of(Facts facts, EvaluationContext context) {
    String tier = facts.text(CustomerFacts.CUSTOMER_TIER).orElse(null);
    if (tier == null) return Optional.empty();
    ConfiguredValue row;
    LocalizedText basis;
    switch (tier) {
      case "GOLDEN" -> {
        row = context.parameter(MARGIN_GOLDEN);
        basis = LocalizedText.of("黄金客户", "golden customer");
      }
      case "ACTIVELY_DEVELOPED" -> {
        row = context.parameter(MARGIN_ACTIVELY_DEVELOPED);
        basis = LocalizedText.of("积极发展类客户", "actively-developed customer");
      }
      case "TARGET" -> {
        Optional<Rating> rating = facts.text(CustomerFacts.CREDIT_RATING).flatMap(Rating::parse);
        if (rating.isEmpty()) return Optional.empty();
        if (rating.get().isAtLeast(Rating.BBB)) {
          row = context.parameter(MARGIN_TARGET_BBB_OR_BETTER);
          basis = LocalizedText.of("BBB级（含）以上目标客户", "target customer rated BBB or better");
        } else if (rating.get().isAtLeast(Rating.B)) {
          row = context.parameter(MARGIN_TARGET_BELOW_BBB);
          basis = LocalizedText.of("B至BBB级以下目标客户", "target customer rated B to below BBB");
        } else {
          row = context.parameter(MARGIN_NON_TARGET);
          basis = LocalizedText.of("评级低于B级，按非目标类客户", "rated below B: charged as non-target");
        }
      }
      default -> {
        row = context.parameter(MARGIN_NON_TARGET);
        basis = LocalizedText.of("非目标类客户", "non-target customer");
      }
    }
    BigDecimal ratio = row.decimal();
    boolean bankDefault = row.bankDefault();
    if (facts.flag(ImportBillAdvanceFacts.VOLATILE_GOODS)) {
      ConfiguredValue addOn = context.parameter(MARGIN_VOLATILE_GOODS_ADD_ON);
      ratio = ratio.add(addOn.decimal()).min(BigDecimal.ONE);
      bankDefault |= addOn.bankDefault();
      basis = LocalizedText.of(basis.zh() + "，价格波动大商品加 " + Money.percent(addOn.decimal()),
          basis.en() + ", plus " + Money.percent(addOn.decimal()) + " for volatile goods");
    }
    return Optional.of(new ImportMargin(ratio, basis, bankDefault));
  }
}
