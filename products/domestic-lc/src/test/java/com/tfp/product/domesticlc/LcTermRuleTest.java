package com.tfp.product.domesticlc;

import static com.tfp.spi.testing.EvaluationAssertions.checklist;
import static com.tfp.spi.testing.EvaluationAssertions.codes;
import static com.tfp.spi.testing.EvaluationAssertions.severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.evaluation.Decision;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.Severity;
import com.tfp.spi.evaluation.Step;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 001 国内证 Art.10: validity and payment term at most 6 calendar months each from the issue date (hard). */
class LcTermRuleTest {

  @ParameterizedTest(name = "issued {0}, expiring {1}: rejected = {2}")
  @CsvSource({
      "2026-08-31, 2027-02-28, false",  // 6 calendar months from 31 Aug end on 28 Feb
      "2026-08-31, 2027-03-01, true",
      "2026-03-02, 2026-09-02, false",
      "2026-03-02, 2026-09-03, true"})
  void validityOverSixCalendarMonthsIsRejected_001Art10(String issue, String expiry, boolean rejected) {
    Evaluation e = Deal.of("ISSUANCE").with("issueDate", issue).with("lcExpiryDate", expiry).valueDate(issue).evaluate();
    assertEquals(rejected, codes(e).contains("DLC-VALIDITY"), codes(e).toString());
    if (rejected) {
      assertEquals(Severity.REJECT, severity(e, "DLC-VALIDITY"));
      assertEquals(Decision.REJECT, e.decision());
      // the maturity is still computed: the 6-month ceiling binds
      assertEquals(LocalDate.parse(issue).plusMonths(6), e.maturityDate());
    } else {
      assertEquals(Severity.INFO, severity(e, "DLC-TERMS"));
    }
  }

  @ParameterizedTest(name = "payment term {0} days from 2026-01-15: rejected = {1}")
  @CsvSource({"181, false", "182, true", "0, false"})
  void paymentTermOverSixCalendarMonthsIsRejected_001Art10(int days, boolean rejected) {
    // 2026-01-15 + 6 months = 2026-07-15 = 181 days later
    Evaluation e = Deal.of("ISSUANCE").with("issueDate", "2026-01-15").with("lcExpiryDate", "2026-04-30")
        .with("paymentTermDays", days).valueDate("2026-01-15").evaluate();
    assertEquals(rejected, codes(e).contains("DLC-PAYMENT-TERM"), codes(e).toString());
    assertEquals(rejected ? Decision.REJECT : Decision.APPROVABLE, e.decision());
  }

  @Test
  void expiryBeforeIssueIsRejected_001Art10() {
    Evaluation e = Deal.of("ISSUANCE").with("lcExpiryDate", "2026-03-01").evaluate();
    assertEquals(Severity.REJECT, severity(e, "DLC-VALIDITY"));
  }

  @Test
  void financingRunsToIssueDatePlusPaymentTerm_001Art10() {
    // issued 2026-03-02 + 90 days = 2026-05-31; value date 2026-04-01 → 60 days
    Evaluation e = Deal.of("SELLER_BILL_PURCHASE").valueDate("2026-04-01").evaluate();
    assertEquals(LocalDate.of(2026, 5, 31), e.maturityDate());
    assertEquals(60, e.maxTermDays());
    Step binding = e.termSteps().stream().filter(Step::binding).findFirst().orElseThrow();
    assertEquals("2026-05-31", binding.value());
    assertEquals("001 国内证 Art.10", binding.source());
    assertEquals(3, e.termSteps().size()); // expiry (explain), payment maturity, 6-month ceiling
  }

  @Test
  void issuanceCommitmentRunsToLaterOfExpiryAndPaymentMaturity_001Art10() {
    // expiry 2026-06-30 is later than payment maturity 2026-05-31
    Evaluation e = Deal.of("ISSUANCE").evaluate();
    assertEquals(LocalDate.of(2026, 6, 30), e.maturityDate());
    assertEquals(120, e.maxTermDays());
    // a usance L/C: payment maturity 2026-08-30 is later than expiry
    Evaluation usance = Deal.of("ISSUANCE").with("paymentTermDays", 181).evaluate();
    assertEquals(LocalDate.of(2026, 8, 30), usance.maturityDate());
  }

  @Test
  void paymentMaturityOnOrBeforeValueDateLeavesNothingToFinance_001Art10() {
    // sight L/C issued 2026-03-02: payment maturity = 2026-03-02, financed on 2026-03-10
    Evaluation e = Deal.of("PACKING_LOAN").with("paymentTermDays", 0).valueDate("2026-03-10").evaluate();
    assertEquals(Severity.REJECT, severity(e, "DLC-TERM-ELAPSED"));
    assertEquals(LocalDate.of(2026, 3, 2), e.maturityDate());
    assertFalse(codes(Deal.of("PACKING_LOAN").valueDate("2026-03-10").evaluate()).contains("DLC-TERM-ELAPSED"));
  }

  @Test
  void cashCycleMatchGoesToTheChecklist_001Art10() {
    Evaluation e = Deal.of("BUYER_BILL_PURCHASE").evaluate();
    assertTrue(checklist(e).contains("DLC-CASH-CYCLE"));
    assertEquals(Decision.APPROVABLE, e.decision());
  }
}
