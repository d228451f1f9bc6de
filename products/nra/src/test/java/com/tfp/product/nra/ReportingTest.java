package com.tfp.product.nra;

import static com.tfp.spi.testing.EvaluationAssertions.checklist;
import static com.tfp.spi.testing.EvaluationAssertions.obligations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.RequiredDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 001 NRA Art.6–8: reporting duties, AML and fees. */
class ReportingTest {

  @Test
  void foreignCurrencyDealReportsBopAndAsksAboutRmbFlows_001NraArt6() {
    Evaluation e = Deal.of("NEGOTIATION").evaluate();
    assertEquals(List.of("NRA-BOP-REPORT", "NRA-AML-REPORT", "NRA-FEES"), obligations(e));
    assertTrue(checklist(e).contains("NRA-RMB-FLOWS"));
    assertTrue(checklist(e).containsAll(List.of("NRA-ACCOUNT-FLOWS", "NRA-TRADE-BACKGROUND")));
  }

  @Test
  void rmbDealAlsoReportsToThePboc_001NraArt6() {
    Evaluation e = Deal.of("EXPORT_PAY_ON_BEHALF").currency("CNY").evaluate();
    assertTrue(obligations(e).containsAll(List.of("NRA-BOP-REPORT", "NRA-RMB-REPORT")));
    assertFalse(checklist(e).contains("NRA-RMB-FLOWS"));
    assertEquals("001 NRA Art.6", e.obligations().get(1).source());
  }

  @Test
  void documentsFollowTheVariant_001NraArt2_Art3() {
    assertEquals(List.of("NRA-APPLICATION", "NRA-LC", "NRA-PRESENTED-DOCUMENTS"),
        Deal.of("NEGOTIATION").evaluate().requiredDocuments().stream().map(RequiredDocument::code).toList());
    assertEquals(List.of("NRA-APPLICATION", "NRA-LC", "NRA-PRESENTED-DOCUMENTS", "NRA-ACCEPTANCE"),
        Deal.of("FORFAITING").evaluate().requiredDocuments().stream().map(RequiredDocument::code).toList());
  }
}
