package com.tfp.product.billpurchase;

import static com.tfp.product.billpurchase.Deals.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.RequiredDocument;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RequiredDocumentsTest {

  static Map<String, Boolean> documents(Evaluation e) {
    return e.requiredDocuments().stream().collect(Collectors.toMap(RequiredDocument::code, RequiredDocument::mandatory));
  }

  @Test
  void lcDealNeedsApplicationOriginalLcAndDocuments_004Art17() {
    assertEquals(Map.of("BP-APPLICATION", true, "BP-LC-ORIGINAL", true, "BP-PRESENTATION-DOCUMENTS", true,
        "BP-CONTRACT", false, "BP-GUARANTEE-CONTRACT", false), documents(evaluate(sightLc())));
  }

  @Test
  void dpDealNeedsArrivalAndPaymentStatementButNoLc_004Art17() {
    Map<String, Boolean> docs = documents(evaluate(dpSight(VALUE_DATE.plusDays(40))));
    assertEquals(true, docs.get("BP-ARRIVAL-PAYMENT-STATEMENT"));
    assertFalse(docs.containsKey("BP-LC-ORIGINAL"));
  }

  @Test
  void guaranteeContractIsMandatoryOnceSecurityIsStated_004Art17() {
    assertTrue(documents(evaluate(with(sightLc(), "securityProvided", true))).get("BP-GUARANTEE-CONTRACT"));
  }

  @Test
  void everyDocumentCitesItsArticle_004Art17() {
    evaluate(with(sightLc(), "documentsCompliant", false)).requiredDocuments()
        .forEach(d -> assertTrue(List.of("004 Art.17", "004 Art.21").contains(d.source()), d.code()));
  }

  @Test
  void lcDealObligesTheEndorsementAndEveryDealTheProceedsWaterfall_004Art20Art23() {
    Evaluation lc = evaluate(sightLc());
    assertTrue(hasObligation(lc, "BP-LC-ENDORSEMENT"));
    assertTrue(hasObligation(lc, "BP-NO-EXTENSION"));
    assertTrue(lc.obligations().stream().anyMatch(o -> o.code().equals("BP-PROCEEDS-APPLICATION") && o.text().en().contains("ACT/360")));
    Evaluation hkd = evaluate("HKD", VALUE_DATE, dpSight(VALUE_DATE.plusDays(40)), null);
    assertFalse(hasObligation(hkd, "BP-LC-ENDORSEMENT"));
    assertTrue(hkd.obligations().stream().anyMatch(o -> o.code().equals("BP-PROCEEDS-APPLICATION") && o.text().en().contains("ACT/365")));
  }
}
