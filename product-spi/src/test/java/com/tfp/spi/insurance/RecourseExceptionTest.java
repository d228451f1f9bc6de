package com.tfp.spi.insurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.evaluation.Decision;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.LineOccupation;
import com.tfp.spi.evaluation.Severity;
import org.junit.jupiter.api.Test;

class RecourseExceptionTest {

  @Test
  void theSeedNamesEightCases_XinbaoCh1() {
    assertEquals(8, RecourseException.values().length);
    String zh = RecourseException.enumerated().zh();
    assertTrue(zh.startsWith("1、违反销售合同"));
    assertTrue(zh.contains("8、由于保单除外责任"));
    assertTrue(RecourseException.enumerated().en().contains("(7) the amounts the insurer deducts"));
  }

  @Test
  void addToListsThemAsOneInfoAndAChecklistItem() {
    Evaluation.Builder out = Evaluation.builder(2, LineOccupation.INSURER);
    RecourseException.addTo(out, "FCT");
    Evaluation e = out.build();
    assertEquals(Decision.APPROVABLE, e.decision());
    assertEquals(1, e.findings().size());
    assertEquals("FCT-RECOURSE-EXCEPTIONS", e.findings().get(0).code());
    assertEquals(Severity.INFO, e.findings().get(0).severity());
    assertEquals("001 信保规程 Ch.1", e.findings().get(0).source());
    assertEquals("FCT-RECOURSE-CLAUSES", e.reviewChecklist().get(0).code());
  }
}
