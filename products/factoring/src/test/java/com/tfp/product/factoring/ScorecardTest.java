package com.tfp.product.factoring;

import static com.tfp.product.factoring.FactoringFixture.deal;
import static com.tfp.spi.testing.EvaluationAssertions.checklist;
import static com.tfp.spi.testing.EvaluationAssertions.codes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.Step;
import com.tfp.spi.testing.TestDeal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorecardTest {

  /** The scorecard steps follow the amount steps (receivable, covered amount, cover). */
  static List<Step> scoreSteps(Evaluation e) {
    return e.amountSteps().subList(3, e.amountSteps().size());
  }

  static TestDeal items(String years, String payment, String country, String rating, String disputes,
      String concentration) {
    return deal()
        .without("scorecardScore")
        .with("buyerRelationshipYears", years)
        .with("scorecardPaymentRecord", payment)
        .with("scorecardCountryRisk", country)
        .with("creditRating", rating)
        .with("scorecardDisputes", disputes)
        .with("scorecardConcentration", concentration);
  }

  @Test
  void eachItemShowsItsPointsUnderTheDefaultWeights_FctArt3_1_3() {
    // 3/5 × 20 = 12; GOOD 20; FAIR 15 × 0.5 = 7.5; BBB is the middle grade 20 × 0.5 = 10; GOOD 15; POOR 0 → 64.50
    Evaluation e = items("3", "GOOD", "FAIR", "BBB", "GOOD", "POOR").evaluate();
    List<Step> steps = scoreSteps(e);
    assertEquals(List.of("12.00", "20.00", "7.50", "10.00", "15.00", "0.00", "64.50"),
        steps.stream().map(Step::value).toList());
    assertTrue(steps.stream().allMatch(Step::bankDefault));
    assertTrue(steps.stream().noneMatch(Step::binding));
    assertTrue(steps.stream().allMatch(s -> s.source().equals("001 出口信保保理 Art.3(1)(3)")));
    assertTrue(steps.get(0).label().en().contains("relationship years 3 years (full marks at 5) → 12.00 of 20 points"));
    // below 70: non-qualified, referred
    assertTrue(codes(e).contains("FCT-NON-QUALIFIED"));
  }

  @Test
  void fullMarksQualify_FctArt3_1_3() {
    Evaluation e = items("7", "GOOD", "GOOD", "AA", "GOOD", "GOOD").evaluate();
    assertEquals("100.00", scoreSteps(e).get(6).value());
    assertTrue(codes(e).contains("FCT-QUALIFIED"));
  }

  @Test
  void ratingBelowBScoresNothing_FctArt3_1_3() {
    Evaluation e = items("5", "GOOD", "GOOD", "CCC", "GOOD", "GOOD").evaluate();
    assertEquals("0.00", scoreSteps(e).get(3).value());
    assertEquals("80.00", scoreSteps(e).get(6).value());
  }

  @Test
  void bankWeightsAreUsedAndScaledToHundred_FctArt3_1_3() {
    Map<String, String> weights = Map.of("scorecard.relationshipYears.weight", "10", "scorecard.paymentRecord.weight", "10",
        "scorecard.countryRisk.weight", "10", "scorecard.customerRating.weight", "10", "scorecard.disputes.weight", "10",
        "scorecard.concentration.weight", "0");
    // all GOOD, 5 years, AA: 50 of 50 → scaled 100.00; concentration POOR weighs nothing
    Evaluation e = items("5", "GOOD", "GOOD", "AA", "GOOD", "POOR").bank(weights).evaluate();
    List<Step> steps = scoreSteps(e);
    assertEquals(List.of("10.00", "10.00", "10.00", "10.00", "10.00", "0.00", "100.00", "100.00"),
        steps.stream().map(Step::value).toList());
    assertFalse(steps.get(1).bankDefault(), "the bank's own weight, GOOD grade: no default in play");
    assertTrue(steps.get(0).bankDefault(), "full-marks years still the default");
    assertTrue(codes(e).contains("FCT-QUALIFIED"));
  }

  @Test
  void middleGradeShareIsConfigurable_FctArt3_1_3() {
    Evaluation e = items("5", "FAIR", "GOOD", "AA", "GOOD", "GOOD").bank("scorecard.middleGradeShare", "0.25").evaluate();
    assertEquals("5.00", scoreSteps(e).get(1).value());
    assertEquals("85.00", scoreSteps(e).get(6).value());
  }

  @Test
  void itemsNotGivenScoreZeroAndGoToTheChecklist_FctArt3_1_3() {
    Evaluation e = deal().without("scorecardScore").evaluate();
    // only the 3 relationship years are known: 12 points
    assertEquals("12.00", scoreSteps(e).get(6).value());
    assertTrue(scoreSteps(e).get(1).label().en().contains("not given, scores 0"));
    assertTrue(checklist(e).contains("FCT-SCORECARD-ITEMS"));
    assertTrue(e.reviewChecklist().stream().filter(a -> a.code().equals("FCT-SCORECARD-ITEMS")).findFirst()
        .orElseThrow().text().en().contains("scorecardPaymentRecord, scorecardCountryRisk, creditRating"));
  }

  @Test
  void aGivenScoreIsTakenAsItIs_FctArt3_1_3() {
    Evaluation e = deal().with("scorecardPaymentRecord", "POOR").evaluate();
    List<Step> steps = scoreSteps(e);
    assertEquals(1, steps.size());
    assertEquals("80", steps.get(0).value());
    assertFalse(steps.get(0).bankDefault());
    assertFalse(checklist(e).contains("FCT-SCORECARD-ITEMS"));
  }
}
