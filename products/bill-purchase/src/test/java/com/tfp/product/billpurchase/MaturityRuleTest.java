package com.tfp.product.billpurchase;

import static com.tfp.product.billpurchase.Deals.*;
import static com.tfp.spi.testing.EvaluationAssertions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.evaluation.Decision;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.Severity;
import com.tfp.spi.evaluation.Step;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaturityRuleTest {

  @ParameterizedTest(name = "issuing bank in {0} -> {1} days")
  @CsvSource({
      // 18 days: the countries and regions the seed names
      "JP, 18", "KR, 18", "HK, 18", "MO, 18", "TW, 18", "SG, 18", "MY, 18",
      // 23 days: Europe (by region) and the four named countries
      "DE, 23", "FR, 23", "GB, 23", "IT, 23", "US, 23", "CA, 23", "AU, 23", "NZ, 23",
      // 28 days: West Asia, CIS, Latin America, Africa (by region)
      "AE, 28", "SA, 28", "TR, 28", "RU, 28", "KZ, 28", "BR, 28", "MX, 28", "AR, 28", "NG, 28", "ZA, 28", "EG, 28",
      // 35 days: everything else, including other Asian and Oceanian countries and countries the table does not list
      "IN, 35", "TH, 35", "VN, 35", "CN, 35", "FJ, 35", "IS, 35", "CL, 35"})
  void sightLcTermIsMailingDaysByIssuingBankCountry_004Art10(String country, int days) {
    Evaluation e = sightLc().with("issuingBankCountry", country).evaluate();
    assertEquals(days, e.maxTermDays());
    assertEquals(VALUE_DATE.plusDays(days), e.maturityDate());
    assertEquals(Decision.APPROVABLE, e.decision());
    assertTrue(finding(e, "BP-TERM-REGION").orElseThrow().message().en().contains(days + " days"));
  }

  @Test
  void sightLcToJapanGetsEighteenDays_004Art10() {
    Evaluation e = sightLc().evaluate();
    assertEquals(LocalDate.of(2026, 12, 19), e.maturityDate());
    assertEquals(1, e.termSteps().size());
  }

  @Test
  void usanceTermStopsThreeBusinessDaysAfterAcceptanceMaturity_004Art10() {
    // value 2026-09-15 + 15 usance + 18 mailing = 2026-10-18; acceptance maturity 2026-09-30 + 3 business days
    // skips the National Day holiday (10-01..07) and lands on the working Saturday 2026-10-10
    Evaluation e = usanceLc(15).valueDate(LocalDate.of(2026, 9, 15)).with("acceptanceReceived", true)
        .with("acceptanceMaturityDate", "2026-09-30").evaluate();
    assertEquals(Decision.APPROVABLE, e.decision(), () -> codes(e).toString());
    assertEquals(LocalDate.of(2026, 10, 10), e.maturityDate());
    assertEquals(25, e.maxTermDays());
    List<Step> steps = e.termSteps();
    assertEquals(List.of("2026-10-18", "2026-09-30", "2026-10-10"), steps.stream().map(Step::value).toList());
    assertEquals("2026-10-10", bindingStep(steps).value());
  }

  @Test
  void usanceTermIsUsancePlusMailingDaysWhenThatIsEarlier_004Art10() {
    // 2026-12-01 + 60 + 23 (Germany) = 2027-02-22; acceptance maturity 2027-02-26 + 3 business days = 2027-03-03
    Evaluation e = usanceLc(60).with("issuingBankCountry", "DE").with("acceptanceReceived", true)
        .with("acceptanceMaturityDate", "2027-02-26").evaluate();
    assertEquals(LocalDate.of(2027, 2, 22), e.maturityDate());
    assertEquals(83, e.maxTermDays());
    assertEquals("2027-02-22", bindingStep(e.termSteps()).value());
    assertEquals("2027-03-03", e.termSteps().get(2).value());
  }

  @Test
  void usanceLcWithoutAcceptanceIsReferred_004Art9() {
    Evaluation e = usanceLc(60).evaluate();
    assertEquals(Decision.REFER, e.decision());
    assertEquals(List.of("BP-ACCEPTANCE-PENDING"), codes(e, Severity.REFER));
    assertFinding(e, "BP-ACCEPTANCE-PENDING", Severity.REFER, "004 Art.9");
    // the term is still computed: 2026-12-01 + 60 + 18
    assertEquals(LocalDate.of(2027, 2, 17), e.maturityDate());
  }

  @Test
  void acceptanceMaturityBeforeValueDateIsRejected_004Art10() {
    Evaluation e = usanceLc(60).with("acceptanceReceived", true).with("acceptanceMaturityDate", "2026-11-30")
        .evaluate();
    assertEquals(Decision.REJECT, e.decision());
    assertFinding(e, "BP-DATES", Severity.REJECT, "004 Art.10");
    assertNull(e.maturityDate());
    assertAmount("90000.00", e.maxAmount());
  }

  @Test
  void dpTermRunsToExpectedPaymentDate_004Art10() {
    Evaluation e = dpSight(LocalDate.of(2027, 3, 11)).evaluate();
    assertEquals(LocalDate.of(2027, 3, 11), e.maturityDate());
    assertEquals(100, e.maxTermDays());
    assertFinding(e, "BP-TERM-DP", Severity.INFO, "004 Art.10");
    assertEquals(List.of("BP-DP-SIGHT"), codes(e, Severity.REFER));
  }

  @ParameterizedTest(name = "D/P term {0} days -> over 360 referred {1}")
  @CsvSource({"360, false", "361, true", "500, true"})
  void dpTermBeyond360DaysIsReferredButKeepsTheExpectedDate_004Art10(int days, boolean referred) {
    LocalDate expected = VALUE_DATE.plusDays(days);
    Evaluation e = dpSight(expected).evaluate();
    assertEquals(referred, finding(e, "BP-DP-TERM-360").isPresent());
    if (referred) assertFinding(e, "BP-DP-TERM-360", Severity.REFER, "004 Art.10");
    assertEquals(expected, e.maturityDate());
    assertEquals(days, e.maxTermDays());
    assertEquals(expected.toString(), bindingStep(e.termSteps()).value());
    Step limit = e.termSteps().get(1);
    assertFalse(limit.binding());
    assertEquals(VALUE_DATE.plusDays(360).toString(), limit.value());
  }

  @Test
  void expectedPaymentBeforeValueDateIsRejected_004Art10() {
    Evaluation e = dpSight(VALUE_DATE.minusDays(1)).evaluate();
    assertEquals(Decision.REJECT, e.decision());
    assertFinding(e, "BP-DATES", Severity.REJECT, "004 Art.10");
    assertNull(e.maturityDate());
  }

  @Test
  void expectedPaymentOnTheValueDateIsNotADateError_004Art10() {
    Evaluation e = dpSight(VALUE_DATE).evaluate();
    assertTrue(finding(e, "BP-DATES").isEmpty());
    assertEquals(0, e.maxTermDays());
  }
}
