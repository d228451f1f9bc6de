package com.tfp.spi.insurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.evaluation.DocumentSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class InsuredTradeDocumentsTest {

  private static List<DocumentSpec> all(InsuredTradeDocuments d) {
    return List.of(d.indemnityAssignment(), d.claimAgreement(), d.contract(), d.invoice(), d.packingList(),
        d.customsDeclaration(), d.transportDocument());
  }

  @Test
  void everyDocumentCarriesTheProductsPrefixAndCitesItsArticle() {
    for (DocumentSpec d : all(InsuredTradeDocuments.of("FCT"))) {
      assertTrue(d.code().startsWith("FCT-"), d.code());
      assertTrue(d.name().isComplete(), d.code());
      assertTrue(d.source().startsWith("001 "), d.code());
    }
  }

  @Test
  void indemnityAssignmentIsTheTripartiteAgreementOfRccArt6() {
    DocumentSpec d = InsuredTradeDocuments.of("IF").indemnityAssignment();
    assertEquals("IF-INDEMNITY-ASSIGNMENT", d.code());
    assertEquals("三方《赔款转让协议》", d.name().zh());
    assertEquals("001 RCC Art.6(8)", d.source());
  }

  @Test
  void twoProductsGetTheSameTextsUnderTheirOwnCodes() {
    List<DocumentSpec> a = all(InsuredTradeDocuments.of("IF"));
    List<DocumentSpec> b = all(InsuredTradeDocuments.of("FCT"));
    for (int i = 0; i < a.size(); i++) {
      assertEquals(a.get(i).name(), b.get(i).name());
      assertEquals(a.get(i).source(), b.get(i).source());
      assertEquals(a.get(i).code().substring(3), b.get(i).code().substring(4));
    }
  }
}
