package com.tfp.product.insuredfinancing;

import static com.tfp.product.insuredfinancing.InsuredFinancingFixture.DUE;
import static com.tfp.product.insuredfinancing.InsuredFinancingFixture.deal;
import static com.tfp.spi.testing.EvaluationAssertions.codes;
import static com.tfp.spi.testing.EvaluationAssertions.severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tfp.spi.evaluation.Decision;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.Severity;
import com.tfp.spi.evaluation.Step;
import com.tfp.spi.testing.TestDeal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaturityRuleTest {

  @ParameterizedTest(name = "payment term {0} days -> {1}")
  @CsvSource({"0, APPROVABLE", "150, APPROVABLE", "151, REJECT", "360, REJECT"})
  void paymentTermAtMost150Days_BanfaA2_2(int days, Decision decision) {
    TestDeal deal = deal().with("paymentTermDays", days);
    Evaluation e = deal.evaluate();
    assertEquals(decision, e.decision());
    assertEquals(decision == Decision.REJECT, codes(e).contains("IF-PAYMENT-TERM"));
  }

  @ParameterizedTest(name = "requested due+{0} -> maturity due+{1}, {2}")
  @CsvSource({
      // within 10 days after the due date: the requested date stands
      "-20, -20, APPROVABLE, IF-TERM",
      "5, 5, APPROVABLE, IF-TERM",
      "10, 10, APPROVABLE, IF-TERM",
      // 11..30 days: kept as requested, referred (an approver may grant up to due+30)
      "11, 11, REFER, IF-TERM-BEYOND-10-DAYS",
      "30, 30, REFER, IF-TERM-BEYOND-10-DAYS",
      // beyond 30: rejected, shown capped at due+30
      "31, 30, REJECT, IF-TERM-BEYOND-30-DAYS",
      "90, 30, REJECT, IF-TERM-BEYOND-30-DAYS"})
  void maturityWithinTenDaysAfterDueDateThirtyAtMost_BanfaA2_2(int requestedDays, int maturityDays, Decision decision,
      String code) {
    TestDeal deal = deal().with("requestedMaturityDate", DUE.plusDays(requestedDays).toString());
    Evaluation e = deal.evaluate();
    assertEquals(DUE.plusDays(maturityDays), e.maturityDate());
    assertEquals(decision, e.decision(), () -> codes(e).toString());
    assertEquals(decision == Decision.APPROVABLE ? Severity.INFO : Severity.valueOf(decision.name()), severity(e, code));
  }

  @Test
  void withoutARequestedDateTheMaturityIsDuePlusTenDays_BanfaA2_2() {
    Evaluation e = deal().evaluate();
    assertEquals(LocalDate.of(2026, 9, 9), e.maturityDate());
    assertEquals(100, e.maxTermDays());
    assertEquals(List.of("2026-08-30", "2026-09-09"), e.termSteps().stream().map(Step::value).toList());
    assertEquals(List.of(false, true), e.termSteps().stream().map(Step::binding).toList());
    assertEquals("001 办法A §2(2)", e.termSteps().get(1).source());
  }

  @Test
  void referredMaturityShowsTheStandardLimitAsExplanation_BanfaA2_2() {
    TestDeal deal = deal().with("requestedMaturityDate", "2026-09-20");
    Evaluation e = deal.evaluate();
    assertEquals(List.of("2026-08-30", "2026-09-20", "2026-09-09", "2026-09-29"),
        e.termSteps().stream().map(Step::value).toList());
    assertEquals(List.of(false, true, false, false), e.termSteps().stream().map(Step::binding).toList());
    assertEquals(111, e.maxTermDays());
  }

  @Test
  void maturityNotAfterTheValueDateIsRejected_BanfaA2_2() {
    TestDeal deal = deal().with("paymentDueDate", "2026-05-15");
    Evaluation e = deal.evaluate();
    assertEquals(LocalDate.of(2026, 5, 25), e.maturityDate());
    assertEquals(Severity.REJECT, severity(e, "IF-TERM-NOT-AFTER-VALUE-DATE"));
    assertFalse(codes(e).contains("IF-TERM"));
  }
}
