package com.tfp.product.billpurchase;

import static com.tfp.product.billpurchase.Deals.*;
import static com.tfp.spi.testing.EvaluationAssertions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.evaluation.Evaluation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequiredDocumentsTest {

  @Test
  void lcDealNeedsApplicationOriginalLcAndDocuments_004Art17() {
    assertEquals(Map.of("BP-APPLICATION", true, "BP-LC-ORIGINAL", true, "BP-PRESENTATION-DOCUMENTS", true,
        "BP-CONTRACT", false, "BP-GUARANTEE-CONTRACT", false), documents(sightLc().evaluate()));
  }

  @Test
  void dpDealNeedsArrivalAndPaymentStatementButNoLc_004Art17() {
    Map<String, Boolean> docs = documents(dpSight(VALUE_DATE.plusDays(40)).evaluate());
    assertEquals(true, docs.get("BP-ARRIVAL-PAYMENT-STATEMENT"));
    assertFalse(docs.containsKey("BP-LC-ORIGINAL"));
  }

  @Test
  void guaranteeContractIsMandatoryOnceSecurityIsStated_004Art17() {
    assertTrue(documents(sightLc().with("securityProvided", true).evaluate()).get("BP-GUARANTEE-CONTRACT"));
  }

  @Test
  void everyDocumentCitesItsArticle_004Art17() {
    sightLc().with("documentsCompliant", false).evaluate().requiredDocuments()
        .forEach(d -> assertTrue(List.of("004 Art.17", "004 Art.21").contains(d.source()), d.code()));
  }

  @Test
  void lcDealObligesTheEndorsementAndEveryDealTheProceedsWaterfall_004Art20Art23() {
    Evaluation lc = sightLc().evaluate();
    assertTrue(obligations(lc).contains("BP-LC-ENDORSEMENT"));
    assertTrue(obligations(lc).contains("BP-NO-EXTENSION"));
    assertTrue(lc.obligations().stream().anyMatch(o -> o.code().equals("BP-PROCEEDS-APPLICATION") && o.text().en().contains("ACT/360")));
    Evaluation hkd = dpSight(VALUE_DATE.plusDays(40)).currency("HKD").evaluate();
    assertFalse(obligations(hkd).contains("BP-LC-ENDORSEMENT"));
    assertTrue(hkd.obligations().stream().anyMatch(o -> o.code().equals("BP-PROCEEDS-APPLICATION") && o.text().en().contains("ACT/365")));
  }
}
