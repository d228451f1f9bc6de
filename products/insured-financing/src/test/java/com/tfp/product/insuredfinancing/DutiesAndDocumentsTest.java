package com.tfp.product.insuredfinancing;

import static com.tfp.product.insuredfinancing.InsuredFinancingFixture.deal;
import static com.tfp.spi.testing.EvaluationAssertions.checklist;
import static com.tfp.spi.testing.EvaluationAssertions.codes;
import static com.tfp.spi.testing.EvaluationAssertions.document;
import static com.tfp.spi.testing.EvaluationAssertions.obligations;
import static com.tfp.spi.testing.EvaluationAssertions.severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.evaluation.Decision;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.RequiredDocument;
import com.tfp.spi.evaluation.Severity;
import com.tfp.spi.testing.TestDeal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DutiesAndDocumentsTest {

  @Test
  void remittanceWithoutRegistrationIsADutyBeforeDisbursementNotARefusal_SfzArt11() {
    TestDeal deal = deal().with("settlement", "REMITTANCE");
    Evaluation e = deal.evaluate();
    assertEquals(Decision.APPROVABLE, e.decision());
    assertTrue(obligations(e).contains("IF-PLEDGE-REGISTRATION"));
    assertEquals("001 股份制 Art.11", e.obligations().get(0).source());

    deal.with("receivablePledgeRegistered", true);
    Evaluation registered = deal.evaluate();
    assertFalse(obligations(registered).contains("IF-PLEDGE-REGISTRATION"));
    assertEquals(Severity.INFO, severity(registered, "IF-PLEDGE-REGISTERED"));
  }

  @Test
  void noPledgeRegistrationOutsideRemittance_SfzArt11() {
    Evaluation e = deal().evaluate();
    assertEquals(List.of("IF-LINE-RELEASE", "IF-INSURER-NOTICE"), obligations(e));
  }

  @Test
  void withoutRecourseListsTheEightExceptions_XinbaoCh1() {
    TestDeal deal = deal().with("withoutRecourse", true);
    Evaluation e = deal.evaluate();
    assertEquals(Severity.INFO, severity(e, "IF-RECOURSE-EXCEPTIONS"));
    assertFalse(codes(e).contains("IF-WITH-RECOURSE"));
    assertTrue(checklist(e).contains("IF-RECOURSE-CLAUSES"));
    assertTrue(e.findings().stream().filter(f -> f.code().equals("IF-RECOURSE-EXCEPTIONS")).findFirst().orElseThrow()
        .message().zh().contains("8、由于保单除外责任"));
  }

  @Test
  void lcDealsNeedTheOriginalLcAndFullDocuments_BanfaA3_1() {
    assertTrue(document(deal().evaluate(), "IF-LC-AND-DOCUMENTS").isEmpty());
    TestDeal deal = deal().with("settlement", "LC");
    RequiredDocument lc = document(deal.evaluate(), "IF-LC-AND-DOCUMENTS").orElseThrow();
    assertTrue(lc.mandatory());
  }

  @Test
  void policySetTradeDocumentsAndContractsAreMandatory_SfzArt8() {
    Evaluation e = deal().evaluate();
    for (String code : List.of("IF-APPLICATION", "IF-REPAYMENT-PLAN", "IF-FINANCING-CONTRACT", "IF-PLEDGE-CONTRACT",
        "IF-POLICY", "IF-BUYER-LIMIT-APPROVAL", "IF-PREMIUM-RECEIPT", "IF-EXPORT-DECLARATION-FORM",
        "IF-INDEMNITY-ASSIGNMENT", "IF-CLAIM-AGREEMENT", "IF-CONTRACT", "IF-INVOICE", "IF-PACKING-LIST",
        "IF-INSPECTION-CERTIFICATE", "IF-CUSTOMS-DECLARATION", "IF-TRANSPORT-DOCUMENT")) {
      assertTrue(document(e, code).orElseThrow(() -> new AssertionError(code)).mandatory(), code);
    }
    assertFalse(document(e, "IF-EXPORT-LICENCE").orElseThrow().mandatory());
  }
}
