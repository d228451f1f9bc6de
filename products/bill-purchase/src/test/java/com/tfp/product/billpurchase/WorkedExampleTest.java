package com.tfp.product.billpurchase;

import static com.tfp.product.billpurchase.Deals.*;
import static com.tfp.spi.testing.EvaluationAssertions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.evaluation.Decision;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.LineOccupation;
import com.tfp.spi.evaluation.Severity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example of API.md must hold exactly. */
class WorkedExampleTest {

  @Test
  void cleanSightLcToJapanIsApprovableFor90PercentAnd18Days_004Art10Art11() {
    Evaluation e = sightLc().evaluate();
    assertEquals(Decision.APPROVABLE, e.decision(), () -> codes(e).toString());
    assertEquals(List.of(), codes(e, Severity.REFER));
    assertAmount("90000.00", e.maxAmount());
    assertEquals(LocalDate.of(2026, 12, 19), e.maturityDate());
    assertEquals(18, e.maxTermDays());
    assertEquals(2, e.riskClass());
    assertEquals(LineOccupation.CUSTOMER, e.lineOccupation());
    assertNull(e.marginRatio());
    assertNull(e.earlierStageRepayment());
    assertFinding(e, "BP-TERM-REGION", Severity.INFO, "004 Art.10");
    assertEquals("90000.00", bindingStep(e.amountSteps()).value());
    assertEquals("004 Art.11", bindingStep(e.amountSteps()).source());
    assertEquals("2026-12-19", bindingStep(e.termSteps()).value());
    assertTrue(document(e, "BP-APPLICATION").orElseThrow().mandatory());
    assertTrue(checklist(e).contains("BP-PERFORMANCE-CAPACITY"));
  }

  @Test
  void evaluationIsDeterministic() {
    assertEquals(sightLc().evaluate(), sightLc().evaluate());
  }

  @Test
  void everyFindingCitesItsSeedArticleInBothLanguages() {
    Evaluation e = usanceLc(120).with("softClauses", true).with("badBankConduct", true).with("safeCategory", "C")
        .evaluate();
    e.findings().forEach(f -> {
      assertTrue(f.source().matches("004 Art\\.\\d+"), f.source());
      assertTrue(f.message().isComplete(), f.code());
      assertTrue(f.code().startsWith("BP-"), f.code());
    });
    e.reviewChecklist().forEach(c -> assertTrue(c.source().startsWith("004 Art."), c.code()));
    e.obligations().forEach(c -> assertTrue(c.source().startsWith("004 Art."), c.code()));
  }
}
