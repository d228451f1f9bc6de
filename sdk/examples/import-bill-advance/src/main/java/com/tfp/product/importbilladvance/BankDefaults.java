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
  /** The bank defaults of this product; the 002 Art.41 margin table's figures come with the SPI's {@code ImportMargin}. */
  static final List<ParameterSpec> OWN = List.of(
      new ParameterSpec(ADVANCE_RATIO, FactType.RATIO, "0.9",
          LocalizedText.of("押汇金额占付款金额的最高比例", "Largest advance as a share of the payment"), "002 Art.28"),
      new ParameterSpec(USUAL_MAX_TERM_DAYS, FactType.INTEGER, "90",
          LocalizedText.of("押汇期限一般不超过（天）", "Usual longest term (days); beyond it the deal is referred"), "000 §11"),
      new ParameterSpec(LONGEST_TERM_DAYS, FactType.INTEGER, "180",
          LocalizedText.of("押汇期限最长不超过（天）", "Longest term (days); beyond it the deal is rejected"), "000 §11"));

  private BankDefaults() {}
}
