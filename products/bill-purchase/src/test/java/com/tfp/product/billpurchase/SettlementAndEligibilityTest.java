package com.tfp.product.billpurchase;

import static com.tfp.product.billpurchase.Deals.*;
import static com.tfp.spi.testing.EvaluationAssertions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.evaluation.Decision;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettlementAndEligibilityTest {

  @ParameterizedTest
  @ValueSource(strings = {"DA", "OTHER_COLLECTION"})
  void acceptanceAndOtherCollectionsAreRejected_004Art2(String settlement) {
    Evaluation e = sightLc().with("settlement", settlement).without("issuingBankCountry").evaluate();
    assertEquals(Decision.REJECT, e.decision());
    assertFinding(e, "BP-SETTLEMENT", Severity.REJECT, "004 Art.2");
    // the amount is still computed: the inputs allow it
    assertAmount("90000.00", e.maxAmount());
  }

  @Test
  void dpAtSightIsAlwaysReferredAndNeedsRecourseOrInsurance_004Art2() {
    Evaluation e = dpSight(VALUE_DATE.plusDays(45)).evaluate();
    assertEquals(Decision.REFER, e.decision());
    assertEquals(List.of("BP-DP-SIGHT"), codes(e, Severity.REFER));
    assertFinding(e, "BP-DP-SIGHT", Severity.REFER, "004 Art.2");
    assertTrue(checklist(e).contains("BP-DP-COVER"));
    // no L/C, so the missing documentsCompliant does not count as a discrepancy
    assertTrue(finding(e, "BP-DISCREPANCIES").isEmpty());
  }

  @Test
  void lcSettlementIsEligible_004Art2() {
    assertFinding(sightLc().evaluate(), "BP-SETTLEMENT", Severity.INFO, "004 Art.2");
  }

  @Test
  void correspondentBankStatusGoesToChecklist_004Art2() {
    assertTrue(checklist(sightLc().evaluate()).contains("BP-CORRESPONDENT"));
  }

  @Test
  void noTradingRightsIsRejected_004Art6() {
    Evaluation e = sightLc().without("exportLicence").evaluate();
    assertEquals(Decision.REJECT, e.decision());
    assertFinding(e, "BP-EXPORT-LICENCE", Severity.REJECT, "004 Art.6");
    assertNotNull(e.maturityDate());
    assertAmount("90000.00", e.maxAmount());
  }

  @ParameterizedTest
  @ValueSource(strings = {"B", "C"})
  void safeClassBOrCIsReferred_004Art6(String safe) {
    Evaluation e = sightLc().with("safeCategory", safe).evaluate();
    assertEquals(Decision.REFER, e.decision());
    assertFinding(e, "BP-SAFE-CATEGORY", Severity.REFER, "004 Art.6");
    assertTrue(finding(e, "BP-ELIGIBILITY").isEmpty());
  }

  @Test
  void safeClassNotGivenGoesToChecklistWithoutChangingTheDecision_004Art6() {
    Evaluation e = sightLc().without("safeCategory").evaluate();
    assertEquals(Decision.APPROVABLE, e.decision());
    assertTrue(checklist(e).contains("BP-SAFE-CATEGORY"));
    assertFinding(e, "BP-ELIGIBILITY", Severity.INFO, "004 Art.6");
  }

  @Test
  void safeClassAIsNotOnChecklist_004Art6() {
    assertFalse(checklist(sightLc().evaluate()).contains("BP-SAFE-CATEGORY"));
  }

  @Test
  void workingCapitalAndPerformanceConditionsAreOnChecklist_004Art6() {
    Evaluation e = sightLc().with("buyerRelationshipYears", "6").evaluate();
    assertTrue(checklist(e).contains("BP-WORKING-CAPITAL"));
    assertTrue(e.reviewChecklist().stream().filter(c -> c.code().equals("BP-PERFORMANCE-CAPACITY"))
        .anyMatch(c -> c.text().en().contains("6 years") && c.source().equals("004 Art.6")));
  }

  @Test
  void customerWithOverdueBillPurchaseIsRejected_004Art28() {
    Evaluation e = sightLc().customer(customerWithOverdue("bill-purchase")).evaluate();
    assertEquals(Decision.REJECT, e.decision());
    assertFinding(e, "BP-OVERDUE-CUSTOMER", Severity.REJECT, "004 Art.28");
  }

  @Test
  void overdueDealInAnotherProductDoesNotBlockBillPurchase_004Art28() {
    Evaluation e = sightLc().customer(customerWithOverdue("insured-financing")).evaluate();
    assertEquals(Decision.APPROVABLE, e.decision());
    assertFinding(e, "BP-OVERDUE-CUSTOMER", Severity.INFO, "004 Art.28");
    assertFalse(checklist(e).contains("BP-OVERDUE-CHECK"));
  }

  @Test
  void withoutCustomerRecordTheLedgerCheckGoesToChecklist_004Art28() {
    Evaluation e = sightLc().evaluate();
    assertTrue(finding(e, "BP-OVERDUE-CUSTOMER").isEmpty());
    assertTrue(checklist(e).contains("BP-OVERDUE-CHECK"));
  }
}
