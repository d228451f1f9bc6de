package com.tfp.product.factoring;

import static com.tfp.product.factoring.FactoringFixture.deal;
import static com.tfp.spi.testing.EvaluationAssertions.checklist;
import static com.tfp.spi.testing.EvaluationAssertions.codes;
import static com.tfp.spi.testing.EvaluationAssertions.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.evaluation.Decision;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.Finding;
import com.tfp.spi.evaluation.Severity;
import com.tfp.spi.testing.TestDeal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QualifiedDealTest {

  @ParameterizedTest(name = "{0}={1} -> {2}")
  @CsvSource({
      "buyerRelationshipYears, 2, QUALIFIED",
      "buyerRelationshipYears, 1.99, NON_QUALIFIED",
      "coversAllCommercialRisks, false, NON_QUALIFIED",
      "coversPoliticalRisk, false, NON_QUALIFIED",
      "scorecardScore, 70, QUALIFIED",
      "scorecardScore, 69.99, NON_QUALIFIED",
      "insuranceNoticeIssued, false, NON_QUALIFIED"})
  void qualifiedOnlyWhenAllFourHold_FctArt3_1(String fact, String value, String expected) {
    Evaluation e = deal().with(fact, value.equals("false") ? (Object) Boolean.FALSE : value).evaluate();
    if (expected.equals("QUALIFIED")) {
      assertEquals(Decision.APPROVABLE, e.decision());
      assertEquals(Severity.INFO, finding(e, "FCT-QUALIFIED").orElseThrow().severity());
    } else {
      assertEquals(Decision.REFER, e.decision());
      Finding f = finding(e, "FCT-NON-QUALIFIED").orElseThrow();
      assertEquals(Severity.REFER, f.severity());
      assertEquals("001 出口信保保理 Art.3(2)", f.source());
      assertTrue(f.message().en().contains(" ✗"));
    }
  }

  @Test
  void buyerInMainlandChinaCountsAsNoPoliticalRisk_FctArt3_1_2() {
    Evaluation e = deal().without("coversPoliticalRisk").with("buyerInMainlandChina", true).evaluate();
    assertEquals(Decision.APPROVABLE, e.decision());
    assertTrue(finding(e, "FCT-QUALIFIED").orElseThrow().message().en().contains("buyer in mainland China: no political risk"));
  }

  @Test
  void unknownRelationshipIsNeverAssumed_FctArt3_1_1() {
    Evaluation e = deal().without("buyerRelationshipYears").evaluate();
    assertTrue(codes(e).contains("FCT-NON-QUALIFIED"));
    assertTrue(checklist(e).contains("FCT-RELATIONSHIP-CHECK"));
  }

  @Test
  void nonQualifiedIsReferredToTheConfiguredAuthority_FctArt3_2() {
    TestDeal deal = deal().without("insuranceNoticeIssued");
    Finding byDefault = finding(deal.evaluate(), "FCT-NON-QUALIFIED").orElseThrow();
    assertTrue(byDefault.message().en().contains("(bank default rule)"));
    assertTrue(byDefault.message().en().contains("the next higher approval authority may approve it"));
    assertTrue(byDefault.overridable());

    Finding configured = finding(deal.bank("nonQualified.referTo", "Head-office credit committee").evaluate(),
        "FCT-NON-QUALIFIED").orElseThrow();
    assertFalse(configured.message().en().contains("(bank default rule)"));
    assertTrue(configured.message().en().contains("Head-office credit committee may approve it"));
  }
}
