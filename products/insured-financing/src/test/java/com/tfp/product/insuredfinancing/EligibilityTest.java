package com.tfp.product.insuredfinancing;

import static com.tfp.product.insuredfinancing.InsuredFinancingFixture.deal;
import static com.tfp.spi.testing.EvaluationAssertions.checklist;
import static com.tfp.spi.testing.EvaluationAssertions.codes;
import static com.tfp.spi.testing.EvaluationAssertions.finding;
import static com.tfp.spi.testing.EvaluationAssertions.severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.evaluation.CustomerRecord;
import com.tfp.spi.evaluation.Decision;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.Finding;
import com.tfp.spi.evaluation.Severity;
import com.tfp.spi.testing.TestDeal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EligibilityTest {

  @Test
  void baseDealIsApprovableWithOneInfoPerRuleGroup() {
    Evaluation e = deal().evaluate();
    assertEquals(Decision.APPROVABLE, e.decision(), () -> codes(e).toString());
    assertEquals(List.of("IF-INSURER", "IF-APPLICANT", "IF-ADMISSION", "IF-TRADE-POLICY", "IF-TERM",
        "IF-LINE-CUSTOMER", "IF-WITH-RECOURSE"), codes(e));
    assertTrue(e.findings().stream().allMatch(f -> f.severity() == Severity.INFO));
    assertEquals(2, e.riskClass());
  }

  @ParameterizedTest(name = "{0}={1} -> {2}")
  @CsvSource({
      "exportLicence, false, IF-EXPORT-RIGHTS, 001 RCC Art.6(1)",
      "badSettlementRecord, true, IF-BAD-SETTLEMENT-RECORD, 001 RCC Art.6(4)",
      "securityProvided, false, IF-SECURITY, 001 RCC Art.5",
      "relatedParty, true, IF-RELATED-PARTY, 001 RCC Art.6(12)",
      "goodsShipped, false, IF-GOODS-SHIPPED, 001 RCC Art.6(5)",
      "stateSecretGoods, true, IF-STATE-SECRET, 001 信保规程 Art.9",
      "claimAgreementSigned, false, IF-CLAIM-AGREEMENT, 001 RCC Art.6(9)"})
  void hardConditionsAreRejected(String fact, boolean value, String code, String source) {
    TestDeal deal = deal().with(fact, value);
    Evaluation e = deal.evaluate();
    assertEquals(Decision.REJECT, e.decision());
    Finding f = finding(e, code).orElseThrow();
    assertEquals(Severity.REJECT, f.severity());
    assertEquals(source, f.source());
    assertFalse(f.overridable());
  }

  @Test
  void unsecuredEligibleCustomerNeedsNoSecurity_RccArt5() {
    TestDeal deal = deal().without("securityProvided").with("unsecuredEligible", true);
    Evaluation e = deal.evaluate();
    assertEquals(Decision.APPROVABLE, e.decision());
    assertFalse(codes(e).contains("IF-SECURITY"));
  }

  @Test
  void cifWithoutCargoInsuranceIsRejectedThroughTheSharedConditions_RccArt6_10() {
    TestDeal deal = deal().with("priceTerm", "CIF");
    assertEquals(Severity.REJECT, severity(deal.evaluate(), "IF-CARGO-INSURANCE"));
    deal.with("cargoInsurance", true);
    assertEquals(Decision.APPROVABLE, deal.evaluate().decision());
  }

  @ParameterizedTest(name = "insurer {0} -> {1}")
  @CsvSource({"SINOSURE, IF-INSURER, INFO", "PICC, IF-INSURER, INFO", "PINGAN, IF-INSURER, INFO",
      "Allianz Trade, IF-INSURER-OTHER, REFER"})
  void otherInsurersNeedHeadOfficeApproval_SfzArt5(String insurer, String code, Severity severity) {
    TestDeal deal = deal().with("insurer", insurer);
    Evaluation e = deal.evaluate();
    assertEquals(severity, severity(e, code));
    assertEquals("001 股份制 Art.5", finding(e, code).orElseThrow().source());
  }

  @ParameterizedTest(name = "rating {0} -> {1}")
  @CsvSource({"AAA, APPROVABLE", "BBB, APPROVABLE", "BB, REFER", "C, REFER"})
  void ratingBbbOrBetterAsARule_SfzArt2_1(String rating, Decision decision) {
    TestDeal deal = deal().with("creditRating", rating);
    Evaluation e = deal.evaluate();
    assertEquals(decision, e.decision());
    assertEquals(decision == Decision.REFER, codes(e).contains("IF-RATING"));
  }

  @Test
  void missingRatingGoesToTheChecklistNeverAssumed_SfzArt2_1() {
    TestDeal deal = deal().without("creditRating");
    Evaluation e = deal.evaluate();
    assertEquals(Decision.APPROVABLE, e.decision());
    assertTrue(checklist(e).contains("IF-RATING-CHECK"));
    assertFalse(codes(e).contains("IF-ADMISSION"));
    assertEquals("IF-LINE-CUSTOMER", codes(e).get(codes(e).size() - 2));
  }

  @ParameterizedTest(name = "{0} years -> {1}")
  @CsvSource({"1, APPROVABLE", "0.99, REFER", "0, REFER"})
  void oneYearOfSettlementRelationshipAsARule_SfzArt2_3(String years, Decision decision) {
    TestDeal deal = deal().with("bankRelationshipYears", years);
    Evaluation e = deal.evaluate();
    assertEquals(decision, e.decision());
    if (decision == Decision.REFER) {
      Finding f = finding(e, "IF-SETTLEMENT-RELATIONSHIP").orElseThrow();
      assertTrue(f.overridable());
      assertTrue(f.message().en().contains("an approver may make an exception"));
    }
  }

  @Test
  void missingRelationshipGoesToTheChecklist_SfzArt2_3() {
    TestDeal deal = deal().without("bankRelationshipYears");
    Evaluation e = deal.evaluate();
    assertEquals(Decision.APPROVABLE, e.decision());
    assertTrue(checklist(e).contains("IF-SETTLEMENT-RELATIONSHIP-CHECK"));
  }

  @Test
  void accountAndLineComeFromTheRecordsWhenTiedToACustomer_RccArt6_3() {
    Evaluation untied = deal().evaluate();
    assertTrue(checklist(untied).contains("IF-ACCOUNT-AND-LINE-CHECK"));

    Evaluation ok = deal().customer(new CustomerRecord("C1", Set.of(), false, true, true)).evaluate();
    assertEquals(Decision.APPROVABLE, ok.decision());
    assertFalse(checklist(ok).contains("IF-ACCOUNT-AND-LINE-CHECK"));

    Evaluation noLine = deal().customer(new CustomerRecord("C1", Set.of(), false, true, false)).evaluate();
    assertEquals(Decision.REFER, noLine.decision());
    assertTrue(finding(noLine, "IF-ACCOUNT-AND-LINE").orElseThrow().message().en().contains("no trade-finance line"));
  }

  @Test
  void checklistCarriesWhatNoFactCaptures() {
    List<String> items = checklist(deal().evaluate());
    assertTrue(items.containsAll(List.of("IF-BUYER-RELATIONSHIP", "IF-BENEFICIARY-PAYEE", "IF-IMPORTER-STANDING",
        "IF-COUNTRY-STABILITY", "IF-SEALS", "IF-PERFORMANCE-CAPACITY", "IF-EXPERIENCE", "IF-POLICY-PERIOD-TOTAL",
        "IF-POLICY-EXCLUSIONS", "IF-POLICY-CONSISTENCY", "IF-POLICY-MITIGATION")), items::toString);
  }
}
