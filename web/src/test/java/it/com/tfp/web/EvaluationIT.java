package it.com.tfp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EvaluationIT {

  /** API.md's example on the real server: 004 Art.10 (18 days for Japan), 004 Art.11 (90% of the invoice). */
  @Test
  void sightLcToJapanGetsEighteenDaysAndNinetyPercent() {
    Api.Reply r = Api.post("/api/v1/evaluations", Api.sightLcToJapan());
    assertEquals(200, r.status(), r.body());
    JsonObject e = r.json();
    assertEquals("bill-purchase", e.getString("product"));
    assertEquals("1.0.0", e.getString("productVersion"));
    assertEquals("APPROVABLE", e.getString("decision"));
    assertEquals(0, new BigDecimal("90000.00").compareTo(new BigDecimal(e.getString("maxAmount"))));
    assertEquals("USD", e.getString("currency"));
    assertEquals("2026-12-19", e.getString("maturityDate"));
    assertEquals(18, e.getInt("maxTermDays"));
    assertEquals(2, e.getInt("riskClass"));
    assertEquals("CUSTOMER", e.getString("lineOccupation"));
    assertTrue(e.isNull("marginRatio"));
    assertTrue(e.isNull("variant"));
    JsonObject binding = e.getJsonArray("amountSteps").stream().map(JsonValue::asJsonObject)
        .filter(s -> s.getBoolean("binding")).findFirst().orElseThrow();
    assertEquals("004 Art.11", binding.getString("source"));
    assertTrue(e.getJsonArray("findings").stream().map(JsonValue::asJsonObject)
        .anyMatch(f -> f.getString("code").equals("BP-TERM-REGION") && f.getString("source").equals("004 Art.10")));
    assertTrue(e.getJsonArray("requiredDocuments").stream().map(JsonValue::asJsonObject)
        .anyMatch(d -> d.getString("code").equals("BP-APPLICATION") && d.getBoolean("mandatory")));
  }

  /** 004 Art.7: usance beyond 90 days is on the caution list — REFER, amounts still computed. */
  @Test
  void usanceOver90DaysIsReferredWithAmountAndMaturity() {
    Api.Reply r = Api.post("/api/v1/evaluations", """
        { "product": "bill-purchase", "currency": "EUR", "valueDate": "2026-12-01",
          "facts": { "settlement": "LC_USANCE", "invoiceAmount": "200000.00", "draftAmount": "150000.00",
                     "issuingBankCountry": "DE", "usanceDays": 120, "acceptanceReceived": true,
                     "acceptanceMaturityDate": "2027-03-31", "exportLicence": true, "safeCategory": "A",
                     "documentsCompliant": true, "fullSetTitleDocuments": true } }""");
    assertEquals(200, r.status(), r.body());
    JsonObject e = r.json();
    assertEquals("REFER", e.getString("decision"));
    assertEquals(0, new BigDecimal("135000.00").compareTo(new BigDecimal(e.getString("maxAmount"))), "90% of the smaller draft");
    assertTrue(e.getJsonArray("findings").stream().map(JsonValue::asJsonObject)
        .anyMatch(f -> f.getString("code").equals("BP-USANCE-OVER-90") && f.getBoolean("overridable")));
  }

  @Test
  void messagesFollowAcceptLanguageWithChineseByDefault() {
    String zh = Api.post("/api/v1/evaluations", Api.sightLcToJapan(), null).json()
        .getJsonArray("findings").getJsonObject(0).getString("message");
    String en = Api.post("/api/v1/evaluations", Api.sightLcToJapan(), "en-US,en;q=0.9").json()
        .getJsonArray("findings").getJsonObject(0).getString("message");
    assertTrue(zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), zh);
    assertFalse(en.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), en);
  }

  static Stream<Arguments> badInput() {
    String ok = Api.sightLcToJapan();
    return Stream.of(
        Arguments.of("malformed JSON", "{\"product\": \"bill-purchase\",", 400, List.of("body")),
        Arguments.of("not an object", "[1,2]", 400, List.of("body")),
        Arguments.of("unknown fact", ok.replace("\"invoiceAmount\"", "\"invoiceAmout\""), 400, List.of("facts.invoiceAmout", "facts.invoiceAmount")),
        Arguments.of("impossible date", ok.replace("2026-12-01", "2026-02-30"), 400, List.of("valueDate")),
        Arguments.of("bad currency", ok.replace("\"USD\"", "\"US$\""), 400, List.of("currency")),
        Arguments.of("negative amount", ok.replace("\"100000.00\"", "\"-100.00\""), 400, List.of("facts.invoiceAmount")),
        Arguments.of("amount as a word", ok.replace("\"100000.00\"", "\"lots\""), 400, List.of("facts.invoiceAmount")),
        Arguments.of("wrong enum", ok.replace("LC_SIGHT", "CASH"), 400, List.of("facts.settlement")),
        Arguments.of("bad country", ok.replace("\"JP\"", "\"JPN\""), 400, List.of("facts.issuingBankCountry")),
        Arguments.of("boolean as number", ok.replace("\"exportLicence\": true", "\"exportLicence\": 1"), 400, List.of("facts.exportLicence")),
        Arguments.of("unknown top-level field", ok.replace("\"customerId\": null", "\"customer\": \"C1\""), 400, List.of("customer")),
        Arguments.of("several errors at once", ok.replace("\"USD\"", "\"XXX\"").replace("2026-12-01", "2026-13-01"), 400, List.of("currency", "valueDate")),
        Arguments.of("missing product", "{\"currency\":\"USD\"}", 400, List.of("product")),
        Arguments.of("unknown product", ok.replace("bill-purchase", "no-such-product"), 404, List.of()),
        Arguments.of("variant on a product without variants", ok.replace("\"variant\": null", "\"variant\": \"X\""), 400, List.of("variant")));
  }

  /** Bad input is a field-level problem+json, never a 500. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("badInput")
  void badInputIsAFieldLevelProblem(String name, String body, int status, List<String> fields) {
    Api.Reply r = Api.post("/api/v1/evaluations", body);
    assertEquals(status, r.status(), r.body());
    assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
    JsonObject p = r.json();
    assertEquals(status, p.getInt("status"));
    List<String> reported = p.getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field")).toList();
    assertTrue(reported.containsAll(fields), "expected " + fields + " in " + reported);
  }

  @Test
  void wrongMediaTypeAndUnknownPathsAreProblemsToo() {
    Api.Reply plain = Api.send(Api.as(Api.DEFAULT_USER).auth(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Api.BASE + "/api/v1/evaluations"))
        .header("Content-Type", "text/plain").POST(java.net.http.HttpRequest.BodyPublishers.ofString("x"))), "en");
    assertEquals(415, plain.status());
    assertTrue(plain.contentType().startsWith("application/problem+json"));
    Api.Reply nowhere = Api.get("/api/v1/nowhere");
    assertEquals(404, nowhere.status());
    assertTrue(nowhere.contentType().startsWith("application/problem+json"));
  }

  /**
   * The evaluation is a plain servlet (issue 11): the HTTP edges JAX-RS used to answer are answered alike — problem+json
   * 405 with Allow, 406 for an Accept without JSON, 401 with the Basic challenge — and the answer names its language.
   */
  @Test
  void theEvaluationServletAnswersHttpLikeTheRestOfTheApi() {
    java.net.URI uri = java.net.URI.create(Api.BASE + "/api/v1/evaluations");
    Api.Reply get = Api.send(Api.as(Api.DEFAULT_USER).auth(java.net.http.HttpRequest.newBuilder(uri).GET()), "en");
    assertEquals(405, get.status());
    assertTrue(get.contentType().startsWith("application/problem+json"), get.contentType());
    assertEquals("POST, OPTIONS", get.headers().firstValue("Allow").orElse(""));
    Api.Reply html = Api.send(Api.as(Api.DEFAULT_USER).auth(java.net.http.HttpRequest.newBuilder(uri)
        .header("Content-Type", "application/json").header("Accept", "text/html")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Api.sightLcToJapan()))), "en");
    assertEquals(406, html.status());
    Api.Reply wildcard = Api.send(Api.as(Api.DEFAULT_USER).auth(java.net.http.HttpRequest.newBuilder(uri)
        .header("Content-Type", "application/json; charset=UTF-8").header("Accept", "text/html, */*;q=0.1")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Api.sightLcToJapan()))), "zh-CN");
    assertEquals(200, wildcard.status(), wildcard.body());
    assertEquals("zh-CN", wildcard.headers().firstValue("Content-Language").orElse(""));
    assertTrue(wildcard.body().contains("\"maxAmount\":\"90000.00\""), wildcard.body());
    Api.Reply anonymous = Api.send(Api.anonymous().auth(java.net.http.HttpRequest.newBuilder(uri)
        .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(Api.sightLcToJapan()))), "en");
    assertEquals(401, anonymous.status());
    assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
  }
}
