package com.tfp.product.importbilladvance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.evaluation.CustomerRecord;
import com.tfp.spi.evaluation.Decision;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.Finding;
import com.tfp.spi.evaluation.Step;
import com.tfp.spi.testing.TestDeal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of import bill advance with worked numbers, one branch at a time. */
class ImportBillAdvanceTest {

  static final ImportBillAdvancePlugin PLUGIN = new ImportBillAdvancePlugin();

  /** USD 200,000.00 under an L/C the bank has accepted to pay, target customer rated BBB, 90 days asked. */
  static TestDeal lc() {
    return TestDeal.of(PLUGIN).variant("LC").currency("USD").valueDate("2026-12-01")
        .with("billAmount", "200000.00").with("requestedTermDays", 90).with("paymentAccepted", true)
        .with("exportLicence", true).with("customerTier", "TARGET").with("creditRating", "BBB");
  }

  static List<String> codes(Evaluation e) {
    return e.findings().stream().map(Finding::code).toList();
  }

  static Step binding(List<Step> steps) {
    return steps.stream().filter(Step::binding).findFirst().orElseThrow();
  }

  @Test
  void advanceIsNinetyPercentOfThePaymentByDefault_002Art28() {
    Evaluation e = lc().evaluate();
    assertEquals(Decision.APPROVABLE, e.decision(), codes(e)::toString);
    // 90% of 200,000.00 = 180,000.00 = 200,000.00 less the 10% margin of a BBB target customer: the first binds
    assertEquals("180000.00", e.maxAmount().toPlainString());
    assertEquals("002 Art.28", binding(e.amountSteps()).source());
    assertTrue(binding(e.amountSteps()).bankDefault());
    assertEquals("0.10", e.marginRatio().toPlainString());
    assertEquals(LocalDate.of(2027, 3, 1), e.maturityDate());
    assertEquals(90, e.maxTermDays());
    assertEquals(3, e.riskClass());
  }

  @Test
  void theArticle41MarginBindsForANonTargetCustomer_002Art41() {
    Evaluation e = lc().with("customerTier", "NON_TARGET").evaluate();
    assertEquals("140000.00", e.maxAmount().toPlainString()); // 200,000.00 less 30%
    assertEquals("002 Art.41", binding(e.amountSteps()).source());
    assertEquals("0.30", e.marginRatio().toPlainString());
  }

  @Test
  void volatileGoodsRaiseTheMarginAndAreReferred_002Art41() {
    Evaluation e = lc().with("customerTier", "NON_TARGET").with("volatileGoods", true).evaluate();
    assertEquals("120000.00", e.maxAmount().toPlainString()); // 200,000.00 less 40%
    assertEquals(Decision.REFER, e.decision());
    assertTrue(codes(e).contains("IBA-VOLATILE-GOODS"));
  }

  @Test
  void theMarginHeldIsNotFinanced_002Art21() {
    Evaluation e = lc().with("marginHeld", "50000.00").evaluate();
    assertEquals("150000.00", e.maxAmount().toPlainString());
    assertEquals("002 Art.21", binding(e.amountSteps()).source());
  }

  @Test
  void theBanksOwnAdvanceRatioReplacesTheDefault() {
    Evaluation e = lc().bank("advanceRatio", "0.8").evaluate();
    assertEquals("160000.00", e.maxAmount().toPlainString());
    assertFalse(binding(e.amountSteps()).bankDefault());
    assertTrue(binding(e.amountSteps()).label().en().contains("bank's own setting"));
  }

  @Test
  void withoutTheBanksPaymentObligationUnderAnLcNoAdvance_000S11() {
    Evaluation e = lc().with("paymentAccepted", false).evaluate();
    assertEquals(Decision.REJECT, e.decision());
    assertTrue(codes(e).contains("IBA-LC-PAYMENT-NOT-ACCEPTED"));
  }

  @Test
  void theResaleCycleShortensTheTerm_000S11() {
    Evaluation e = lc().with("resaleCycleDays", 45).evaluate();
    assertEquals(LocalDate.of(2027, 1, 15), e.maturityDate());
    assertEquals(45, e.maxTermDays());
  }

  @Test
  void beyondTheUsualTermIsReferredAndBeyondTheLongestRejected() {
    Evaluation usual = lc().with("requestedTermDays", 120).evaluate();
    assertEquals(Decision.REFER, usual.decision());
    assertTrue(codes(usual).contains("IBA-TERM-USUAL"));
    Evaluation longest = lc().with("requestedTermDays", 200).evaluate();
    assertEquals(Decision.REJECT, longest.decision());
    assertTrue(codes(longest).contains("IBA-TERM-LONGEST"));
    assertEquals(LocalDate.of(2027, 5, 30), longest.maturityDate()); // 180 days binds
  }

  @Test
  void anUnknownTierLeavesTheMarginToAPerson_002Art41() {
    Evaluation e = lc().without("customerTier").evaluate();
    assertEquals(Decision.REFER, e.decision());
    assertTrue(codes(e).contains("IBA-MARGIN-UNKNOWN"));
    assertTrue(e.reviewChecklist().stream().anyMatch(c -> c.code().equals("IBA-MARGIN")));
    assertEquals("180000.00", e.maxAmount().toPlainString());
  }

  @Test
  void daCollectionIsReferredDpIsNot_002Art28() {
    TestDeal collection = TestDeal.of(PLUGIN).variant("COLLECTION").currency("CNY").valueDate("2026-12-01")
        .with("billAmount", "1000000.00").with("requestedTermDays", 60).with("exportLicence", true)
        .with("customerTier", "GOLDEN");
    assertEquals(Decision.REFER, collection.with("collectionTerms", "DA").evaluate().decision());
    Evaluation dp = collection.with("collectionTerms", "DP").evaluate();
    assertEquals(Decision.APPROVABLE, dp.decision());
    assertEquals("900000.00", dp.maxAmount().toPlainString());
  }

  @Test
  void noTradingRightsOrAnOverdueAdvanceIsRejected() {
    assertTrue(codes(lc().with("exportLicence", false).evaluate()).contains("IBA-TRADING-RIGHTS"));
    Evaluation overdue = lc().customer(new CustomerRecord("C-1", Set.of("import-bill-advance"), false, true, true)).evaluate();
    assertEquals(Decision.REJECT, overdue.decision());
    assertTrue(codes(overdue).contains("IBA-OVERDUE"));
  }

  @Test
  void everyParameterIsABankDefaultCitingItsArticle() {
    PLUGIN.descriptor().parameters().forEach(p -> assertTrue(p.source().matches("00[02] .+"), p.key()));
  }
}
