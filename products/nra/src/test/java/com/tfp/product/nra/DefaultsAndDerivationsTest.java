package com.tfp.product.nra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.context.TableRate;
import com.tfp.spi.evaluation.AppliedDefault;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.Step;
import com.tfp.spi.facts.FieldError;
import com.tfp.spi.facts.InvalidFactsException;
import com.tfp.spi.testing.TestReference;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12. The discount rate is the bank's price, not a fact of the trade (001 出口信用证 Art.5): without one, the
 * bank's rate table for the currency and the tenor gives it, marked as a configurable default. The payment maturity the
 * financing runs to (001 NRA Art.2 [default]) is derived from the acceptance or the bill date plus the usance days
 * when not given, and the derivation is a term step.
 */
class DefaultsAndDerivationsTest {

  static AppliedDefault defaultOf(Evaluation e, String field) {
    return e.defaults().stream().filter(d -> d.field().equals(field)).findFirst().orElseThrow(() -> new AssertionError("no default " + field));
  }

  /** value date 2026-03-31 to 2026-06-29: 90 days, the USD ≤ 90 days row, 5.40%. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"NEGOTIATION", "FORFAITING", "EXPORT_DISCOUNT", "BILL_PURCHASE", "EXPORT_PAY_ON_BEHALF"})
  void withoutARateTheBanksTableGivesItAsAConfigurableDefault_001ExportLcArt5(String variant) {
    Evaluation e = Deal.of(variant).without("discountRate").evaluate();
    // 1,000,000 × 5.4% × 90 / 360 = 13,500.00
    assertEquals(0, new BigDecimal("986500.00").compareTo(e.maxAmount()), e.maxAmount().toPlainString());
    Step interest = e.amountSteps().stream().filter(s -> s.label().en().startsWith("Discount interest")).findFirst().orElseThrow();
    assertEquals("13500.00", interest.value());
    assertTrue(interest.bankDefault());
    assertEquals("001 出口信用证 Art.5", interest.source());
    assertTrue(interest.label().en().contains("bank default, configurable"), interest.label().en());
    AppliedDefault d = defaultOf(e, "facts.discountRate");
    assertEquals(0, new BigDecimal("0.054").compareTo(new BigDecimal(d.value())));
    assertTrue(d.bankDefault());
    assertEquals("001 出口信用证 Art.5", d.source());
    Evaluation explicit = Deal.of(variant).with("discountRate", d.value()).evaluate();
    assertEquals(0, e.maxAmount().compareTo(explicit.maxAmount()), "the same request with the rate given");
    assertTrue(explicit.defaults().isEmpty());
  }

  @Test
  void theTableRowIsTheShortestTenorCoveringTheDeal_001ExportLcArt5() {
    // 2026-03-31 + 120 days: the ≤ 180 days row, 5.60%; 1,000,000 × 5.6% × 120 / 360 = 18,666.67
    Evaluation e = Deal.of("FORFAITING").without("discountRate").with("maturityDate", "2026-07-29").evaluate();
    assertEquals(0, new BigDecimal("981333.33").compareTo(e.maxAmount()), e.maxAmount().toPlainString());
  }

  @Test
  void theBanksOwnRateIsMarkedAsItsOwnSetting_001ExportLcArt5() {
    var context = TestReference.withDiscountRates(Deal.PLUGIN.descriptor(), List.of(new TableRate("USD", 90, new BigDecimal("0.04"), false)));
    Evaluation e = Deal.of("FORFAITING").without("discountRate").evaluate(context);
    // 1,000,000 × 4% × 90 / 360 = 10,000.00
    assertEquals(0, new BigDecimal("990000.00").compareTo(e.maxAmount()));
    assertTrue(defaultOf(e, "facts.discountRate").message().en().contains("bank's own setting"));
  }

  @Test
  void noRowForTheCurrencyOrTenorIsAFieldErrorNamingTheRate_001ExportLcArt5() {
    InvalidFactsException e = assertThrows(InvalidFactsException.class,
        () -> Deal.of("FORFAITING").currency("AUD").without("discountRate").evaluate());
    FieldError error = e.errors().get(0);
    assertEquals("facts.discountRate", error.field());
    assertTrue(error.message().en().contains("no AUD rate for a tenor of 90 days"), error.message().en());
    assertThrows(InvalidFactsException.class,
        () -> Deal.of("FORFAITING").with("maturityDate", "2028-06-29").without("discountRate").evaluate(), "beyond the table's 720 days");
  }

  @ParameterizedTest(name = "{0} {1} + {2} days = {3}")
  @CsvSource({
      "acceptanceDate, 2026-03-31, 90, 2026-06-29",
      "billDate,       2026-03-20, 101, 2026-06-29"})
  void theMaturityIsDerivedFromTheTenorAndShownAsAStep_001NraArt2(String dateFact, String date, int usance, String maturity) {
    Evaluation e = Deal.of("FORFAITING").without("maturityDate").with(dateFact, date).with("usanceDays", usance).evaluate();
    assertEquals(LocalDate.parse(maturity), e.maturityDate());
    assertEquals(90, e.maxTermDays());
    Step derivation = e.termSteps().get(0);
    assertFalse(derivation.binding());
    assertEquals(maturity, derivation.value());
    assertTrue(derivation.label().en().startsWith("Payment maturity derived"), derivation.label().en());
    assertEquals("001 NRA Art.2", derivation.source());
    AppliedDefault d = defaultOf(e, "facts.maturityDate");
    assertEquals(maturity, d.value());
    assertFalse(d.bankDefault(), "a derivation, not a default");
    assertEquals(0, Deal.of("FORFAITING").evaluate().maxAmount().compareTo(e.maxAmount()), "the same numbers as with maturityDate given");
  }

  @Test
  void twoDerivationsThatDisagreeAreRefusedNamingWhatSettlesIt_001NraArt2() {
    InvalidFactsException e = assertThrows(InvalidFactsException.class, () -> Deal.of("FORFAITING").without("maturityDate")
        .with("acceptanceDate", "2026-03-31").with("billDate", "2026-03-20").with("usanceDays", 90).evaluate());
    assertEquals("facts.maturityDate", e.errors().get(0).field());
    assertTrue(e.errors().get(0).message().en().contains("give maturityDate, or only the date"), e.errors().get(0).message().en());
  }

  @Test
  void aGivenMaturityWinsOverWhatWouldDeriveIt_001NraArt2() {
    Evaluation e = Deal.of("FORFAITING").with("acceptanceDate", "2026-01-01").with("usanceDays", 30).evaluate();
    assertEquals(LocalDate.of(2026, 6, 29), e.maturityDate());
    assertTrue(e.defaults().isEmpty());
  }
}
