package com.tfp.product.nra;

import static com.tfp.spi.testing.EvaluationAssertions.severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.evaluation.Decision;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.Severity;
import com.tfp.spi.evaluation.Step;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amount and term are bank defaults (PRODUCTS.md §5): 100% of the document amount less discount interest to maturity. */
class DiscountedAmountTest {

  @ParameterizedTest(name = "{0} {1} at {2}: interest {3}, max {4}")
  @CsvSource({
      // 1,000,000 × 3.6% × 90 / 360 = 9,000.00
      "USD, 1000000.00, 0.036, 9000.00,  991000.00",
      // ACT/365 for HKD: 1,000,000 × 5% × 90 / 365 = 12,328.767… → 987,671.23
      "HKD, 1000000.00, 0.05,  12328.77, 987671.23",
      // JPY has no minor unit: 12,345,678 × 2% × 90 / 360 = 61,728.39 → 12,283,950 (HALF_UP of 12,283,949.61)
      "JPY, 12345678,   0.02,  61728,    12283950"})
  void documentAmountLessDiscountInterestOnActualDays_X8(String ccy, String amount, String rate, String interest, String max) {
    Evaluation e = Deal.of("FORFAITING").currency(ccy).with("documentAmount", amount).with("discountRate", rate).evaluate();
    assertEquals(0, new BigDecimal(max).compareTo(e.maxAmount()), "max " + e.maxAmount());
    assertEquals(interest, step(e, "Discount interest").value());
    Step binding = e.amountSteps().stream().filter(Step::binding).findFirst().orElseThrow();
    assertTrue(binding.bankDefault());
    assertTrue(binding.label().en().contains("bank default"));
  }

  @Test
  void termRunsToThePaymentMaturity_001NraArt2Default() {
    Evaluation e = Deal.of("NEGOTIATION").evaluate();
    assertEquals(LocalDate.of(2026, 6, 29), e.maturityDate());
    assertEquals(90, e.maxTermDays());
    assertTrue(e.termSteps().get(0).bankDefault());
  }

  @Test
  void bankSetsItsOwnAdvanceRatio() {
    // 90% of 1,000,000 = 900,000; interest 900,000 × 3.6% × 90/360 = 8,100 → 891,900.00
    Evaluation e = Deal.of("EXPORT_DISCOUNT").bank("advanceRatio", "0.9").evaluate();
    assertEquals(0, new BigDecimal("891900.00").compareTo(e.maxAmount()));
    assertTrue(step(e, "90% of the document amount").label().en().contains("bank's own setting"));
  }

  @Test
  void maturityNotAfterTheValueDateIsRejectedButTheAmountIsShown() {
    Evaluation e = Deal.of("BILL_PURCHASE").with("maturityDate", "2026-03-31").evaluate();
    assertEquals(Severity.REJECT, severity(e, "NRA-MATURITY"));
    assertEquals(Decision.REJECT, e.decision());
    assertEquals(0, new BigDecimal("1000000.00").compareTo(e.maxAmount()));
    assertEquals(0, e.maxTermDays());
  }

  static Step step(Evaluation e, String enLabelStart) {
    return e.amountSteps().stream().filter(s -> s.label().en().startsWith(enLabelStart)).findFirst()
        .orElseThrow(() -> new AssertionError("no step " + enLabelStart));
  }
}
