package com.tfp.product.domesticlc;

import static com.tfp.spi.testing.EvaluationAssertions.checklist;
import static com.tfp.spi.testing.EvaluationAssertions.codes;
import static com.tfp.spi.testing.EvaluationAssertions.finding;
import static com.tfp.spi.testing.EvaluationAssertions.obligations;
import static com.tfp.spi.testing.EvaluationAssertions.severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.evaluation.Decision;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.LineOccupation;
import com.tfp.spi.evaluation.Severity;
import com.tfp.spi.evaluation.Step;
import com.tfp.spi.testing.TestDeal;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 002 Art.41: the import-side margin table, applied to the buyer-side domestic L/C variants by analogy. */
class ImportMarginTableTest {

  @ParameterizedTest(name = "{0} {1} volatile={2} → {3}")
  @CsvSource({
      "GOLDEN,            , false, 0",
      "GOLDEN,            , true,  0.10",
      "ACTIVELY_DEVELOPED,, false, 0.10",
      "ACTIVELY_DEVELOPED,, true,  0.20",
      "TARGET,         AAA, false, 0.10",
      "TARGET,         BBB, false, 0.10",
      "TARGET,         BB,  false, 0.20",
      "TARGET,         B,   false, 0.20",
      "TARGET,         B,   true,  0.30",
      "NON_TARGET,        , false, 0.30",
      "NON_TARGET,     AAA, true,  0.40"})
  void marginByTierRatingAndGoods_002Art41(String tier, String rating, boolean volatileGoods, String expected) {
    TestDeal deal = Deal.of("ISSUANCE").with("customerTier", tier).with("volatileGoods", volatileGoods);
    if (rating == null) deal.without("creditRating"); else deal.with("creditRating", rating);
    Evaluation e = deal.evaluate();
    assertEquals(0, new BigDecimal(expected).compareTo(e.marginRatio()), "margin " + e.marginRatio());
    assertEquals(Severity.INFO, severity(e, "DLC-MARGIN"));
    assertEquals(Decision.APPROVABLE, e.decision());
  }

  @ParameterizedTest(name = "{0} takes the margin too (analogy)")
  @CsvSource({"BUYER_BILL_PURCHASE", "BUYER_PAY_ON_BEHALF"})
  void buyerSideFinancingTakesTheMarginByAnalogy_002Art41(String variant) {
    Evaluation e = Deal.of(variant).with("customerTier", "NON_TARGET").evaluate();
    assertEquals(0, new BigDecimal("0.30").compareTo(e.marginRatio()));
    assertTrue(finding(e, "DLC-MARGIN").orElseThrow().message().en().contains("by analogy"));
  }

  @ParameterizedTest(name = "{0} has no margin")
  @CsvSource({"PACKING_LOAN", "SELLER_BILL_PURCHASE", "FORFAITING"})
  void sellerSideHasNoMargin_002Art41(String variant) {
    Evaluation e = Deal.of(variant).with("customerTier", "NON_TARGET").with("volatileGoods", true).evaluate();
    assertNull(e.marginRatio());
    assertFalse(codes(e).contains("DLC-MARGIN"));
  }

  @Test
  void issuanceMarginIsShownAsAmounts_002Art41_Art21() {
    // target BB: 20% of CNY 1,000,000.00 = 200,000.00 margin; 800,000.00 left on the line
    Evaluation e = Deal.of("ISSUANCE").with("creditRating", "BB").evaluate();
    assertEquals(0, new BigDecimal("1000000.00").compareTo(e.maxAmount()));
    assertEquals("200000.00", step(e, "Cash margin 20%").value());
    assertEquals("800000.00", step(e, "Part not covered by margin").value());
    assertTrue(obligations(e).contains("DLC-MARGIN-COLLECT"));
    assertEquals(LineOccupation.CUSTOMER, e.lineOccupation());
  }

  @Test
  void missingTierGoesToTheChecklistAndNoMarginIsAssumed_002Art41() {
    Evaluation e = Deal.of("ISSUANCE").without("customerTier").evaluate();
    assertNull(e.marginRatio());
    assertTrue(checklist(e).contains("DLC-MARGIN-BASIS"));
    assertEquals(Decision.APPROVABLE, e.decision()); // security is in place; the margin is for a person to set
    assertFalse(obligations(e).contains("DLC-MARGIN-COLLECT"));
  }

  @Test
  void missingRatingOfATargetCustomerGoesToTheChecklist_002Art41() {
    Evaluation e = Deal.of("BUYER_BILL_PURCHASE").without("creditRating").evaluate();
    assertNull(e.marginRatio());
    assertTrue(checklist(e).contains("DLC-MARGIN-BASIS"));
    // an actively-developed customer needs no rating
    assertEquals(0, new BigDecimal("0.10").compareTo(
        Deal.of("BUYER_BILL_PURCHASE").without("creditRating").with("customerTier", "ACTIVELY_DEVELOPED").evaluate().marginRatio()));
  }

  @Test
  void targetRatedBelowBIsChargedAsNonTargetAndChecked_002Art9_Art41() {
    Evaluation e = Deal.of("ISSUANCE").with("creditRating", "CCC").evaluate();
    assertEquals(0, new BigDecimal("0.30").compareTo(e.marginRatio()));
    assertTrue(checklist(e).contains("DLC-TIER-RATING"));
  }

  @Test
  void bankSetsItsOwnFigures_002Art41() {
    Evaluation e = Deal.of("ISSUANCE").with("customerTier", "GOLDEN").bank("marginGolden", "0.05").evaluate();
    assertEquals(0, new BigDecimal("0.05").compareTo(e.marginRatio()));
    assertTrue(finding(e, "DLC-MARGIN").orElseThrow().message().en().contains("bank's own settings"));
  }

  @Test
  void fullMarginIsLowRiskAndOccupiesNoLine_002Art12_Art19() {
    Evaluation e = Deal.of("ISSUANCE").with("customerTier", "NON_TARGET").with("securityProvided", false)
        .bank("marginNonTarget", "1").evaluate();
    assertEquals(0, BigDecimal.ONE.compareTo(e.marginRatio()));
    assertEquals(LineOccupation.NONE, e.lineOccupation());
    assertEquals(Severity.INFO, severity(e, "DLC-SECURITY")); // nothing left uncovered
    assertEquals(Decision.APPROVABLE, e.decision());
    assertEquals("0.00", step(e, "Part not covered by margin").value());
  }

  @Test
  void marginNeverExceedsOneHundredPercent_002Art41() {
    Evaluation e = Deal.of("ISSUANCE").with("customerTier", "NON_TARGET").with("volatileGoods", true)
        .bank("marginNonTarget", "0.95").evaluate();
    assertEquals(0, BigDecimal.ONE.compareTo(e.marginRatio()));
  }

  @Test
  void bankMaySwitchTheAnalogyOff_002Art41() {
    TestDeal buyer = Deal.of("BUYER_PAY_ON_BEHALF").with("securityProvided", false).bank("marginTableForBuyerSide", "0");
    Evaluation e = buyer.evaluate();
    assertNull(e.marginRatio());
    assertFalse(codes(e).contains("DLC-SECURITY")); // Art.11 rides on the same analogy for buyer-side financing
    assertEquals(Decision.APPROVABLE, e.decision());
    // issuance itself still needs security for the part not covered (Art.11), with no table margin
    Evaluation issuance = Deal.of("ISSUANCE").with("securityProvided", false).bank("marginTableForBuyerSide", "0").evaluate();
    assertNull(issuance.marginRatio());
    assertEquals(Severity.REJECT, severity(issuance, "DLC-SECURITY"));
  }

  static Step step(Evaluation e, String enLabelStart) {
    return e.amountSteps().stream().filter(s -> s.label().en().startsWith(enLabelStart)).findFirst()
        .orElseThrow(() -> new AssertionError("no step " + enLabelStart));
  }
}
