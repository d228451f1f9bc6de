package com.tfp.product.nra;

import static com.tfp.spi.testing.EvaluationAssertions.checklist;
import static com.tfp.spi.testing.EvaluationAssertions.codes;
import static com.tfp.spi.testing.EvaluationAssertions.finding;
import static com.tfp.spi.testing.EvaluationAssertions.severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.evaluation.Decision;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.LineOccupation;
import com.tfp.spi.evaluation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scope conditions of 001 NRA Art.2, 3, 5, 7 are hard: each rejects the deal. */
class ScopeRulesTest {

  @Test
  void inScopeDealIsApprovableOnTheFinancialInstitutionsLine_001NraArt2_001ExportLcArt4() {
    Evaluation e = Deal.of("NEGOTIATION").evaluate();
    assertEquals(Decision.APPROVABLE, e.decision());
    assertEquals(Severity.INFO, severity(e, "NRA-SCOPE"));
    assertEquals(Severity.INFO, severity(e, "NRA-CLASS-1"));
    assertEquals(LineOccupation.FINANCIAL_INSTITUTION, e.lineOccupation());
    assertTrue(checklist(e).contains("NRA-FI-LINES"));
  }

  @ParameterizedTest(name = "{0}={1} → {2}")
  @CsvSource({
      "nraAccountOpen, false,                              NRA-ACCOUNT",   // Art.2
      "lcIssuer,       OTHER,                              NRA-ISSUER",    // Art.2
      "amlCleared,     false,                              NRA-AML"})      // Art.7 / X5
  void outOfScopeIsRejected_001NraArt2_Art7(String fact, String value, String code) {
    Object v = value.equals("false") ? (Object) Boolean.FALSE : value;
    Evaluation e = Deal.of("FORFAITING").with(fact, v).evaluate();
    assertEquals(Severity.REJECT, severity(e, code));
    assertEquals(Decision.REJECT, e.decision());
    assertFalse(codes(e).contains("NRA-SCOPE"));
    assertNotNull(e.maxAmount()); // still computed
  }

  @Test
  void domesticCorrespondentWithFiLineIsInScope_001NraArt2() {
    assertEquals(Decision.APPROVABLE,
        Deal.of("EXPORT_DISCOUNT").with("lcIssuer", "DOMESTIC_CORRESPONDENT_WITH_FI_LINE").evaluate().decision());
  }

  @ParameterizedTest(name = "entrepôt, low-risk={0}, issuer={1} → {2}")
  @CsvSource({
      "true,  OWN_DOMESTIC_BRANCH,                 APPROVABLE",
      "false, OWN_DOMESTIC_BRANCH,                 REJECT",
      "true,  DOMESTIC_CORRESPONDENT_WITH_FI_LINE, REJECT",
      "false, DOMESTIC_CORRESPONDENT_WITH_FI_LINE, REJECT"})
  void entrepotTradeNeedsLowRiskIssuanceByTheOwnBranch_001NraArt3(boolean lowRisk, String issuer, Decision decision) {
    Evaluation e = Deal.of("NEGOTIATION").with("entrepotTrade", true).with("lowRiskIssuance", lowRisk)
        .with("lcIssuer", issuer).evaluate();
    assertEquals(decision, e.decision());
    assertEquals(decision == Decision.REJECT, codes(e).contains("NRA-ENTREPOT"));
    assertTrue(e.requiredDocuments().stream().anyMatch(d -> d.code().equals("NRA-ENTREPOT-CONTRACTS")));
  }

  @ParameterizedTest(name = "related buyer, group line={0} → {1}")
  @CsvSource({"false, REJECT", "true, APPROVABLE"})
  void relatedDomesticBuyerMustSitUnderTheGroupLine_001NraArt5(boolean groupLine, Decision decision) {
    Evaluation e = Deal.of("BILL_PURCHASE").with("relatedDomesticBuyer", true).with("groupLine", groupLine).evaluate();
    assertEquals(decision, e.decision());
    assertEquals(decision == Decision.REJECT, codes(e).contains("NRA-RELATED-BUYER"));
  }

  @ParameterizedTest(name = "{0}: discrepancies accepted={1} → {2}")
  @CsvSource({
      "BILL_PURCHASE,        false, REJECT",
      "BILL_PURCHASE,        true,  APPROVABLE",
      "NEGOTIATION,          false, REFER",
      "EXPORT_PAY_ON_BEHALF, false, REFER",
      "NEGOTIATION,          true,  APPROVABLE"})
  void discrepanciesMustBeAccepted_001NraArt2(String variant, boolean accepted, Decision decision) {
    Evaluation e = Deal.of(variant).with("discrepancies", true).with("discrepanciesAccepted", accepted).evaluate();
    assertEquals(decision, e.decision(), codes(e).toString());
    if (decision != Decision.APPROVABLE) {
      assertEquals(decision == Decision.REJECT ? Severity.REJECT : Severity.REFER, severity(e, "NRA-DISCREPANCIES"));
    }
    assertTrue(e.requiredDocuments().stream().anyMatch(d -> d.code().equals("NRA-ACCEPTANCE")));
  }

  @Test
  void referSaysWhatTheApproverMayOverride_001NraArt2() {
    Evaluation e = Deal.of("NEGOTIATION").with("discrepancies", true).evaluate();
    assertTrue(finding(e, "NRA-DISCREPANCIES").orElseThrow().message().en().contains("an approver may proceed"));
  }

  @Test
  void everyFailedScopeConditionIsReported() {
    Evaluation e = Deal.of("BILL_PURCHASE").with("nraAccountOpen", false).with("lcIssuer", "OTHER")
        .with("relatedDomesticBuyer", true).with("amlCleared", false).evaluate();
    assertTrue(codes(e).containsAll(java.util.List.of("NRA-ACCOUNT", "NRA-ISSUER", "NRA-RELATED-BUYER", "NRA-AML")));
  }
}
