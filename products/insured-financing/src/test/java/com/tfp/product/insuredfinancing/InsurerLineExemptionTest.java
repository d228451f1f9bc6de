package com.tfp.product.insuredfinancing;

import static com.tfp.product.insuredfinancing.InsuredFinancingFixture.deal;
import static com.tfp.spi.testing.EvaluationAssertions.codes;
import static com.tfp.spi.testing.EvaluationAssertions.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.Finding;
import com.tfp.spi.evaluation.LineOccupation;
import com.tfp.spi.evaluation.Severity;
import com.tfp.spi.testing.TestDeal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InsurerLineExemptionTest {

  /** The base deal (amount 80,000) with every exemption condition of 股份制 Art.3 at its boundary. */
  static TestDeal exempt() {
    return deal()
        .with("industryTradeIntegrated", true)
        .with("lastYearExportSettlementUsd", "2000000")
        .with("last12MonthsExportSettlement", "1000000.00")
        .with("outstandingInsuredFinancing", "420000.00") // 420,000 + 80,000 = 500,000 = 50% of 1,000,000
        .with("creditRating", "A");
  }

  @ParameterizedTest(name = "{0}={1} -> {2}")
  @CsvSource({
      "creditRating, A, INSURER",
      "creditRating, AAA, INSURER",
      "creditRating, BBB, CUSTOMER",
      "industryTradeIntegrated, false, CUSTOMER",
      "lastYearExportSettlementUsd, 1999999.99, CUSTOMER",
      "lastYearExportSettlementUsd, 2000000.01, INSURER",
      "outstandingInsuredFinancing, 420000.01, CUSTOMER",
      "outstandingInsuredFinancing, 0.00, INSURER",
      "last12MonthsExportSettlement, 999999.98, CUSTOMER",
      // an applicant who does not meet Art.2 (soft: relationship under one year) keeps the customer's line
      "bankRelationshipYears, 0.5, CUSTOMER"})
  void insurerLineOnlyWhenEveryConditionHolds_SfzArt3(String fact, String value, LineOccupation expected) {
    TestDeal deal = exempt().with(fact, value.equals("false") ? (Object) Boolean.FALSE : value);
    Evaluation e = deal.evaluate();
    assertEquals(expected, e.lineOccupation(), () -> e.findings().toString());
    String code = expected == LineOccupation.INSURER ? "IF-LINE-INSURER" : "IF-LINE-CUSTOMER";
    Finding f = finding(e, code).orElseThrow();
    assertEquals(Severity.INFO, f.severity());
    assertEquals("001 股份制 Art.3", f.source());
  }

  @Test
  void theTestIsShownItemByItemWithTheFiftyPercentArithmetic_SfzArt3() {
    Finding f = finding(exempt().evaluate(), "IF-LINE-INSURER").orElseThrow();
    assertTrue(f.message().en().contains("420000.00 + 80000.00 = 500000.00"), f.message().en());
    assertTrue(f.message().en().contains("1000000.00 × 50% = 500000"), f.message().en());
    assertTrue(f.message().en().contains("rating A A or better ✓"), f.message().en());
  }

  @Test
  void shorterHistoryUsesTheActualTotalNotAnnualised_SfzArt3_3() {
    TestDeal deal = exempt()
        .with("historyMonths", 6)
        .with("last12MonthsExportSettlement", "400000.00") // six months' actual total
        .with("outstandingInsuredFinancing", "120000.00"); // 120,000 + 80,000 = 200,000 = 50% of 400,000
    Evaluation e = deal.evaluate();
    assertEquals(LineOccupation.INSURER, e.lineOccupation());
    assertTrue(finding(e, "IF-LINE-INSURER").orElseThrow().message().en().contains("6 months' cumulative export settlement (under 12 months, not annualised)"));
    deal.with("outstandingInsuredFinancing", "120000.01");
    assertEquals(LineOccupation.CUSTOMER, deal.evaluate().lineOccupation());
  }

  @Test
  void missingInputsAreNeverAssumed_SfzArt3() {
    TestDeal deal = exempt().without("outstandingInsuredFinancing");
    Evaluation e = deal.evaluate();
    assertEquals(LineOccupation.CUSTOMER, e.lineOccupation());
    assertTrue(finding(e, "IF-LINE-CUSTOMER").orElseThrow().message().en().contains("outstanding not given"));
    deal = exempt().without("creditRating");
    assertEquals(LineOccupation.CUSTOMER, deal.evaluate().lineOccupation());
  }

  @Test
  void defaultIsTheCustomersLine() {
    Evaluation e = deal().evaluate();
    assertEquals(LineOccupation.CUSTOMER, e.lineOccupation());
    assertTrue(codes(e).contains("IF-LINE-CUSTOMER"));
  }
}
