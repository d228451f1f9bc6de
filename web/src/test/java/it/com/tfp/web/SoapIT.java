package it.com.tfp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * TradeFinanceService with a real SOAP client: Debian's python3-zeep builds its client from the live WSDL, as a
 * legacy system's toolkit would. Also the WSDL itself and the refusal of DTDs / external entities (XXE).
 */
class SoapIT {

  /** Over TLS: integration users' Basic credentials never travel in clear. */
  static final String TLS = System.getProperty("it.tls.url", "https://localhost:9443");
  static final String WSDL = TLS + "/ws/TradeFinanceService?wsdl";

  /** Trusts the self-signed certificate Liberty generated for the test server (tests only). */
  static final java.net.http.HttpClient TLS_CLIENT;

  static {
    try {
      javax.net.ssl.SSLContext ssl = javax.net.ssl.SSLContext.getInstance("TLS");
      ssl.init(null, new javax.net.ssl.TrustManager[] {new javax.net.ssl.X509TrustManager() {
        public void checkClientTrusted(java.security.cert.X509Certificate[] c, String a) {}

        public void checkServerTrusted(java.security.cert.X509Certificate[] c, String a) {}

        public java.security.cert.X509Certificate[] getAcceptedIssuers() {
          return new java.security.cert.X509Certificate[0];
        }
      }}, new java.security.SecureRandom());
      TLS_CLIENT = java.net.http.HttpClient.newBuilder().sslContext(ssl).build();
    } catch (java.security.GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** Runs the zeep client; returns its JSON answer ({"result": …} or {"fault": …, "detail": …}). */
  static JsonObject zeep(String operation, String arguments) throws Exception {
    // a legacy system calls as an integration user (HTTP Basic)
    return zeepAs("legacy", operation, arguments);
  }

  /** Runs the zeep client as the demo user named (its demo password). */
  static JsonObject zeepAs(String user, String operation, String arguments) throws Exception {
    String rest = arguments.trim().substring(1);
    arguments = "{\"_user\":\"" + user + "\",\"_password\":\"" + user + "-demo-pass\",\"_insecure_test_certificate\":true"
        + (rest.trim().equals("}") ? "" : ",") + rest;
    Path script = Path.of("src/test/python/soap_client.py").toAbsolutePath();
    Process p = new ProcessBuilder("/usr/bin/python3", script.toString(), WSDL, operation, arguments).redirectErrorStream(false).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), "zeep client failed: " + err);
    try (var r = Json.createReader(new StringReader(out))) {
      return r.readObject();
    }
  }

  static String facts(String... nameValues) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < nameValues.length; i += 2) {
      if (i > 0) b.append(',');
      b.append("{\"name\":\"").append(nameValues[i]).append("\",\"value\":\"").append(nameValues[i + 1]).append("\"}");
    }
    return b.append(']').toString();
  }

  @Test
  void wsdlIsPublishedDocumentLiteral() {
    Api.Reply r = Api.anonymous().get("/ws/TradeFinanceService?wsdl");
    assertEquals(200, r.status());
    assertTrue(r.body().contains("name=\"TradeFinanceService\""));
    assertTrue(r.body().contains("style=\"document\""));
    assertTrue(r.body().contains("use=\"literal\""));
    assertTrue(r.body().contains("name=\"evaluate\"") && r.body().contains("name=\"listProducts\""));
  }

  @Test
  void listProductsThroughAGeneratedClient() throws Exception {
    JsonObject answer = zeep("listProducts", "{}");
    assertTrue(answer.getJsonArray("result").stream().map(JsonValue::asJsonObject)
        .anyMatch(p -> p.getString("id").equals("sellers-credit") && p.getJsonArray("variants").size() == 7), answer.toString());
  }

  /** The API.md example over SOAP: 004 Art.10 and Art.11, the same field names as REST. */
  @Test
  void evaluateThroughAGeneratedClientMatchesRest() throws Exception {
    JsonObject answer = zeep("evaluate", "{\"product\":\"bill-purchase\",\"currency\":\"USD\",\"valueDate\":\"2026-12-01\",\"facts\":"
        + facts("settlement", "LC_SIGHT", "invoiceAmount", "100000.00", "issuingBankCountry", "JP", "exportLicence", "true",
            "safeCategory", "A", "documentsCompliant", "true", "fullSetTitleDocuments", "true") + "}");
    JsonObject e = answer.getJsonObject("result");
    assertEquals("APPROVABLE", e.getString("decision"), answer.toString());
    assertEquals("90000.00", e.getString("maxAmount"));
    assertEquals("2026-12-19", e.getString("maturityDate"));
    assertEquals(18, e.getInt("maxTermDays"));
    assertEquals("CUSTOMER", e.getString("lineOccupation"));
    assertTrue(e.getJsonArray("findings").stream().map(JsonValue::asJsonObject)
        .anyMatch(f -> f.getString("code").equals("BP-TERM-REGION") && f.getString("source").equals("004 Art.10")));
    assertTrue(e.getJsonArray("amountSteps").getJsonObject(0).getBoolean("binding"));
  }

  @Test
  void badInputIsAFaultWithTheFieldErrors() throws Exception {
    JsonObject answer = zeep("evaluate", "{\"product\":\"bill-purchase\",\"currency\":\"USD\",\"valueDate\":\"2026-02-30\",\"facts\":"
        + facts("settlement", "LC_SIGHT", "invoiceAmount", "-1", "invoiceAmout", "5") + "}");
    assertTrue(answer.containsKey("fault"), answer.toString());
    String detail = answer.getString("detail");
    assertTrue(detail.contains("<status>400</status>"), detail);
    assertTrue(detail.contains("<field>valueDate</field>"), detail);
    assertTrue(detail.contains("<field>facts.invoiceAmount</field>"), detail);
    assertTrue(detail.contains("<field>facts.invoiceAmout</field>"), detail);
  }

  @Test
  void unknownProductIsANotFoundFault() throws Exception {
    JsonObject answer = zeep("evaluate", "{\"product\":\"no-such\",\"currency\":\"USD\",\"valueDate\":\"2026-12-01\",\"facts\":[]}");
    assertTrue(answer.getString("detail").contains("<status>404</status>"), answer.toString());
  }

  /** XML external entities and DTDs are refused: a client fault, and no file content in the answer. */
  @Test
  void xxePayloadIsRefused() {
    String envelope = """
        <?xml version="1.0"?>
        <!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
        <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:t="urn:tfp:trade-finance:v1">
          <soap:Body><t:evaluate><t:product>&xxe;</t:product><t:currency>USD</t:currency></t:evaluate></soap:Body>
        </soap:Envelope>""";
    Api.Reply r = soapPost(Api.as("legacy"), envelope);
    assertTrue(r.body().contains("Fault"), r.body());
    assertTrue(r.body().contains("soap:Client"), r.body());
    assertFalse(r.body().contains("root:"), "no file content may leak");
  }

  /**
   * Issue 16: the caller's errors the JAX-WS runtime finds before the service — a body that is not well-formed XML, a
   * whole number that is not one, an unknown operation — are soap:Client faults, HTTP 400, status 400 in the detail,
   * naming the field in plain words; never the parser's ("Error reading XMLStreamReader", "Unmarshalling", [row,col]).
   */
  @Test
  void malformedBodiesAreClientFaultsNamingTheFieldWithoutParserInternals() {
    String broken = LIST_PRODUCTS.replace("<t:listProducts/>", "<t:getApplication><t:id>7</t:getApplication>");
    String wrongType = LIST_PRODUCTS.replace("<t:listProducts/>", "<t:getApplication><t:id>seven</t:id></t:getApplication>");
    String unknown = LIST_PRODUCTS.replace("<t:listProducts/>", "<t:disburseEverything/>");
    for (String[] c : new String[][] {{broken, "body"}, {wrongType, "id"}, {unknown, "operation"}}) {
      Api.Reply r = soapPost(Api.as("legacy"), c[0]);
      assertEquals(400, r.status(), r.body());
      assertTrue(r.body().contains("<faultcode>soap:Client</faultcode>"), r.body());
      assertTrue(r.body().contains("<status>400</status>") && r.body().contains("<field>" + c[1] + "</field>"), r.body());
      for (String internal : List.of("XMLStreamReader", "Unmarshalling", "row,col", "Exception", "at com.", "org.apache")) {
        assertFalse(r.body().contains(internal), "no parser internals (" + internal + "): " + r.body());
      }
    }
  }

  static final String LIST_PRODUCTS = """
      <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:t="urn:tfp:trade-finance:v1">
        <soap:Body><t:listProducts/></soap:Body>
      </soap:Envelope>""";

  static Api.Reply soapPost(Api.As caller, String envelope) {
    return soapPost(caller, envelope, TLS);
  }

  static Api.Reply soapPost(Api.As caller, String envelope, String base) {
    HttpRequest request = caller.auth(HttpRequest.newBuilder(URI.create(base + "/ws/TradeFinanceService"))
        .header("Content-Type", "text/xml; charset=utf-8").header("SOAPAction", "\"\"").header("Accept-Language", "en")
        .POST(HttpRequest.BodyPublishers.ofString(envelope))).timeout(java.time.Duration.ofSeconds(60)).build();
    try {
      var r = TLS_CLIENT.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
      return new Api.Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Only integration users (and admins) call the service: anonymous → 401, a customer manager → 403. */
  @Test
  void callersMustAuthenticateAndHoldTheIntegrationRole() {
    Api.Reply clear = soapPost(Api.as("legacy"), LIST_PRODUCTS, Api.BASE);
    assertEquals(302, clear.status(), "plain HTTP is sent to the TLS port before any credential is read");
    assertTrue(clear.header("Location").startsWith("https://"), clear.header("Location"));
    assertEquals(401, soapPost(Api.anonymous(), LIST_PRODUCTS).status());
    assertEquals(401, soapPost(new Api.As("legacy", "wrong-password"), LIST_PRODUCTS).status());
    assertEquals(403, soapPost(Api.as("cm1"), LIST_PRODUCTS).status());
    Api.Reply ok = soapPost(Api.as("legacy"), LIST_PRODUCTS);
    assertEquals(200, ok.status(), ok.body());
    assertTrue(ok.body().contains("bill-purchase"));
  }

  static String submission(String invoice) {
    return "{\"product\":\"bill-purchase\",\"currency\":\"USD\",\"valueDate\":\"2026-12-01\",\"customerId\":\"C001\","
        + "\"requestedAmount\":\"80000.00\",\"facts\":" + facts("settlement", "LC_SIGHT", "invoiceAmount", "100000.00",
            "issuingBankCountry", "JP", "documentsCompliant", "true", "fullSetTitleDocuments", "true")
        + ",\"documents\":[{\"type\":\"INVOICE\",\"number\":\"" + invoice + "\",\"issuer\":\"Qingdao Haida\"},"
        + "{\"type\":\"BILL_OF_LADING\",\"number\":\"BL-" + invoice + "\",\"issuer\":\"COSCO\"}]}";
  }

  /** submitApplication → getApplication → getCreditLines through the generated client; X2 double financing is a fault. */
  @Test
  void submitAnApplicationReadItBackAndSeeTheLines() throws Exception {
    String invoice = "SOAP-INV-" + System.nanoTime();
    JsonObject created = zeep("submitApplication", submission(invoice)).getJsonObject("result");
    assertEquals("bill-purchase", created.getString("product"));
    assertEquals("1.0.0", created.getString("productVersion"));
    assertEquals("C001", created.getString("customerId"));
    assertEquals("80000.00", created.getString("requestedAmount"));
    assertEquals("legacy", created.getString("createdBy"));
    long id = created.getJsonNumber("id").longValue();

    JsonObject read = zeep("getApplication", "{\"id\":" + id + "}").getJsonObject("result");
    assertEquals(created.getString("status"), read.getString("status"));
    assertTrue(read.getJsonArray("documents").stream().map(JsonValue::asJsonObject).anyMatch(d -> d.getString("number").equals(invoice)));

    JsonObject twice = zeep("submitApplication", submission(invoice));
    assertTrue(twice.getString("detail").contains("<status>409</status>"), "the same invoice cannot back two live deals (X2): " + twice);

    JsonObject lines = zeep("getCreditLines", "{\"customerId\":\"C001\"}");
    assertTrue(lines.getJsonArray("result").stream().map(JsonValue::asJsonObject)
        .anyMatch(l -> l.containsKey("limit") && l.containsKey("available") && l.containsKey("expiry")), lines.toString());
    assertTrue(zeep("getApplication", "{\"id\":987654321}").getString("detail").contains("<status>404</status>"));
  }

  /**
   * Issue 16, entitlements over SOAP (002 Art.30; the same services as REST): dual3 — a Qingdao customer manager and
   * reviewer who may call the service as an administrator — is refused on a Yantai customer's objects (a 403 fault,
   * one audit record each: the evaluation naming it, its lines, its deal, a deal for it) and served on Qingdao's own
   * (C001); head office's integration account is served on both.
   */
  @Test
  void aQingdaoUserIsRefusedOnAYantaiCustomersObjectsAndEachRefusalIsAudited() throws Exception {
    String yantai = Deals.unique("YT");
    Api.As cm2 = Api.as("cm2");
    assertEquals(201, cm2.post("/api/v1/customers", """
        {"id": "%s", "name": "IT Yantai customer", "tier": "TARGET", "creditRating": "A", "safeCategory": "A",
         "exportLicence": true, "bankRelationshipYears": "5"}""".formatted(yantai)).status());
    java.time.LocalDate bd = Deals.businessDate();
    Api.Reply line = Api.as("risk3").post("/api/v1/customers/" + yantai + "/lines", """
        {"code": "%s-COMP", "type": "COMPREHENSIVE", "category": "TRADE_FINANCE", "limit": "500000.00", "currency": "USD",
         "startDate": "%s", "expiry": "%s"}""".formatted(yantai, bd, bd.plusDays(300)));
    assertEquals(201, line.status(), line.body());
    Api.Reply created = cm2.post("/api/v1/applications", Deals.billPurchase(yantai, Deals.unique("YT-INV"), "1000.00"));
    assertEquals(201, created.status(), created.body());
    long deal = created.json().getJsonNumber("id").longValue();

    String evaluation = "{\"product\":\"bill-purchase\",\"currency\":\"USD\",\"valueDate\":\"" + bd + "\",\"customerId\":\"%s\",\"facts\":"
        + facts("settlement", "LC_SIGHT", "invoiceAmount", "100000.00", "issuingBankCountry", "JP", "documentsCompliant", "true",
            "fullSetTitleDocuments", "true") + "}";
    String[][] refused = {
        {"evaluate", evaluation.formatted(yantai), "customer/" + yantai},
        {"getCreditLines", "{\"customerId\":\"" + yantai + "\"}", "customer/" + yantai},
        {"getApplication", "{\"id\":" + deal + "}", "application/" + deal},
        // a refused new deal is recorded on the customer it names (issue 16 review: it used to be "-")
        {"submitApplication", submission(Deals.unique("YT-SOAP")).replace("\"C001\"", "\"" + yantai + "\""), "customer/" + yantai}};
    for (String[] call : refused) {
      long before = Deals.auditCount("dual3", call[2]);
      JsonObject answer = zeepAs("dual3", call[0], call[1]);
      assertTrue(answer.containsKey("fault") && answer.getString("detail").contains("<status>403</status>"), call[0] + ": " + answer);
      assertTrue(answer.getString("detail").contains("portfolio"), answer.toString());
      assertEquals(before + 1, Deals.auditCount("dual3", call[2]),
          "one audit record of dual3's refused " + call[0]);
    }
    assertTrue(zeepAs("dual3", "evaluate", evaluation.formatted("C001")).containsKey("result"), "Qingdao's own customer");
    assertTrue(zeepAs("dual3", "getCreditLines", "{\"customerId\":\"C001\"}").containsKey("result"));
    for (String[] call : new String[][] {refused[0], refused[1], refused[2]}) {
      assertTrue(zeep(call[0], call[1]).containsKey("result"), "head office: " + call[0]);
    }
  }
}
