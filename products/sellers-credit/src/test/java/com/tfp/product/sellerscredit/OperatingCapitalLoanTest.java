package com.tfp.product.sellerscredit;

import static com.tfp.product.sellerscredit.Deals.base;
import static com.tfp.spi.testing.EvaluationAssertions.assertAmount;
import static com.tfp.spi.testing.EvaluationAssertions.checklist;
import static com.tfp.spi.testing.EvaluationAssertions.codes;
import static com.tfp.spi.testing.EvaluationAssertions.documents;
import static com.tfp.spi.testing.EvaluationAssertions.severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.evaluation.Decision;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.Severity;
import com.tfp.spi.evaluation.Step;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OperatingCapitalLoanTest {

  static final LoanVariant OC = LoanVariant.OPERATING_CAPITAL;
  static final LoanVariant KE = LoanVariant.KEY_EQUIPMENT;

  @Test
  void annualExportFundingNeed_003Art14() {
    // 120,000,000 × (1 − 10%) × (1 + 20%) = 129,600,000; ÷ 4 = 32,400,000; − 10,000,000 − 2,400,000 = 20,000,000
    Evaluation e = base(OC).evaluate();
    assertEquals(Decision.APPROVABLE, e.decision(), () -> e.findings().toString());
    assertAmount("20000000.00", e.maxAmount());
    assertEquals(List.of("129600000.00", "32400000.00", "10000000.00", "2400000.00", "20000000.00"),
        e.amountSteps().stream().map(Step::value).toList());
    assertEquals(List.of(false, false, false, false, true), e.amountSteps().stream().map(Step::binding).toList());
    assertEquals(4, e.riskClass());
  }

  @Test
  void ownFundsFromTheirParts_003Art14() {
    // own funds = 8,000,000 + 3,000,000 − 2,000,000 − 1,000,000 − 4,000,000 = 4,000,000; 32,400,000 − 4,000,000 − 2,400,000
    Evaluation e = base(OC).without("ownFunds").with("netProfit", "8000000").with("depreciation", "3000000")
        .with("capitalExpenditure", "2000000").with("dividends", "1000000").with("maturingLoans", "4000000")
        .evaluate();
    assertAmount("26000000.00", e.maxAmount());
    assertEquals("4000000.00", e.amountSteps().get(2).value());
  }

  @Test
  void negativeOwnFundsCountAsNone_003Art14() {
    // −1,000,000 + 0 − 0 − 0 − 500,000 < 0 → 0; 32,400,000 − 0 − 2,400,000 = 30,000,000
    Evaluation e = base(OC).without("ownFunds").with("netProfit", "-1000000").with("depreciation", "0")
        .with("capitalExpenditure", "0").with("dividends", "0").with("maturingLoans", "500000").evaluate();
    assertAmount("30000000.00", e.maxAmount());
    assertTrue(e.amountSteps().get(2).label().en().contains("counted as 0"));
  }

  @Test
  void ownFundsCoveringTheNeedLeaveNothingToFinance_003Art14() {
    Evaluation e = base(OC).with("ownFunds", "40000000").evaluate();
    assertEquals(Severity.REJECT, severity(e, LoanAmount.NO_NEED));
    assertAmount("0", e.maxAmount());
  }

  @Test
  void exactlyCoveredNeedIsAlsoNoNeed_003Art14() {
    assertEquals(Severity.REJECT, severity(base(OC).with("ownFunds", "30000000").evaluate(), LoanAmount.NO_NEED));
  }

  @Test
  void termWithinThreeYears_003Art17() {
    Evaluation e = base(OC).evaluate();
    assertEquals(LocalDate.of(2028, 3, 16), e.maturityDate());
    assertEquals(List.of(true, false), e.termSteps().stream().map(Step::binding).toList());
    assertFalse(codes(e).contains(LoanTerm.MAX_TERM));
  }

  @Test
  void termOverThreeYearsIsRejectedAndCutToThreeYears_003Art17() {
    Evaluation e = base(OC).with("requestedTermMonths", 48).evaluate();
    assertEquals(Severity.REJECT, severity(e, LoanTerm.MAX_TERM));
    assertEquals(LocalDate.of(2029, 3, 16), e.maturityDate());
    assertEquals(List.of(false, true), e.termSteps().stream().map(Step::binding).toList());
  }

  @Test
  void exportsStabilityAndAssessmentAreChecked_003Art6And14() {
    Evaluation e = base(OC).evaluate();
    assertTrue(checklist(e).containsAll(List.of("SC-EXPORTS-STABLE", "SC-EXPORT-FIGURES-ASSESSED", "SC-FX-CONVERSION")));
    assertFalse(checklist(e).contains("SC-IMPORTER-STANDING"));
    assertFalse(documents(e).containsKey("SC-COMMERCIAL-CONTRACTS"));
  }

  @Test
  void repairAndConversionNeedsRecords_003Art6And10() {
    Evaluation e = base(OC).with("sector", "REPAIR_CONVERSION").evaluate();
    assertTrue(checklist(e).contains("SC-REPAIR-RECORDS"));
    assertEquals(true, documents(e).get("SC-REPAIR-RECORDS"));
    assertEquals(Severity.REJECT,
        severity(base(OC).with("sector", "REPAIR_CONVERSION").with("sectorQualification", false).evaluate(),
        QualificationRules.SECTOR));
  }

  @Test
  void keyEquipmentUsesItsSalesFigures_003Art14() {
    // 50,000,000 × (1 − 20%) × (1 + 10%) = 44,000,000; ÷ 2 = 22,000,000; − 5,000,000 − 0 = 17,000,000
    Evaluation e = base(KE).evaluate();
    assertEquals(Decision.APPROVABLE, e.decision(), () -> e.findings().toString());
    assertAmount("17000000.00", e.maxAmount());
    assertTrue(e.amountSteps().get(0).label().en().startsWith("Key-equipment sales"));
    assertEquals(LocalDate.of(2029, 3, 16), e.maturityDate());
  }

  @ParameterizedTest
  @ValueSource(strings = {"GENERAL", "COMPLETE_SET_HIGH_TECH", "REPAIR_CONVERSION"})
  void keyEquipmentOutsideShipsAircraftRailIsOutOfScope_003Art4And14(String sector) {
    Evaluation e = base(KE).with("sector", sector).evaluate();
    assertEquals(Severity.REJECT, severity(e, QualificationRules.KEY_EQUIPMENT_SCOPE));
  }

  @Test
  void keyEquipmentIsOperatingCapitalSoAtMostThreeYears_003Art14And17() {
    assertEquals(Severity.REJECT, severity(base(KE).with("requestedTermMonths", 37).evaluate(), LoanTerm.MAX_TERM));
  }

  @Test
  void keyEquipmentProducerNeedsTheQualification_003Art6() {
    assertEquals(Severity.REJECT, severity(base(KE).with("sectorQualification", false).evaluate(),
        QualificationRules.SECTOR));
  }
}
