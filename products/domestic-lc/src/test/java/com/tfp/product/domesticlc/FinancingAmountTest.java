package com.tfp.product.domesticlc;

import static com.tfp.product.domesticlc.ImportMarginTableTest.step;
import static com.tfp.spi.testing.EvaluationAssertions.checklist;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.evaluation.Decision;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.LineOccupation;
import com.tfp.spi.evaluation.Step;
import com.tfp.spi.testing.TestDeal;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Variant amounts: the seed names the products (001 国内证 Art.2) but gives no figures, so all are bank defaults. */
class FinancingAmountTest {

  @Test
  void packingLoanIsEightyPercentOfTheLcAmount_001Art2Default() {
    Evaluation e = Deal.of("PACKING_LOAN").evaluate();
    assertEquals(0, new BigDecimal("800000.00").compareTo(e.maxAmount()));
    Step binding = binding(e);
    assertTrue(binding.bankDefault());
    assertTrue(binding.label().en().contains("80% of the L/C amount"), binding.label().en());
    assertTrue(binding.label().en().contains("bank default"));
    assertEquals(LineOccupation.CUSTOMER, e.lineOccupation());
  }

  @Test
  void bankSetsItsOwnPackingLoanRatio_001Art2Default() {
    Evaluation e = Deal.of("PACKING_LOAN").bank("packingLoanRatio", "0.7").evaluate();
    assertEquals(0, new BigDecimal("700000.00").compareTo(e.maxAmount()));
    assertTrue(binding(e).label().en().contains("bank's own setting"));
  }

  @Test
  void sellerBillPurchaseIsNinetyPercentOfTheAcceptedAmount_001Art2Default() {
    Evaluation e = Deal.of("SELLER_BILL_PURCHASE").with("acceptedAmount", "500000.00").evaluate();
    assertEquals(0, new BigDecimal("450000.00").compareTo(e.maxAmount()));
    assertEquals(Decision.APPROVABLE, e.decision());
  }

  @Test
  void forfaitingIsTheAcceptedAmountLessDiscountInterestOnActualDays_001Art2Default() {
    // CNY 1,000,000.00 accepted, 3.6% p.a., 2026-03-01 → 2026-05-15 (issued 2026-01-15 + 120 days) = 75 days, ACT/360
    // interest = 1,000,000 × 0.036 × 75 / 360 = 7,500.00 → 992,500.00
    Evaluation e = Deal.of("FORFAITING").with("issueDate", "2026-01-15").with("lcExpiryDate", "2026-04-30")
        .with("paymentTermDays", 120).valueDate("2026-03-01").evaluate();
    assertEquals(0, new BigDecimal("992500.00").compareTo(e.maxAmount()));
    assertEquals("7500.00", step(e, "Discount interest").value());
    assertEquals(java.time.LocalDate.of(2026, 5, 15), e.maturityDate());
    assertEquals(75, e.maxTermDays());
    assertEquals(LineOccupation.FINANCIAL_INSTITUTION, e.lineOccupation());
    assertEquals(Decision.APPROVABLE, e.decision());
  }

  @Test
  void forfaitingInHkdCountsAct365AndRoundsHalfUpAtTheEnd_X8() {
    // HKD 1,000,000.00 at 5% for 75 days ACT/365 = 10,273.9726… → 989,726.03
    Evaluation e = Deal.of("FORFAITING").currency("HKD").with("discountRate", "0.05").with("issueDate", "2026-01-15")
        .with("lcExpiryDate", "2026-04-30").with("paymentTermDays", 120).valueDate("2026-03-01").evaluate();
    assertEquals(0, new BigDecimal("989726.03").compareTo(e.maxAmount()));
    assertEquals("10273.97", step(e, "Discount interest").value());
    assertTrue(checklist(e).contains("DLC-CURRENCY"));
  }

  @ParameterizedTest(name = "{0}: accepted {1} → {2}")
  @CsvSource({
      "BUYER_BILL_PURCHASE, 950000.00,  950000.00",   // the accepted amount is what the L/C pays
      "BUYER_BILL_PURCHASE, ,           1000000.00",  // nothing accepted yet: the L/C amount
      "BUYER_PAY_ON_BEHALF, 1050000.00, 1000000.00"}) // never more than the L/C amount
  void buyerFinancingIsAtMostTheLcPaymentAmount_001Art2Default(String variant, String accepted, String expected) {
    TestDeal deal = Deal.of(variant);
    if (accepted != null) deal.with("acceptedAmount", accepted);
    assertEquals(0, new BigDecimal(expected).compareTo(deal.evaluate().maxAmount()));
  }

  @Test
  void issuanceIsTheLcAmount_001Art8() {
    Evaluation e = Deal.of("ISSUANCE").with("lcAmount", "2500000.00").evaluate();
    assertEquals(0, new BigDecimal("2500000.00").compareTo(e.maxAmount()));
    assertFalse(binding(e).bankDefault());
  }

  @Test
  void amountIsComputedEvenWhenRejected() {
    Evaluation e = Deal.of("PACKING_LOAN").with("paymentTermDays", 200).evaluate();
    assertEquals(Decision.REJECT, e.decision());
    assertEquals(0, new BigDecimal("800000.00").compareTo(e.maxAmount()));
  }

  static Step binding(Evaluation e) {
    return e.amountSteps().stream().filter(Step::binding).findFirst().orElseThrow();
  }
}
