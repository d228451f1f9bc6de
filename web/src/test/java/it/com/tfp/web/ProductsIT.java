package it.com.tfp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every built-in product evaluates on the running server, with worked numbers (hand-computed in the comments), and a
 * hard rule of each rejects. The rule tables themselves are tested in each product module.
 */
class ProductsIT {

  static final String INSURED = """
      {"product":"insured-financing","currency":"USD","valueDate":"2026-12-01","facts":{"settlement":"LC",
       "invoiceAmount":"100000.00","declaredAmount":"100000.00","buyerCreditLimitBalance":"80000.00","indemnityRatio":"0.9",
       "paymentTermDays":%s,"paymentDueDate":"2027-03-01","insurer":"SINOSURE","policyValid":true,"buyerLimitApproved":true,
       "shipmentDeclared":true,"premiumPaid":true,"indemnityAssignmentSigned":true,"claimAgreementSigned":true,
       "goodsShipped":true,"priceTerm":"FOB","exportLicence":true,"creditRating":"A","bankRelationshipYears":"3",
       "securityProvided":true}}""";

  static final String FACTORING = """
      {"product":"factoring","currency":"USD","valueDate":"2026-12-01","facts":{"receivableAmount":"50000.00",
       "buyerCreditLimitBalance":"40000.00","indemnityRatio":"0.9","paymentTermDays":120,"paymentDueDate":"2027-04-01",
       "coversAllCommercialRisks":true,"coversPoliticalRisk":true,"insuranceNoticeIssued":true,"scorecardScore":"80",
       "buyerRelationshipYears":"3","insurer":"%s","policyValid":true,"buyerLimitApproved":true,"shipmentDeclared":true,
       "premiumPaid":true,"indemnityAssignmentSigned":true,"claimAgreementSigned":true,"goodsShipped":true,
       "priceTerm":"FOB","exportLicence":true}}""";

  static final String NRA = """
      {"product":"nra","variant":"NEGOTIATION","currency":"USD","valueDate":"2026-12-01","facts":{"documentAmount":"100000.00",
       "nraAccountOpen":true,"lcIssuer":"%s","amlCleared":true,"discountRate":"0.036","maturityDate":"2027-01-30"}}""";

  static final String SELLERS = """
      {"product":"sellers-credit","variant":"SINGLE_CONTRACT","currency":"USD","valueDate":"2026-12-01","facts":{
       "sector":"GENERAL","contractSigned":true,"contractAmount":"10000000.00","prepaymentRatio":"%s",
       "otherPayablesGuaranteed":true,"requestedTermMonths":24,"eximGrade":10,"sectorQualification":true}}""";

  static final String PACKING = """
      {"product":"domestic-lc","variant":"PACKING_LOAN","currency":"CNY","valueDate":"2026-12-01","facts":{
       "lcAmount":"1000000.00","issueDate":"2026-11-20","lcExpiryDate":"%s","paymentTermDays":90,"exportLicence":true}}""";

  static final String ISSUANCE = """
      {"product":"domestic-lc","variant":"ISSUANCE","currency":"CNY","valueDate":"2026-12-01","facts":{
       "lcAmount":"1000000.00","issueDate":"2026-12-01","lcExpiryDate":"2027-03-01","paymentTermDays":90,
       "customerTier":"TARGET","creditRating":"%s","securityProvided":true}}""";

  /**
   * insured-financing: min(80% × 100,000 = 80,000; min(100,000, 80,000) × 0.9 = 72,000) = 72,000 (001 信保规程 Art.8),
   * maturity due date + 10 days (001 办法A §2(2)); factoring: min(50,000, 40,000) × 0.9 = 36,000 on Sinosure's line;
   * nra: 100,000 − 100,000 × 3.6% × 60/360 = 99,400 (ACT/360, default 100%); sellers-credit: 90% of 10m with 15%
   * prepayment and guaranteed payables (003 Art.14); packing loan: 80% [default] of 1m (001 国内证 Art.2);
   * issuance: the L/C amount, margin 20% for a target customer rated BB (002 Art.41).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "insured-financing | INSURED   | 90                | APPROVABLE | 72000.00   | 2027-03-11 | CUSTOMER",
      "factoring         | FACTORING | SINOSURE          | APPROVABLE | 36000.00   | 2027-04-01 | INSURER",
      "nra               | NRA       | OWN_DOMESTIC_BRANCH | APPROVABLE | 99400.00 | 2027-01-30 | FINANCIAL_INSTITUTION",
      "sellers-credit    | SELLERS   | 0.15              | APPROVABLE | 9000000.00 | 2028-12-01 | CUSTOMER",
      "domestic-lc       | PACKING   | 2027-02-20        | APPROVABLE | 800000.00  | 2027-02-18 | CUSTOMER",
      "domestic-lc issue | ISSUANCE  | BB                | APPROVABLE | 1000000.00 | 2027-03-01 | CUSTOMER"})
  void everyProductEvaluatesWithWorkedNumbers(String name, String template, String value, String decision, String amount,
      String maturity, String line) {
    JsonObject e = evaluate(template, value);
    assertEquals(decision, e.getString("decision"), e.toString());
    assertEquals(0, new BigDecimal(amount).compareTo(new BigDecimal(e.getString("maxAmount"))), e.toString());
    assertEquals(maturity, e.getString("maturityDate"));
    assertEquals(line, e.getString("lineOccupation"));
    assertTrue(e.getJsonArray("findings").stream().map(JsonValue::asJsonObject).allMatch(f -> f.getString("source").matches("\\d{3} .+")));
    if (template.equals("ISSUANCE")) assertEquals(0, new BigDecimal("0.2").compareTo(new BigDecimal(e.getString("marginRatio"))));
  }

  /** A hard rule of each product: 150-day payment term (001 办法A §2(2)), Sinosure only (出口信保保理 Art.1), issuer
   * scope (001 NRA Art.2), prepayment below 10% (003 Art.6), validity over 6 months (001 国内证 Art.10). */
  @ParameterizedTest(name = "{0} rejects with {3}")
  @CsvSource(delimiter = '|', value = {
      "insured-financing | INSURED   | 151        | IF-PAYMENT-TERM",
      "factoring         | FACTORING | PICC       | FCT-INSURER-SINOSURE",
      "nra               | NRA       | OTHER      | NRA-ISSUER",
      "sellers-credit    | SELLERS   | 0.05       | SC-PREPAYMENT",
      "domestic-lc       | PACKING   | 2027-06-21 | DLC-VALIDITY"})
  void aHardRuleOfEveryProductRejects(String name, String template, String value, String code) {
    JsonObject e = evaluate(template, value);
    assertEquals("REJECT", e.getString("decision"), e.toString());
    assertTrue(e.getJsonArray("findings").stream().map(JsonValue::asJsonObject)
        .anyMatch(f -> f.getString("code").equals(code) && f.getString("severity").equals("REJECT")
            && !f.getBoolean("overridable")), e.toString());
  }

  private static JsonObject evaluate(String template, String value) {
    String body = switch (template) {
      case "INSURED" -> INSURED;
      case "FACTORING" -> FACTORING;
      case "NRA" -> NRA;
      case "SELLERS" -> SELLERS;
      case "PACKING" -> PACKING;
      default -> ISSUANCE;
    };
    Api.Reply r = Api.post("/api/v1/evaluations", body.formatted(value));
    assertEquals(200, r.status(), r.body());
    return r.json();
  }
}
