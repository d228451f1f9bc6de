package com.tfp.product.domesticlc;

import static com.tfp.spi.testing.EvaluationAssertions.checklist;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.RequiredDocument;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RequiredDocumentsTest {

  static Map<String, Boolean> docs(Evaluation e) {
    return e.requiredDocuments().stream().collect(Collectors.toMap(RequiredDocument::code, RequiredDocument::mandatory));
  }

  @Test
  void issuanceNeedsApplicationAndUndertakingUnlessMasterUndertakingOnFile_001Art12() {
    Evaluation e = Deal.of("ISSUANCE").evaluate();
    assertEquals(Map.of("DLC-LC-APPLICATION", true, "DLC-APPLICANT-UNDERTAKING", false, "DLC-CONTRACT", true), docs(e));
    assertTrue(checklist(e).contains("DLC-MASTER-UNDERTAKING"));
  }

  @Test
  void packingLoanHasNoShippingDocumentsYet_000s11() {
    assertEquals(Map.of("DLC-FINANCING-APPLICATION", true, "DLC-LC", true, "DLC-CONTRACT", true),
        docs(Deal.of("PACKING_LOAN").evaluate()));
  }

  @Test
  void forfaitingRestsOnTheAcceptance_000s11() {
    Map<String, Boolean> d = docs(Deal.of("FORFAITING").evaluate());
    assertEquals(6, d.size());
    assertTrue(d.get("DLC-ACCEPTANCE"));
    assertTrue(d.get("DLC-INVOICE"));
    assertEquals(5, docs(Deal.of("BUYER_BILL_PURCHASE").evaluate()).size());
  }
}
