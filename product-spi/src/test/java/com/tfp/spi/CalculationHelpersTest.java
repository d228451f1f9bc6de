package com.tfp.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.calc.BindingLimit;
import com.tfp.spi.calc.DayCount;
import com.tfp.spi.calc.Money;
import com.tfp.spi.calc.Rating;
import com.tfp.spi.evaluation.Step;
import com.tfp.spi.testing.TestReference;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalculationHelpersTest {

  @Test
  void lowestCapBindsAndEveryCapIsAStep() {
    BindingLimit<BigDecimal> caps = BindingLimit.lowestAmount("USD")
        .explain(LocalizedText.of("发票", "invoice"), new BigDecimal("100000"), "004 Art.11")
        .limit(LocalizedText.of("a", "a"), new BigDecimal("90000.004"), "004 Art.11")
        .limit(LocalizedText.of("b", "b"), new BigDecimal("95000"), "001 Art.8");
    assertEquals(new BigDecimal("90000.00"), caps.result().orElseThrow());
    List<Step> steps = caps.steps();
    assertEquals(List.of(false, true, false), steps.stream().map(Step::binding).toList());
    assertEquals("100000.00", steps.get(0).value());
  }

  @Test
  void equalCapsBindTheFirstInArticleOrder() {
    BindingLimit<LocalDate> limits = BindingLimit.earliestDate()
        .limit(LocalizedText.of("a", "a"), LocalDate.of(2026, 1, 5), "004 Art.10")
        .limit(LocalizedText.of("b", "b"), LocalDate.of(2026, 1, 5), "004 Art.10");
    assertEquals(List.of(true, false), limits.steps().stream().map(Step::binding).toList());
  }

  @Test
  void moneyRoundsHalfUpToTheMinorUnit() {
    assertEquals(new BigDecimal("0.13"), Money.round(new BigDecimal("0.125"), "USD"));
    assertEquals(new BigDecimal("13"), Money.round(new BigDecimal("12.5"), "JPY"));
    assertEquals("90%", Money.percent(new BigDecimal("0.90")));
  }

  @Test
  void moneyShownInAMessageIsRoundedAndPlain() {
    assertEquals("1234.50", Money.show(new BigDecimal("1234.5"), "USD"));
    assertEquals("1000000.13", Money.show(new BigDecimal("1.000000125E+6"), "CNY"));
    assertEquals("1235", Money.show(new BigDecimal("1234.5"), "JPY"));
  }

  @Test
  void act360InterestOnActualDays() {
    // 1,000,000 at 3.6% for 30 days on ACT/360 = 3,000.00 exactly (PRODUCTS.md X8)
    BigDecimal i = DayCount.ACT_360.interest(new BigDecimal("1000000"), new BigDecimal("0.036"),
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
    assertEquals(0, new BigDecimal("3000").compareTo(i));
  }

  @Test
  void businessDaysSkipWeekendsAndHolidaysButCountWorkingSaturdays() {
    // 2026-09-30 (Wed) + 3 business days: Oct 1-2 holiday, Oct 3-4 weekend, Oct 5-7 holiday, Oct 8, 9, 10 (working Sat)
    assertEquals(LocalDate.of(2026, 10, 10), TestReference.CALENDAR.plusBusinessDays(LocalDate.of(2026, 9, 30), 3));
    assertFalse(TestReference.CALENDAR.isBusinessDay(LocalDate.of(2026, 10, 3)));
  }

  @Test
  void ratingsCompareBestToWorst() {
    assertTrue(Rating.A.isAtLeast(Rating.BBB));
    assertFalse(Rating.BB.isAtLeast(Rating.BBB));
    assertEquals(Rating.BBB, Rating.parse("BBB+").orElseThrow());
  }

  @Test
  void versionRangesFollowMavenNotation() {
    VersionRange r = VersionRange.parse("[1.0,2.0)");
    assertTrue(r.includes(SemanticVersion.parse("1.0.0")));
    assertTrue(r.includes(SemanticVersion.parse("1.9.3")));
    assertFalse(r.includes(SemanticVersion.parse("2.0.0")));
    assertTrue(SemanticVersion.parse("1.0.0").compareTo(SemanticVersion.parse("1.0.0-rc1")) > 0);
  }
}
