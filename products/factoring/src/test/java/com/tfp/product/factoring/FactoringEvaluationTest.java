package com.tfp.product.factoring;

import static com.tfp.product.factoring.FactoringFixture.DUE;
import static com.tfp.product.factoring.FactoringFixture.deal;
import static com.tfp.spi.testing.EvaluationAssertions.checklist;
import static com.tfp.spi.testing.EvaluationAssertions.codes;
import static com.tfp.spi.testing.EvaluationAssertions.document;
import static com.tfp.spi.testing.EvaluationAssertions.finding;
import static com.tfp.spi.testing.EvaluationAssertions.obligations;
import static com.tfp.spi.testing.EvaluationAssertions.severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.evaluation.Decision;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.LineOccupation;
import com.tfp.spi.evaluation.RequiredDocument;
import com.tfp.spi.evaluation.Severity;
import com.tfp.spi.evaluation.Step;
import com.tfp.spi.testing.TestDeal;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FactoringEvaluationTest {

  @Test
  void qualifiedDealIsApprovableOnTheInsurersLine() {
    Evaluation e = deal().evaluate();
    assertEquals(Decision.APPROVABLE, e.decision(), () -> e.findings().toString());
    assertEquals(List.of("FCT-SCOPE", "FCT-TRADE-POLICY", "FCT-QUALIFIED", "FCT-LINE-INSURER", "FCT-RECOURSE-EXCEPTIONS"),
        codes(e));
    assertEquals(0, new BigDecimal("90000").compareTo(e.maxAmount()));
    assertEquals(DUE, e.maturityDate());
    assertEquals(180, e.maxTermDays());
    assertEquals(LineOccupation.INSURER, e.lineOccupation());
    assertEquals(2, e.riskClass());
  }

  @ParameterizedTest(name = "insurer {0} -> {1}")
  @CsvSource({"SINOSURE, APPROVABLE", "PICC, REJECT", "PINGAN, REJECT", "Allianz Trade, REJECT"})
  void sinosureOnly_FctArt1(String insurer, Decision decision) {
    Evaluation e = deal().with("insurer", insurer).evaluate();
    assertEquals(decision, e.decision());
    assertEquals(decision == Decision.REJECT, codes(e).contains("FCT-INSURER-SINOSURE"));
  }

  @ParameterizedTest(name = "payment term {0} -> {1}")
  @CsvSource({"151, APPROVABLE", "360, APPROVABLE", "361, REJECT"})
  void paymentTermAtMost360DaysNot150_FctArt2_1(int days, Decision decision) {
    Evaluation e = deal().with("paymentTermDays", days).evaluate();
    assertEquals(decision, e.decision());
    assertEquals(decision == Decision.REJECT, codes(e).contains("FCT-PAYMENT-TERM"));
  }

  @ParameterizedTest(name = "{0}={1} -> {2}")
  @CsvSource({
      "policyValid, false, FCT-POLICY-VALID",
      "buyerLimitApproved, false, FCT-BUYER-LIMIT",
      "shipmentDeclared, false, FCT-SHIPMENT-DECLARED",
      "premiumPaid, false, FCT-PREMIUM-PAID",
      "indemnityAssignmentSigned, false, FCT-INDEMNITY-ASSIGNMENT",
      "claimAgreementSigned, false, FCT-CLAIM-AGREEMENT",
      "goodsShipped, false, FCT-GOODS-SHIPPED",
      "relatedParty, true, FCT-RELATED-PARTY",
      "stateSecretGoods, true, FCT-STATE-SECRET",
      "volatileGoods, true, FCT-VOLATILE-GOODS"})
  void insuredFinancingTradeAndPolicyConditionsApply_FctArt2_2(String fact, boolean value, String code) {
    Evaluation e = deal().with(fact, value).evaluate();
    assertEquals(Decision.REJECT, e.decision());
    assertEquals(Severity.REJECT, severity(e, code));
  }

  @Test
  void cipWithoutCargoInsuranceIsRejected_RccArt6_10() {
    TestDeal deal = deal().with("priceTerm", "CIP");
    assertEquals(Severity.REJECT, severity(deal.evaluate(), "FCT-CARGO-INSURANCE"));
  }

  @Test
  void noSecurityOrExportRightsRuleOfInsuredFinancing_Section7() {
    Evaluation e = deal().evaluate(); // neither securityProvided nor exportLicence nor a rating given
    assertTrue(codes(e).stream().noneMatch(c -> c.contains("SECURITY") || c.contains("EXPORT-RIGHTS") || c.contains("RATING")));
    assertEquals(Decision.APPROVABLE, e.decision());
  }

  @ParameterizedTest(name = "receivable {0}, limit {1}, deductible {2}, ratio {3} -> {4}")
  @CsvSource({
      "100000.00, 200000.00, 0, 0.9, 90000.00",
      "100000.00, 50000.00, 0, 0.9, 45000.00",
      "100000.00, 200000.00, 10000.00, 0.9, 81000.00",
      "100000.00, 95000.00, 5000.00, 0.8, 72000.00"})
  void amountWithinSinosuresCover_XinbaoArt8(String receivable, String limit, String deductible, String ratio,
      String expected) {
    Evaluation e = deal()
        .with("receivableAmount", receivable)
        .with("buyerCreditLimitBalance", limit)
        .with("deductible", deductible)
        .with("indemnityRatio", ratio)
        .evaluate();
    assertEquals(0, new BigDecimal(expected).compareTo(e.maxAmount()));
    Step binding = e.amountSteps().stream().filter(Step::binding).findFirst().orElseThrow();
    assertEquals(expected, binding.value());
    assertEquals("001 信保规程 Art.8", binding.source());
    assertEquals("001 出口信保保理 Art.1", e.amountSteps().get(0).source());
  }

  @Test
  void nilCoverIsRejected_XinbaoArt8() {
    Evaluation e = deal().with("deductible", "100000.00").evaluate();
    assertEquals(Severity.REJECT, severity(e, "FCT-AMOUNT-NIL"));
    assertEquals(0, BigDecimal.ZERO.compareTo(e.maxAmount()));
  }

  @Test
  void noAmountWithoutABuyerLimit_XinbaoArt8() {
    Evaluation e = deal().without("buyerLimitApproved").without("buyerCreditLimitBalance").evaluate();
    assertEquals(null, e.maxAmount());
    assertEquals(Severity.REJECT, severity(e, "FCT-BUYER-LIMIT"));
  }

  @Test
  void receivableAlreadyDueIsRejected_FctArt1() {
    Evaluation e = deal().with("paymentDueDate", "2026-06-01").evaluate();
    assertEquals(Severity.REJECT, severity(e, "FCT-TERM-NOT-AFTER-VALUE-DATE"));
    assertEquals(0, e.maxTermDays());
  }

  @Test
  void recourseIsKeptInTheEightCases_XinbaoCh1() {
    Evaluation e = deal().evaluate();
    assertTrue(finding(e, "FCT-RECOURSE-EXCEPTIONS").orElseThrow().message().en().contains("(8) the bank got no indemnity because of the policy's exclusions"));
    assertTrue(checklist(e).contains("FCT-RECOURSE-CLAUSES"));
  }

  @Test
  void lineIsTheInsurersButNotLowRisk_XinbaoArt11() {
    Evaluation e = deal().with("scorecardScore", "10").evaluate();
    assertEquals(LineOccupation.INSURER, e.lineOccupation());
    assertTrue(finding(e, "FCT-LINE-INSURER").orElseThrow().message().en().contains("do not make it low-risk"));
  }

  @Test
  void acceptanceNoticeIsMandatoryWhereTheDealReliesOnIt_FctArt3() {
    RequiredDocument notice = document(deal().evaluate(), "FCT-ACCEPTANCE-NOTICE").orElseThrow();
    assertTrue(notice.mandatory());
    assertFalse(document(deal().without("insuranceNoticeIssued").evaluate(), "FCT-ACCEPTANCE-NOTICE").orElseThrow()
        .mandatory());
  }

  @Test
  void dutiesAfterApprovalAndPolicyReview() {
    Evaluation e = deal().evaluate();
    assertEquals(List.of("FCT-LEDGER-AND-COLLECTION", "FCT-LINE-RELEASE", "FCT-INSURER-NOTICE"), obligations(e));
    assertTrue(checklist(e).containsAll(List.of("FCT-FACTORING-RULES", "FCT-POLICY-EXCLUSIONS", "FCT-POLICY-MITIGATION")));
  }
}
