package com.tfp.spi.insurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.calc.BindingLimit;
import com.tfp.spi.evaluation.Step;
import com.tfp.spi.facts.Facts;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndemnityCoverTest {

  static final LocalizedText DECLARED = LocalizedText.of("申报金额", "declared amount");

  static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @ParameterizedTest(name = "min({0}, {1}) - {2} x {3} = {4}")
  @CsvSource({
      // 信保规程 Art.8: the lower of declared amount and limit balance, times the ratio
      "100000, 80000, 0, 0.9, 72000",
      "60000, 80000, 0, 0.9, 54000",
      // 股份制 Art.9(5): the deductible comes off before the ratio
      "100000, 80000, 5000, 0.9, 67500",
      "100000.55, 200000, 0.55, 0.8, 80000",
      // a deductible above the covered amount leaves nothing, never a negative cover
      "3000, 80000, 5000, 0.9, 0"})
  void coverIsLowerOfDeclaredAndLimitLessDeductibleTimesRatio_XinbaoArt8(
      String insured, String balance, String deductible, String ratio, String expected) {
    IndemnityCover c = new IndemnityCover(d(insured), d(balance), d(deductible), d(ratio));
    assertEquals(0, d(expected).compareTo(c.value()));
  }

  @Test
  void stepsShowCoveredAmountDeductibleAndTheCoverAsTheOnlyCompetingLimit() {
    BindingLimit<BigDecimal> caps = BindingLimit.lowestAmount("USD");
    caps.limit(LocalizedText.of("发票金额×80%", "80% of invoice"), d("80000"), "001 办法A §2(1)");
    BigDecimal cover = new IndemnityCover(d("100000"), d("80000"), d("5000"), d("0.9")).addTo(caps, DECLARED);
    assertEquals(0, d("67500").compareTo(cover));
    assertEquals(d("67500.00"), caps.result().orElseThrow());
    List<Step> steps = caps.steps();
    assertEquals(List.of("80000.00", "80000.00", "75000.00", "67500.00"), steps.stream().map(Step::value).toList());
    assertEquals(List.of(false, false, false, true), steps.stream().map(Step::binding).toList());
    assertEquals(List.of("001 办法A §2(1)", "001 信保规程 Art.8", "001 股份制 Art.9(5)", "001 信保规程 Art.8"),
        steps.stream().map(Step::source).toList());
    assertTrue(steps.get(1).label().en().contains("declared amount (100000)"));
    assertTrue(steps.get(3).label().en().contains("90%"));
  }

  @Test
  void noDeductibleStepWithoutDeductible() {
    BindingLimit<BigDecimal> caps = BindingLimit.lowestAmount("JPY");
    new IndemnityCover(d("1000000"), d("900000"), BigDecimal.ZERO, d("0.95")).addTo(caps, DECLARED);
    assertEquals(2, caps.steps().size());
    assertEquals(d("855000"), caps.result().orElseThrow());
  }

  @Test
  void fromFactsNeedsInsuredAmountBalanceAndRatio() {
    Facts full = Facts.of(Map.of("declaredAmount", d("100"), "buyerCreditLimitBalance", d("50"), "indemnityRatio", d("0.9")));
    IndemnityCover c = IndemnityCover.from(full, "declaredAmount").orElseThrow();
    assertEquals(0, BigDecimal.ZERO.compareTo(c.deductible()));
    assertEquals(0, d("45").compareTo(c.value()));
    assertTrue(IndemnityCover.from(Facts.of(Map.of("declaredAmount", d("100"), "indemnityRatio", d("0.9"))), "declaredAmount").isEmpty());
    assertTrue(IndemnityCover.from(full, "receivableAmount").isEmpty());
  }
}
