package com.tfp.product.sellerscredit;

import static com.tfp.product.sellerscredit.Deals.VALUE_DATE;
import static com.tfp.product.sellerscredit.Deals.base;
import static com.tfp.spi.testing.EvaluationAssertions.severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.evaluation.AppliedDefault;
import com.tfp.spi.evaluation.Decision;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.Severity;
import com.tfp.spi.evaluation.Step;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: without {@code requestedTermMonths} the term is the longest one the variant may have — the seed's own
 * figure where it gives one (003 Art.17(三): 3 years), else a bank default (Art.17(一)(二), Art.18) — shown as the
 * binding term step and listed among the evaluation's defaults; with it, the requested term is checked against that.
 */
class LoanTermDefaultsTest {

  /** variant, longest months (with the base deal's facts), source, whether a bank default. */
  static Stream<Arguments> longestTerms() {
    return Stream.of(
        Arguments.of(LoanVariant.OPERATING_CAPITAL, 36, "003 Art.17", false),
        Arguments.of(LoanVariant.KEY_EQUIPMENT, 36, "003 Art.17", false),
        Arguments.of(LoanVariant.SERIES_CONTRACT, 36 + 12, "003 Art.17", true),
        Arguments.of(LoanVariant.SERVICE_OUTSOURCING_SERIES, 24 + 12, "003 Art.17", true),
        Arguments.of(LoanVariant.SINGLE_CONTRACT, 60, "003 Art.17", true),
        Arguments.of(LoanVariant.SERVICE_OUTSOURCING_SINGLE, 60, "003 Art.17", true),
        Arguments.of(LoanVariant.LEASING, 120, "003 Art.18", true));
  }

  @ParameterizedTest(name = "{0}: {1} months ({2})")
  @MethodSource("longestTerms")
  void withoutARequestedTermTheLongestTermIsTheAnswer_003Art17To18(LoanVariant v, int months, String source, boolean bankDefault) {
    Evaluation e = base(v).without("requestedTermMonths").evaluate();
    assertEquals(VALUE_DATE.plusMonths(months), e.maturityDate());
    assertEquals(1, e.termSteps().size());
    Step step = e.termSteps().get(0);
    assertTrue(step.binding());
    assertEquals(source, step.source());
    assertEquals(bankDefault, step.bankDefault());
    assertTrue(step.label().en().startsWith("Longest term"), step.label().en());
    AppliedDefault d = e.defaults().get(0);
    assertEquals("facts.requestedTermMonths", d.field());
    assertEquals(String.valueOf(months), d.value());
    assertEquals(source, d.source());
    assertEquals(bankDefault, d.bankDefault());
    assertEquals(base(v).evaluate().maxAmount(), e.maxAmount(), "the amount is computed as usual");
  }

  @ParameterizedTest(name = "{0}: {1} months")
  @MethodSource("longestTerms")
  void theLongestTermAskedForExplicitlyGivesTheSameNumbers_003Art17To18(LoanVariant v, int months, String source, boolean bankDefault) {
    Evaluation defaulted = base(v).without("requestedTermMonths").evaluate();
    Evaluation explicit = base(v).with("requestedTermMonths", months).evaluate();
    assertEquals(defaulted.maturityDate(), explicit.maturityDate());
    assertEquals(defaulted.maxTermDays(), explicit.maxTermDays());
    assertEquals(0, defaulted.maxAmount().compareTo(explicit.maxAmount()));
    assertEquals(defaulted.decision(), explicit.decision());
    assertTrue(explicit.defaults().isEmpty());
  }

  @ParameterizedTest
  @EnumSource(value = LoanVariant.class, names = {"SINGLE_CONTRACT", "SERIES_CONTRACT", "SERVICE_OUTSOURCING_SINGLE",
      "SERVICE_OUTSOURCING_SERIES", "LEASING"})
  void aRequestedTermBeyondABankDefaultIsReferredAndStandsAsAsked_003Art17To18(LoanVariant v) {
    Evaluation e = base(v).with("requestedTermMonths", 240).evaluate();
    assertEquals(Severity.REFER, severity(e, LoanTerm.MAX_TERM));
    assertEquals(Decision.REFER, e.decision());
    assertEquals(VALUE_DATE.plusMonths(240), e.maturityDate());
    assertTrue(e.termSteps().get(1).bankDefault());
    assertFalse(e.termSteps().get(1).binding());
  }

  @Test
  void aRequestedTermWithinTheMaximumBinds_003Art17() {
    Evaluation e = base(LoanVariant.SERIES_CONTRACT).evaluate();
    assertEquals(LocalDate.of(2029, 7, 16), e.maturityDate(), "40 months requested, 48 the longest");
    assertTrue(e.termSteps().get(0).binding());
    assertEquals(Decision.APPROVABLE, e.decision());
  }

  @Test
  void theBanksOwnLongestTermReplacesTheDefault_003Art17() {
    Evaluation e = base(LoanVariant.SINGLE_CONTRACT).without("requestedTermMonths").bank("singleContractMaxTermMonths", "24").evaluate();
    assertEquals(VALUE_DATE.plusMonths(24), e.maturityDate());
    assertTrue(e.termSteps().get(0).label().en().contains("bank's own setting"), e.termSteps().get(0).label().en());
    assertEquals(Severity.REFER, severity(base(LoanVariant.SINGLE_CONTRACT).with("requestedTermMonths", 30)
        .bank("singleContractMaxTermMonths", "24").evaluate(), LoanTerm.MAX_TERM));
  }

  @Test
  void operatingCapitalBeyondThreeYearsIsStillRejectedNotReferred_003Art17() {
    Evaluation e = base(LoanVariant.OPERATING_CAPITAL).with("requestedTermMonths", 48).evaluate();
    assertEquals(Severity.REJECT, severity(e, LoanTerm.MAX_TERM));
    assertEquals(VALUE_DATE.plusMonths(36), e.maturityDate());
  }
}
