package it.com.tfp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12 on the real server: requests a legacy system builds from API.md with only the facts the seeds make
 * indispensable are answered, every value the platform filled in listed in {@code defaults} with its source; the same
 * request with those values given explicitly gives the same numbers; a typo'd fact name is still a 400 naming the
 * field; a fact of a sibling variant is ignored with a finding. See docs/api.md "Defaults".
 */
class DefaultsIT {

  static String evaluation(String product, String variant, String currency, String facts) {
    return "{\"product\":\"" + product + "\",\"variant\":\"" + variant + "\",\"currency\":\"" + currency
        + "\",\"valueDate\":\"2026-12-01\",\"facts\":{" + facts + "}}";
  }

  static JsonObject ok(String body) {
    Api.Reply r = Api.post("/api/v1/evaluations", body);
    assertEquals(200, r.status(), r.body());
    return r.json();
  }

  static JsonObject defaultOf(JsonObject e, String field) {
    return e.getJsonArray("defaults").stream().map(JsonValue::asJsonObject).filter(d -> d.getString("field").equals(field))
        .findFirst().orElseThrow(() -> new AssertionError("no default " + field + " in " + e.getJsonArray("defaults")));
  }

  static List<String> errorFields(Api.Reply r) {
    return r.json().getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field")).toList();
  }

  static void sameNumbers(JsonObject a, JsonObject b) {
    assertEquals(0, new BigDecimal(a.getString("maxAmount")).compareTo(new BigDecimal(b.getString("maxAmount"))));
    assertEquals(a.getString("maturityDate"), b.getString("maturityDate"));
    assertEquals(a.getInt("maxTermDays"), b.getInt("maxTermDays"));
    assertEquals(a.getString("decision"), b.getString("decision"));
  }

  /** The seller's credit facts the seeds make indispensable per variant (003 Art.6-8, 14), without a term. */
  static Stream<Arguments> sellersCredit() {
    String grade = "\"eximGrade\":10,\"sectorQualification\":true,";
    return Stream.of(
        Arguments.of("OPERATING_CAPITAL", "CNY", 36, false, grade + "\"sector\":\"GENERAL\",\"lastYearExports\":\"120000000\","
            + "\"lastYearExportProfitMargin\":\"0.10\",\"expectedGrowthRate\":\"0.20\",\"annualTurnoverCount\":\"4\",\"ownFunds\":\"10000000\""),
        Arguments.of("KEY_EQUIPMENT", "CNY", 36, false, "\"eximGrade\":13,\"sectorQualification\":true,\"sector\":\"SHIP\","
            + "\"lastYearExports\":\"50000000\",\"lastYearExportProfitMargin\":\"0.20\",\"expectedGrowthRate\":\"0.10\","
            + "\"annualTurnoverCount\":\"2\",\"ownFunds\":\"5000000\""),
        Arguments.of("SINGLE_CONTRACT", "CNY", 60, true, grade + "\"sector\":\"GENERAL\",\"contractSigned\":true,"
            + "\"contractAmount\":\"10000000\",\"prepaymentRatio\":\"0.20\",\"otherPayablesGuaranteed\":true"),
        Arguments.of("SERIES_CONTRACT", "CNY", 36 + 12, true, grade + "\"sector\":\"GENERAL\",\"contractSigned\":true,"
            + "\"prepaymentRatio\":\"0.15\",\"otherPayablesGuaranteed\":true,\"executionMonths\":36,\"contracts\":["
            + "{\"amount\":\"4000000\",\"productType\":\"pumps\",\"country\":\"NG\"},{\"amount\":\"6000000\",\"productType\":\"pumps\",\"country\":\"EG\"}]"),
        Arguments.of("SERVICE_OUTSOURCING_SINGLE", "CNY", 60, true, grade + "\"contractSigned\":true,\"contractsCost\":\"5000000\","
            + "\"ownFunds\":\"1000000\""),
        Arguments.of("SERVICE_OUTSOURCING_SERIES", "CNY", 24 + 12, true, grade + "\"contractSigned\":true,\"annualTurnoverCount\":\"3\","
            + "\"executionMonths\":24,\"ownFunds\":\"500000\",\"contracts\":["
            + "{\"amount\":\"1000000\",\"exportFxCost\":\"6.5\",\"prepayment\":\"650000\",\"productType\":\"testing\",\"country\":\"US\"}]"),
        Arguments.of("LEASING", "USD", 120, true, "\"eximGrade\":14,\"sector\":\"AIRCRAFT\",\"purchaseContractAmountUsd\":\"20000000\","
            + "\"chinaContentRatio\":\"0.60\",\"leasePrepaymentRatio\":\"0.25\",\"leaseContractSigned\":true"));
  }

  /** 003 Art.17-18: without requestedTermMonths the term is the variant's longest, the binding step, a listed default. */
  @ParameterizedTest(name = "sellers-credit {0}: {2} months")
  @MethodSource("sellersCredit")
  void sellersCreditWithoutATermGetsTheLongestTermVisibly_003Art17(String variant, String currency, int months, boolean bankDefault,
      String facts) {
    JsonObject e = ok(evaluation("sellers-credit", variant, currency, facts));
    assertEquals(LocalDate.of(2026, 12, 1).plusMonths(months).toString(), e.getString("maturityDate"));
    JsonObject d = defaultOf(e, "facts.requestedTermMonths");
    assertEquals(String.valueOf(months), d.getString("value"));
    assertEquals(bankDefault, d.getBoolean("bankDefault"));
    assertTrue(d.getString("source").startsWith("003 Art.1"), d.toString());
    JsonObject step = e.getJsonArray("termSteps").getJsonObject(0);
    assertTrue(step.getBoolean("binding"));
    assertTrue(step.getString("label").startsWith("Longest term"), step.toString());
    assertEquals(bankDefault, step.getBoolean("bankDefault"));

    JsonObject explicit = ok(evaluation("sellers-credit", variant, currency, facts + ",\"requestedTermMonths\":" + months));
    sameNumbers(e, explicit);
    assertTrue(explicit.getJsonArray("defaults").isEmpty());
  }

  static final String NRA = "\"documentAmount\":\"1000000.00\",\"lcIssuer\":\"OWN_DOMESTIC_BRANCH\",\"nraAccountOpen\":true,\"amlCleared\":true";

  /** 001 出口信用证 Art.5 (the rate is the bank's), 001 NRA Art.2 (to the payment maturity, derived from the tenor). */
  @ParameterizedTest(name = "nra {0}")
  @MethodSource("nraVariants")
  void nraWithoutRateOrMaturityTakesTheBanksTableAndDerivesTheMaturity_001NraArt2(String variant) {
    JsonObject e = ok(evaluation("nra", variant, "USD", NRA + ",\"acceptanceDate\":\"2026-12-01\",\"usanceDays\":90"));
    assertEquals("2027-03-01", e.getString("maturityDate"));
    // 1,000,000 less 1,000,000 × 5.40% (USD ≤ 90 days, seeded) × 90 / 360 = 986,500.00
    assertEquals(0, new BigDecimal("986500.00").compareTo(new BigDecimal(e.getString("maxAmount"))), e.toString());
    JsonObject rate = defaultOf(e, "facts.discountRate");
    assertEquals(0, new BigDecimal("0.054").compareTo(new BigDecimal(rate.getString("value"))));
    assertTrue(rate.getBoolean("bankDefault"));
    assertEquals("001 出口信用证 Art.5", rate.getString("source"));
    JsonObject maturity = defaultOf(e, "facts.maturityDate");
    assertEquals("2027-03-01", maturity.getString("value"));
    assertFalse(maturity.getBoolean("bankDefault"));
    assertTrue(e.getJsonArray("termSteps").stream().map(JsonValue::asJsonObject)
        .anyMatch(s -> s.getString("label").startsWith("Payment maturity derived") && s.getString("value").equals("2027-03-01")));
    assertTrue(e.getJsonArray("amountSteps").stream().map(JsonValue::asJsonObject)
        .anyMatch(s -> s.getBoolean("bankDefault") && s.getString("source").equals("001 出口信用证 Art.5")));

    JsonObject explicit = ok(evaluation("nra", variant, "USD", NRA + ",\"discountRate\":\"0.054\",\"maturityDate\":\"2027-03-01\""));
    sameNumbers(e, explicit);
    assertTrue(explicit.getJsonArray("defaults").isEmpty());
  }

  static Stream<String> nraVariants() {
    return Stream.of("NEGOTIATION", "FORFAITING", "EXPORT_DISCOUNT", "BILL_PURCHASE", "EXPORT_PAY_ON_BEHALF");
  }

  @Test
  void nraMaturityFromTheBillDate_001NraArt2() {
    JsonObject e = ok(evaluation("nra", "EXPORT_DISCOUNT", "USD", NRA + ",\"billDate\":\"2026-11-20\",\"usanceDays\":120,\"discountRate\":\"0.05\""));
    assertEquals("2027-03-20", e.getString("maturityDate"));
    assertEquals("2027-03-20", defaultOf(e, "facts.maturityDate").getString("value"));
  }

  /** Refused only when the maturity cannot be derived, naming what would let it be. */
  @Test
  void nraMaturityThatCannotBeDerivedIsA400NamingWhatDerivesIt_001NraArt2() {
    Api.Reply none = Api.post("/api/v1/evaluations", evaluation("nra", "FORFAITING", "USD", NRA));
    assertEquals(400, none.status(), none.body());
    JsonObject error = none.json().getJsonArray("errors").getJsonObject(0);
    assertEquals("facts.maturityDate", error.getString("field"));
    assertTrue(error.getString("message").contains("usanceDays"), error.toString());
    Api.Reply ambiguous = Api.post("/api/v1/evaluations", evaluation("nra", "FORFAITING", "USD",
        NRA + ",\"acceptanceDate\":\"2026-12-01\",\"billDate\":\"2026-11-20\",\"usanceDays\":90"));
    assertEquals(400, ambiguous.status(), ambiguous.body());
    assertTrue(ambiguous.contentType().startsWith("application/problem+json"));
    assertEquals(List.of("facts.maturityDate"), errorFields(ambiguous));
    Api.Reply noRow = Api.post("/api/v1/evaluations", evaluation("nra", "FORFAITING", "AUD",
        NRA + ",\"acceptanceDate\":\"2026-12-01\",\"usanceDays\":90"));
    assertEquals(400, noRow.status(), noRow.body());
    assertEquals(List.of("facts.discountRate"), errorFields(noRow));
  }

  @Test
  void aTypoedFactNameIsStillA400NamingTheField() {
    Api.Reply sc = Api.post("/api/v1/evaluations", evaluation("sellers-credit", "SINGLE_CONTRACT", "CNY",
        "\"sector\":\"GENERAL\",\"contractAmount\":\"10000000\",\"prepaymentRatio\":\"0.20\",\"requestedTermMonth\":24"));
    assertEquals(400, sc.status(), sc.body());
    assertTrue(errorFields(sc).contains("facts.requestedTermMonth"), sc.body());
    Api.Reply nra = Api.post("/api/v1/evaluations", evaluation("nra", "FORFAITING", "USD", NRA + ",\"discountRat\":\"0.05\",\"maturityDate\":\"2027-03-01\""));
    assertEquals(400, nra.status(), nra.body());
    assertEquals(List.of("facts.discountRat"), errorFields(nra));
  }

  /** One record layout for all variants: a sibling variant's facts are ignored, each with an INFO finding. */
  @Test
  void aSiblingVariantsFactIsIgnoredWithAFinding() {
    String single = "\"sector\":\"GENERAL\",\"contractSigned\":true,\"contractAmount\":\"10000000\",\"prepaymentRatio\":\"0.20\","
        + "\"otherPayablesGuaranteed\":true,\"requestedTermMonths\":18";
    JsonObject plain = ok(evaluation("sellers-credit", "SINGLE_CONTRACT", "CNY", single));
    JsonObject withSiblings = ok(evaluation("sellers-credit", "SINGLE_CONTRACT", "CNY",
        single + ",\"executionMonths\":36,\"purchaseContractAmountUsd\":\"20000000\""));
    sameNumbers(plain, withSiblings);
    JsonArray findings = withSiblings.getJsonArray("findings");
    List<JsonObject> ignored = findings.stream().map(JsonValue::asJsonObject).filter(f -> f.getString("code").equals("FACT-NOT-OF-VARIANT")).toList();
    assertEquals(2, ignored.size(), findings.toString());
    assertTrue(ignored.stream().allMatch(f -> f.getString("severity").equals("INFO") && f.getString("source").equals("API.md Canonical facts")));
    assertTrue(ignored.get(0).getString("message").contains("facts.executionMonths"), ignored.get(0).toString());

    JsonObject dlc = ok("{\"product\":\"domestic-lc\",\"variant\":\"PACKING_LOAN\",\"currency\":\"CNY\",\"valueDate\":\"2026-12-01\","
        + "\"facts\":{\"lcAmount\":\"1000000.00\",\"issueDate\":\"2026-11-01\",\"lcExpiryDate\":\"2027-02-28\",\"paymentTermDays\":90,"
        + "\"acceptedAmount\":\"900000.00\"}}");
    assertTrue(dlc.getJsonArray("findings").stream().map(JsonValue::asJsonObject)
        .anyMatch(f -> f.getString("code").equals("FACT-NOT-OF-VARIANT") && f.getString("message").contains("facts.acceptedAmount")), dlc.toString());
  }

  /** API.md Deals: a new deal's value date is the business date when the request names none, and the answer says so. */
  @Test
  void anApplicationWithoutValueDateGetsTheBusinessDateVisibly() {
    String businessDate = Api.get("/api/v1/business-date").json().getString("businessDate");
    String invoice = "DEF-INV-" + System.nanoTime();
    Api.Reply created = Api.as("cm1").post("/api/v1/applications", """
        { "product": "bill-purchase", "customerId": "C001", "currency": "USD", "requestedAmount": "50000.00",
          "facts": { "settlement": "LC_SIGHT", "invoiceAmount": "100000.00", "issuingBankCountry": "JP",
                     "documentsCompliant": true, "fullSetTitleDocuments": true },
          "documents": [ { "type": "INVOICE", "number": "%s", "issuer": "Acme" },
                         { "type": "BILL_OF_LADING", "number": "BL-%s", "issuer": "COSCO" } ] }""".formatted(invoice, invoice));
    assertEquals(201, created.status(), created.body());
    JsonObject app = created.json();
    assertEquals(businessDate, app.getString("valueDate"));
    JsonObject d = app.getJsonArray("defaults").getJsonObject(0);
    assertEquals("valueDate", d.getString("field"));
    assertEquals(businessDate, d.getString("value"));
    assertEquals("API.md Deals", d.getString("source"));
    assertTrue(d.getJsonObject("message").getString("en").contains("business date"));
    JsonObject read = Api.get("/api/v1/applications/" + app.getJsonNumber("id").longValue()).json();
    assertEquals("valueDate", read.getJsonArray("defaults").getJsonObject(0).getString("field"));
  }

  /**
   * The rate table is the bank's: ADMIN reads and sets it (audited; four eyes, SOD-RULES-FOUR-EYES: admin proposes,
   * admin2 approves); an evaluation then says it is the bank's own rate.
   */
  @Test
  void theDiscountRateTableIsAdminEditableAuditedAndUsed_001ExportLcArt5() {
    JsonArray table = Api.get("/api/v1/discount-rates").array();
    JsonObject chf90 = table.stream().map(JsonValue::asJsonObject)
        .filter(r -> r.getString("currency").equals("CHF") && r.getInt("tenorDaysUpTo") == 90).findFirst().orElseThrow();
    assertEquals(0, new BigDecimal("0.027").compareTo(new BigDecimal(chf90.getString("annualRate"))));
    assertTrue(chf90.getBoolean("bankDefault"));

    assertEquals(403, Api.as("cm1").put("/api/v1/discount-rates/CHF/90", "{\"annualRate\":\"0.02\"}").status());
    Api.Reply bad = Api.put("/api/v1/discount-rates/CHF/90", "{\"annualRate\":\"1.5\"}");
    assertEquals(400, bad.status(), bad.body());
    assertEquals(List.of("annualRate"), errorFields(bad));

    Api.Reply set = Api.putApproved("/api/v1/discount-rates/CHF/90", "{\"annualRate\":\"0.020\"}");
    assertEquals(200, set.status(), set.body());
    JsonObject own = Api.get("/api/v1/discount-rates").array().stream().map(JsonValue::asJsonObject)
        .filter(r -> r.getString("currency").equals("CHF") && r.getInt("tenorDaysUpTo") == 90).findFirst().orElseThrow();
    assertFalse(own.getBoolean("bankDefault"));
    assertEquals("admin/admin2", own.getString("updatedBy"), "proposer and approver (four eyes)");

    JsonObject e = ok(evaluation("nra", "FORFAITING", "CHF", NRA.replace("1000000.00", "1000000.00")
        + ",\"acceptanceDate\":\"2026-12-01\",\"usanceDays\":90"));
    // 1,000,000 × 2% × 90 / 360 = 5,000.00
    assertEquals(0, new BigDecimal("995000.00").compareTo(new BigDecimal(e.getString("maxAmount"))), e.toString());
    assertTrue(defaultOf(e, "facts.discountRate").getString("message").contains("bank's own setting"));

    JsonArray audit = Api.get("/api/v1/audit?target=discount-rate/CHF/90").array();
    assertTrue(audit.stream().map(JsonValue::asJsonObject).anyMatch(a -> a.getString("command").equals("DISCOUNT_RATE_SET")
        && a.getString("actor").equals("admin2") && a.getString("detail").contains("proposed by admin")
        && a.getString("before").contains("0.027")), audit.toString());
  }

  /** SOAP: the same rules and defaults — a term-less operating-capital loan, and an application without value date. */
  @Test
  void soapGetsTheSameDefaults() throws Exception {
    JsonObject e = SoapIT.zeep("evaluate", "{\"product\":\"sellers-credit\",\"variant\":\"OPERATING_CAPITAL\",\"currency\":\"CNY\","
        + "\"valueDate\":\"2026-12-01\",\"facts\":" + SoapIT.facts("eximGrade", "10", "sectorQualification", "true", "sector", "GENERAL",
            "lastYearExports", "120000000", "lastYearExportProfitMargin", "0.10", "expectedGrowthRate", "0.20",
            "annualTurnoverCount", "4", "ownFunds", "10000000") + "}").getJsonObject("result");
    assertEquals("2029-12-01", e.getString("maturityDate"), e.toString());
    JsonObject d = e.getJsonArray("defaults").getJsonObject(0);
    assertEquals("facts.requestedTermMonths", d.getString("field"));
    assertEquals("36", d.getString("value"));
    assertEquals("003 Art.17", d.getString("source"));

    String invoice = "SOAP-DEF-" + System.nanoTime();
    JsonObject app = SoapIT.zeep("submitApplication", "{\"product\":\"bill-purchase\",\"currency\":\"USD\",\"customerId\":\"C001\","
        + "\"requestedAmount\":\"50000.00\",\"facts\":" + SoapIT.facts("settlement", "LC_SIGHT", "invoiceAmount", "100000.00",
            "issuingBankCountry", "JP", "documentsCompliant", "true", "fullSetTitleDocuments", "true")
        + ",\"documents\":[{\"type\":\"INVOICE\",\"number\":\"" + invoice + "\",\"issuer\":\"Acme\"},"
        + "{\"type\":\"BILL_OF_LADING\",\"number\":\"BL-" + invoice + "\",\"issuer\":\"COSCO\"}]}").getJsonObject("result");
    String businessDate = Api.get("/api/v1/business-date").json().getString("businessDate");
    assertEquals(businessDate, app.getString("valueDate"), app.toString());
    assertEquals("valueDate", app.getJsonArray("defaults").getJsonObject(0).getString("field"));
  }
}
