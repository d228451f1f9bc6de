package com.tfp.product.importbilladvance;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.ParameterSpec;
import com.tfp.spi.facts.FactType;
import java.util.List;

/**
 * The figures the seeds leave open, each a bank default the bank may change (PUT /api/v1/products/import-bill-advance/
 * parameters/{key}). The seeds say import financing is riskier than export financing and must weigh the goods
 * (002 Art.28) and give the margin table (002 Art.41); common Chinese bank practice fills in the rest: an advance of up
 * to 90% of the payment, normally within 90 days and never beyond 180.
 */
final class BankDefaults {

  static final String ADVANCE_RATIO = "advanceRatio";
  static final String USUAL_MAX_TERM_DAYS = "usualMaxTermDays";
  static final String LONGEST_TERM_DAYS = "longestTermDays";
  static final String MARGIN_GOLDEN = "marginGolden";
  static final String MARGIN_ACTIVELY_DEVELOPED = "marginActivelyDeveloped";
  static final String MARGIN_TARGET_BBB_OR_BETTER = "marginTargetBbbOrBetter";
  static final String MARGIN_TARGET_BELOW_BBB = "marginTargetBelowBbb";
  static final String MARGIN_NON_TARGET = "marginNonTarget";
  static final String MARGIN_VOLATILE_GOODS_ADD_ON = "marginVolatileGoodsAddOn";

  static final List<ParameterSpec> ALL = List.of(
      new ParameterSpec(ADVANCE_RATIO, FactType.RATIO, "0.9",
          LocalizedText.of("押汇金额占付款金额的最高比例", "Largest advance as a share of the payment"), "002 Art.28"),
      new ParameterSpec(USUAL_MAX_TERM_DAYS, FactType.INTEGER, "90",
          LocalizedText.of("押汇期限一般不超过（天）", "Usual longest term (days); beyond it the deal is referred"), "000 §11"),
      new ParameterSpec(LONGEST_TERM_DAYS, FactType.INTEGER, "180",
          LocalizedText.of("押汇期限最长不超过（天）", "Longest term (days); beyond it the deal is rejected"), "000 §11"),
      new ParameterSpec(MARGIN_GOLDEN, FactType.RATIO, "0",
          LocalizedText.of("黄金客户保证金比例（可免收）", "Margin of golden customers (may be exempt)"), "002 Art.41"),
      new ParameterSpec(MARGIN_ACTIVELY_DEVELOPED, FactType.RATIO, "0.10",
          LocalizedText.of("积极发展类客户保证金比例", "Margin of actively-developed customers"), "002 Art.41"),
      new ParameterSpec(MARGIN_TARGET_BBB_OR_BETTER, FactType.RATIO, "0.10",
          LocalizedText.of("BBB级（含）以上目标客户保证金比例", "Margin of target customers rated BBB or better"), "002 Art.41"),
      new ParameterSpec(MARGIN_TARGET_BELOW_BBB, FactType.RATIO, "0.20",
          LocalizedText.of("B至BBB级以下目标客户保证金比例", "Margin of target customers rated B to below BBB"), "002 Art.41"),
      new ParameterSpec(MARGIN_NON_TARGET, FactType.RATIO, "0.30",
          LocalizedText.of("非目标类客户保证金比例", "Margin of non-target customers"), "002 Art.41"),
      new ParameterSpec(MARGIN_VOLATILE_GOODS_ADD_ON, FactType.RATIO, "0.10",
          LocalizedText.of("热炒/短保质期/价格波动大商品加收保证金比例", "Margin add-on for speculative, short-shelf-life or volatile goods"),
          "002 Art.41"));

  private BankDefaults() {}
}
