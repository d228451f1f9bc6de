package com.tfp.spi.insurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.evaluation.ActionItem;
import com.tfp.spi.evaluation.Decision;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.Finding;
import com.tfp.spi.evaluation.LineOccupation;
import com.tfp.spi.evaluation.Severity;
import com.tfp.spi.facts.Facts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CreditInsuranceConditionsTest {

  static Map<String, Object> allMet() {
    Map<String, Object> m = new HashMap<>();
    for (String f : List.of("policyValid", "buyerLimitApproved", "shipmentDeclared", "premiumPaid",
        "indemnityAssignmentSigned", "claimAgreementSigned", "goodsShipped", "cargoInsurance")) {
      m.put(f, true);
    }
    m.put("priceTerm", "CIF");
    return m;
  }

  static Evaluation run(Map<String, Object> facts) {
    Evaluation.Builder out = Evaluation.builder(2, LineOccupation.CUSTOMER);
    CreditInsuranceConditions.check(Facts.of(facts), out, "IF");
    return out.build();
  }

  static List<String> codes(Evaluation e) {
    return e.findings().stream().map(Finding::code).toList();
  }

  @Test
  void allConditionsMetGiveOneInfo_RccArt6() {
    Evaluation e = run(allMet());
    assertEquals(Decision.APPROVABLE, e.decision());
    assertEquals(List.of("IF-TRADE-POLICY"), codes(e));
    assertEquals("001 RCC Art.6", e.findings().get(0).source());
    assertTrue(e.reviewChecklist().isEmpty());
  }

  @ParameterizedTest(name = "{0} -> {1} ({2})")
  @CsvSource({
      "goodsShipped, false, IF-GOODS-SHIPPED, 001 RCC Art.6(5)",
      "policyValid, false, IF-POLICY-VALID, 001 RCC Art.6(6)",
      "buyerLimitApproved, false, IF-BUYER-LIMIT, 001 RCC Art.6(6)",
      "shipmentDeclared, false, IF-SHIPMENT-DECLARED, 001 RCC Art.6(7)",
      "premiumPaid, false, IF-PREMIUM-PAID, 001 RCC Art.6(7)",
      "indemnityAssignmentSigned, false, IF-INDEMNITY-ASSIGNMENT, 001 RCC Art.6(8)",
      "claimAgreementSigned, false, IF-CLAIM-AGREEMENT, 001 RCC Art.6(9)",
      "cargoInsurance, false, IF-CARGO-INSURANCE, 001 RCC Art.6(10)",
      "relatedParty, true, IF-RELATED-PARTY, 001 RCC Art.6(12)",
      "stateSecretGoods, true, IF-STATE-SECRET, 001 信保规程 Art.9",
      "volatileGoods, true, IF-VOLATILE-GOODS, 001 办法A §3(2)"})
  void eachBrokenConditionIsAHardReject(String fact, boolean value, String code, String source) {
    Map<String, Object> f = allMet();
    f.put(fact, value);
    Evaluation.Builder out = Evaluation.builder(2, LineOccupation.CUSTOMER);
    assertFalse(CreditInsuranceConditions.check(Facts.of(f), out, "IF"));
    Evaluation e = out.build();
    assertEquals(Decision.REJECT, e.decision());
    assertEquals(List.of(code), codes(e));
    assertEquals(Severity.REJECT, e.findings().get(0).severity());
    assertEquals(source, e.findings().get(0).source());
    assertTrue(e.findings().get(0).message().en().startsWith("[Hard rule"));
  }

  @Test
  void missingBooleansCountAsNotMetAndEveryBreachIsReported() {
    Evaluation e = run(Map.of("priceTerm", "FOB"));
    assertEquals(7, e.findings().size());
    assertTrue(e.findings().stream().allMatch(f -> f.severity() == Severity.REJECT));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"FOB", "CFR", "FCA", "EXW"})
  void noCargoInsuranceNeededWhenTheBuyerInsures_RccArt6_10(String term) {
    Map<String, Object> f = allMet();
    f.put("priceTerm", term);
    f.remove("cargoInsurance");
    Evaluation e = run(f);
    assertEquals(Decision.APPROVABLE, e.decision());
    assertTrue(e.reviewChecklist().isEmpty());
  }

  @Test
  void cipWithoutCargoInsuranceIsRejectedEvenInLowerCase_RccArt6_10() {
    Map<String, Object> f = allMet();
    f.put("priceTerm", "cip");
    f.remove("cargoInsurance");
    assertEquals(List.of("IF-CARGO-INSURANCE"), codes(run(f)));
  }

  @Test
  void unknownOrMissingPriceTermGoesToTheChecklist_RccArt6_10() {
    Map<String, Object> f = allMet();
    f.remove("priceTerm");
    assertEquals(List.of("IF-CARGO-INSURANCE-CHECK"), run(f).reviewChecklist().stream().map(ActionItem::code).toList());
    f.put("priceTerm", "C&I");
    assertEquals(List.of("IF-CARGO-INSURANCE-CHECK"), run(f).reviewChecklist().stream().map(ActionItem::code).toList());
  }

  @Test
  void theProductPrefixNamesTheCodes() {
    Map<String, Object> f = allMet();
    f.put("volatileGoods", true);
    Evaluation.Builder out = Evaluation.builder(2, LineOccupation.INSURER);
    CreditInsuranceConditions.check(Facts.of(f), out, "FCT");
    assertEquals(List.of("FCT-VOLATILE-GOODS"), codes(out.build()));
  }

  @Test
  void policyReviewAddsThreeChecklistItemsAndNoFinding_000s16() {
    Evaluation.Builder out = Evaluation.builder(2, LineOccupation.CUSTOMER);
    CreditInsuranceConditions.addPolicyReview(out, "FCT");
    Evaluation e = out.build();
    assertEquals(List.of("FCT-POLICY-EXCLUSIONS", "FCT-POLICY-CONSISTENCY", "FCT-POLICY-MITIGATION"),
        e.reviewChecklist().stream().map(ActionItem::code).toList());
    assertEquals("000 §16", e.reviewChecklist().get(2).source());
    assertTrue(e.findings().isEmpty());
  }
}
