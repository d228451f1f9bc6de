package com.tfp.product.sellerscredit;

import static com.tfp.product.sellerscredit.Deals.base;
import static com.tfp.product.sellerscredit.Deals.contract;
import static com.tfp.spi.testing.EvaluationAssertions.assertAmount;
import static com.tfp.spi.testing.EvaluationAssertions.checklist;
import static com.tfp.spi.testing.EvaluationAssertions.codes;
import static com.tfp.spi.testing.EvaluationAssertions.documents;
import static com.tfp.spi.testing.EvaluationAssertions.obligations;
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

class ServiceOutsourcingLoanTest {

  static final LoanVariant SINGLE = LoanVariant.SERVICE_OUTSOURCING_SINGLE;
  static final LoanVariant SERIES = LoanVariant.SERVICE_OUTSOURCING_SERIES;

  @Test
  void singleContractCostLessOwnAndOtherFunds_003Art14() {
    // 5,000,000 − 1,000,000 − 500,000 = 3,500,000
    Evaluation e = base(SINGLE).evaluate();
    assertEquals(Decision.APPROVABLE, e.decision(), () -> e.findings().toString());
    assertAmount("3500000.00", e.maxAmount());
    assertEquals(List.of("5000000.00", "1000000.00", "500000.00", "3500000.00"), e.amountSteps().stream().map(Step::value).toList());
    assertEquals(LocalDate.of(2027, 3, 16), e.maturityDate());
    assertEquals(3, e.riskClass());
  }

  @Test
  void singleWithOwnFundsFromParts_003Art14() {
    // 800,000 + 200,000 − 300,000 − 100,000 − 100,000 = 500,000; 5,000,000 − 500,000 − 0 (default) = 4,500,000
    Evaluation e = base(SINGLE).without("ownFunds").without("otherFundsRaised").with("netProfit", "800000")
        .with("depreciation", "200000").with("capitalExpenditure", "300000").with("dividends", "100000")
        .with("maturingLoans", "100000").evaluate();
    assertAmount("4500000.00", e.maxAmount());
  }

  @Test
  void costCoveredByOwnFundsIsNoNeed_003Art14() {
    Evaluation e = base(SINGLE).with("contractsCost", "1500000").evaluate();
    assertEquals(Severity.REJECT, severity(e, LoanAmount.NO_NEED));
    assertAmount("0", e.maxAmount());
  }

  @Test
  void seriesFormulaWithTurnoverOverTheExecutionPeriod_003Art14() {
    // Σ = (6,500,000 − 650,000) + (12,000,000 − 1,200,000) = 16,650,000; turnover 3 × 24 ÷ 12 = 6
    // 16,650,000 ÷ 6 = 2,775,000; − 500,000 − 275,000 = 2,000,000
    Evaluation e = base(SERIES).evaluate();
    assertEquals(Decision.APPROVABLE, e.decision(), () -> e.findings().toString());
    assertAmount("2000000.00", e.maxAmount());
    assertEquals(List.of("16650000.00", "2775000.00", "500000.00", "275000.00", "2000000.00"),
        e.amountSteps().stream().map(Step::value).toList());
    assertTrue(e.amountSteps().get(1).label().en().contains("turnover 6"));
    // "software testing" and "Software Testing " are the same type
    assertEquals(Severity.INFO, severity(e, SeriesContractRules.SAME_KIND));
  }

  @Test
  void seriesWithFractionalTurnover_003Art14() {
    // turnover 2.5 × 30 ÷ 12 = 6.25; 16,650,000 ÷ 6.25 = 2,664,000; − 775,000 = 1,889,000
    Evaluation e = base(SERIES).with("annualTurnoverCount", "2.5").with("executionMonths", 30).evaluate();
    assertAmount("1889000.00", e.maxAmount());
  }

  @Test
  void seriesOverFiveYearsIsRejected_003Art14() {
    Evaluation e = base(SERIES).with("executionMonths", 72).evaluate();
    assertEquals(Severity.REJECT, severity(e, SeriesContractRules.PERIOD));
    // still sized: 16,650,000 ÷ 18 = 925,000; − 775,000 = 150,000
    assertAmount("150000.00", e.maxAmount());
  }

  @Test
  void seriesToDifferentTypesAndCountriesIsRejected_003Art6And8() {
    Evaluation e = base(SERIES).with("contracts", List.of(
        contract("amount", "1000000", "exportFxCost", "6.5", "prepayment", "0", "productType", "testing", "country", "US"),
        contract("amount", "1000000", "exportFxCost", "6.5", "prepayment", "0", "productType", "call centre", "country", "DE")))
        .evaluate();
    assertEquals(Severity.REJECT, severity(e, SeriesContractRules.SAME_KIND));
  }

  @Test
  void softwareCertificationIsHardForOutsourcing_003Art6And8() {
    Evaluation e = base(SINGLE).with("sectorQualification", false).evaluate();
    assertEquals(Decision.REJECT, e.decision());
    assertEquals(Severity.REJECT, severity(e, QualificationRules.SOFTWARE));
  }

  @Test
  void withoutSignedContractTheSubsidyConditionIsChecked_003Art8() {
    Evaluation e = base(SINGLE).with("contractSigned", false).evaluate();
    assertEquals(Decision.APPROVABLE, e.decision());
    assertFalse(codes(e).contains(OutsourcingConditions.CODE));
    assertTrue(checklist(e).contains(OutsourcingConditions.CODE));
    assertEquals(Severity.INFO, severity(base(SINGLE).evaluate(), OutsourcingConditions.CODE));
  }

  @Test
  void outsourcingDutiesAndDocuments_003Art4And11() {
    Evaluation e = base(SERIES).evaluate();
    assertTrue(obligations(e).contains("SC-OUTSOURCING-USE"));
    assertTrue(checklist(e).contains("SC-OUTSOURCING-PREPAYMENT"));
    assertEquals(true, documents(e).get("SC-COMMERCIAL-CONTRACTS"));
    assertEquals(false, documents(e).get("SC-PREPAYMENT-EVIDENCE"));
  }
}
