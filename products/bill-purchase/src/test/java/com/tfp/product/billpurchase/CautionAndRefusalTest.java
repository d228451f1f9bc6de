package com.tfp.product.billpurchase;

import static com.tfp.product.billpurchase.Deals.*;
import static com.tfp.spi.testing.EvaluationAssertions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.evaluation.Decision;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CautionAndRefusalTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "specialLcType, BP-SPECIAL-LC-TYPE",
      "softClauses, BP-SOFT-CLAUSES",
      "deferredPayment, BP-DEFERRED-PAYMENT",
      "restrictedNegotiation, BP-RESTRICTED-NEGOTIATION",
      "roundaboutReimbursement, BP-ROUNDABOUT-REIMBURSEMENT",
      "expiryAbroadNearPresentation, BP-EXPIRY-ABROAD"})
  void eachCautionFlagIsReferredOnItsOwn_004Art7(String fact, String code) {
    Evaluation e = sightLc().with(fact, true).evaluate();
    assertEquals(Decision.REFER, e.decision());
    assertEquals(List.of(code), codes(e, Severity.REFER));
    assertFinding(e, code, Severity.REFER, "004 Art.7");
    assertTrue(finding(e, "BP-CAUTION-LIST").isEmpty());
    assertAmount("90000.00", e.maxAmount());
  }

  @Test
  void cleanDealShowsOneCautionInfo_004Art7() {
    assertFinding(sightLc().evaluate(), "BP-CAUTION-LIST", Severity.INFO, "004 Art.7");
  }

  @Test
  void missingFullSetOfTitleDocumentsIsReferredNotRefused_004Art7() {
    Evaluation e = sightLc().with("fullSetTitleDocuments", false).evaluate();
    assertEquals(Decision.REFER, e.decision());
    assertEquals(List.of("BP-TITLE-DOCUMENTS"), codes(e, Severity.REFER));
  }

  @Test
  void missingTitleDocumentsAlsoCountForDp_004Art7() {
    Evaluation e = dpSight(VALUE_DATE.plusDays(30)).without("fullSetTitleDocuments").evaluate();
    assertEquals(List.of("BP-DP-SIGHT", "BP-TITLE-DOCUMENTS"), codes(e, Severity.REFER));
  }

  @Test
  void discrepantLcDocumentsAreReferredAndNeedUndertakingAndIndemnity_004Art7Art21() {
    Evaluation e = sightLc().with("documentsCompliant", false).evaluate();
    assertEquals(Decision.REFER, e.decision());
    assertEquals(List.of("BP-DISCREPANCIES"), codes(e, Severity.REFER));
    assertTrue(document(e, "BP-BRANCH-UNDERTAKING").orElseThrow().mandatory());
    assertTrue(document(e, "BP-CUSTOMER-INDEMNITY").orElseThrow().mandatory());
    assertEquals("004 Art.21", document(e, "BP-CUSTOMER-INDEMNITY").orElseThrow().source());
  }

  @Test
  void compliantDocumentsNeedNoUndertaking_004Art21() {
    Evaluation e = sightLc().evaluate();
    assertTrue(document(e, "BP-BRANCH-UNDERTAKING").isEmpty());
    assertTrue(document(e, "BP-CUSTOMER-INDEMNITY").isEmpty());
  }

  @ParameterizedTest(name = "usance {0} days -> referred {1}")
  @CsvSource({"90, false", "91, true", "180, true", "30, false"})
  void usanceOver90DaysIsReferred_004Art7(long usance, boolean referred) {
    Evaluation e = usanceLc(usance).with("acceptanceReceived", true)
        .with("acceptanceMaturityDate", VALUE_DATE.plusDays(usance).toString()).evaluate();
    assertEquals(referred, finding(e, "BP-USANCE-OVER-90").isPresent());
    assertEquals(referred ? Decision.REFER : Decision.APPROVABLE, e.decision());
    if (referred) assertFinding(e, "BP-USANCE-OVER-90", Severity.REFER, "004 Art.7");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "badBankConduct, BP-BAD-BANK-CONDUCT",
      "countryInTurmoil, BP-COUNTRY-TURMOIL",
      "fxShortage, BP-FX-SHORTAGE",
      "applicantBadRecord, BP-APPLICANT-BAD-RECORD",
      "badSettlementRecord, BP-APPLICANT-BAD-RECORD"})
  void refuseInPrincipleCaseIsRejectedWithoutExtraSecurity_004Art8(String fact, String code) {
    Evaluation e = sightLc().with(fact, true).evaluate();
    assertEquals(Decision.REJECT, e.decision());
    assertEquals(List.of(code), codes(e, Severity.REJECT));
    assertFinding(e, code, Severity.REJECT, "004 Art.8");
    // amount and term are still shown
    assertAmount("90000.00", e.maxAmount());
    assertEquals(18, e.maxTermDays());
  }

  @ParameterizedTest(name = "{0} secured -> {1}")
  @CsvSource({
      "badBankConduct, BP-BAD-BANK-CONDUCT",
      "countryInTurmoil, BP-COUNTRY-TURMOIL",
      "fxShortage, BP-FX-SHORTAGE",
      "applicantBadRecord, BP-APPLICANT-BAD-RECORD"})
  void refuseInPrincipleCaseIsReferredOnceExtraSecurityIsInPlace_004Art8(String fact, String code) {
    Evaluation e = sightLc().with(fact, true).with("extraSecurity", true).evaluate();
    assertEquals(Decision.REFER, e.decision());
    assertEquals(List.of(code), codes(e, Severity.REFER));
    assertTrue(finding(e, code).orElseThrow().message().en().contains("extra credit security is in place"));
    // the security's contract then belongs in the file
    assertTrue(document(e, "BP-GUARANTEE-CONTRACT").orElseThrow().mandatory());
  }

  @Test
  void severalGroundsEachGetTheirOwnFinding_004Art8() {
    Evaluation e = sightLc().with("badBankConduct", true).with("fxShortage", true).evaluate();
    assertEquals(List.of("BP-BAD-BANK-CONDUCT", "BP-FX-SHORTAGE"), codes(e, Severity.REJECT));
    assertTrue(finding(e, "BP-REFUSAL-LIST").isEmpty());
  }

  @Test
  void extraSecurityAloneChangesNothing_004Art8() {
    Evaluation e = sightLc().with("extraSecurity", true).evaluate();
    assertEquals(Decision.APPROVABLE, e.decision());
    assertFinding(e, "BP-REFUSAL-LIST", Severity.INFO, "004 Art.8");
    assertFalse(codes(e, Severity.REFER).contains("BP-BAD-BANK-CONDUCT"));
  }
}
