package com.tfp.product.insuredfinancing;

import static com.tfp.product.insuredfinancing.InsuredFinancingFixture.checklist;
import static com.tfp.product.insuredfinancing.InsuredFinancingFixture.codes;
import static com.tfp.product.insuredfinancing.InsuredFinancingFixture.deal;
import static com.tfp.product.insuredfinancing.InsuredFinancingFixture.document;
import static com.tfp.product.insuredfinancing.InsuredFinancingFixture.evaluate;
import static com.tfp.product.insuredfinancing.InsuredFinancingFixture.obligations;
import static com.tfp.product.insuredfinancing.InsuredFinancingFixture.severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.evaluation.Decision;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.RequiredDocument;
import com.tfp.spi.evaluation.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DutiesAndDocumentsTest {

  @Test
  void remittanceWithoutRegistrationIsADutyBeforeDisbursementNotARefusal_SfzArt11() {
    Map<String, Object> raw = deal();
    raw.put("settlement", "REMITTANCE");
    Evaluation e = evaluate(raw);
    assertEquals(Decision.APPROVABLE, e.decision());
    assertTrue(obligations(e).contains("IF-PLEDGE-REGISTRATION"));
    assertEquals("001 股份制 Art.11", e.obligations().get(0).source());

    raw.put("receivablePledgeRegistered", true);
    Evaluation registered = evaluate(raw);
    assertFalse(obligations(registered).contains("IF-PLEDGE-REGISTRATION"));
    assertEquals(Severity.INFO, severity(registered, "IF-PLEDGE-REGISTERED"));
  }

  @Test
  void noPledgeRegistrationOutsideRemittance_SfzArt11() {
    Evaluation e = evaluate(deal());
    assertEquals(List.of("IF-LINE-RELEASE", "IF-INSURER-NOTICE"), obligations(e));
  }

  @Test
  void withoutRecourseListsTheEightExceptions_XinbaoCh1() {
    Map<String, Object> raw = deal();
    raw.put("withoutRecourse", true);
    Evaluation e = evaluate(raw);
    assertEquals(Severity.INFO, severity(e, "IF-RECOURSE-EXCEPTIONS"));
    assertFalse(codes(e).contains("IF-WITH-RECOURSE"));
    assertTrue(checklist(e).contains("IF-RECOURSE-CLAUSES"));
    assertTrue(e.findings().stream().filter(f -> f.code().equals("IF-RECOURSE-EXCEPTIONS")).findFirst().orElseThrow()
        .message().zh().contains("8、由于保单除外责任"));
  }

  @Test
  void lcDealsNeedTheOriginalLcAndFullDocuments_BanfaA3_1() {
    assertTrue(document(evaluate(deal()), "IF-LC-AND-DOCUMENTS").isEmpty());
    Map<String, Object> raw = deal();
    raw.put("settlement", "LC");
    RequiredDocument lc = document(evaluate(raw), "IF-LC-AND-DOCUMENTS").orElseThrow();
    assertTrue(lc.mandatory());
  }

  @Test
  void policySetTradeDocumentsAndContractsAreMandatory_SfzArt8() {
    Evaluation e = evaluate(deal());
    for (String code : List.of("IF-APPLICATION", "IF-REPAYMENT-PLAN", "IF-FINANCING-CONTRACT", "IF-PLEDGE-CONTRACT",
        "IF-POLICY", "IF-BUYER-LIMIT-APPROVAL", "IF-PREMIUM-RECEIPT", "IF-EXPORT-DECLARATION-FORM",
        "IF-INDEMNITY-ASSIGNMENT", "IF-CLAIM-AGREEMENT", "IF-CONTRACT", "IF-INVOICE", "IF-PACKING-LIST",
        "IF-INSPECTION-CERTIFICATE", "IF-CUSTOMS-DECLARATION", "IF-TRANSPORT-DOCUMENT")) {
      assertTrue(document(e, code).orElseThrow(() -> new AssertionError(code)).mandatory(), code);
    }
    assertFalse(document(e, "IF-EXPORT-LICENCE").orElseThrow().mandatory());
  }
}
