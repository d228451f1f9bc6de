package it.com.tfp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test fixtures for deals over REST: fresh customers with their own lines, bill purchases taken through approval.
 * Public for the browser tests, which start from a deal in a given state.
 */
public final class Deals {

  public static final Api.As CM = Api.as("cm1");
  public static final Api.As IB = Api.as("ib1");
  public static final Api.As RISK = Api.as("risk1");
  public static final Api.As RISK_HEAD = Api.as("risk2");
  static final Api.As ADMIN = Api.as("admin");
  private static final AtomicLong SEQ = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

  private Deals() {}

  public static String unique(String prefix) {
    return prefix + "-" + SEQ.incrementAndGet();
  }

  public static LocalDate businessDate() {
    return LocalDate.parse(CM.get("/api/v1/business-date").json().getString("businessDate"));
  }

  /** A target customer rated A, SAFE class A, with a comprehensive trade-finance line of {@code limit} USD. */
  public static String customerWithLine(String limit) {
    String id = unique("T");
    Api.Reply c = CM.post("/api/v1/customers", """
        {"id": "%s", "name": "IT customer %s", "tier": "TARGET", "creditRating": "A", "safeCategory": "A",
         "exportLicence": true, "bankRelationshipYears": "5"}""".formatted(id, id));
    assertEquals(201, c.status(), c.body());
    LocalDate bd = businessDate();
    Api.Reply l = RISK.post("/api/v1/customers/" + id + "/lines", """
        {"code": "%s-COMP", "type": "COMPREHENSIVE", "category": "TRADE_FINANCE", "limit": "%s", "currency": "USD",
         "startDate": "%s", "expiry": "%s"}""".formatted(id, limit, bd, bd.plusDays(364)));
    assertEquals(201, l.status(), l.body());
    return id;
  }

  /** A sight L/C bill purchase to Japan: invoice 100000.00, up to 90000.00 (004 Art.11). */
  public static String billPurchase(String customerId, String invoice, String amount) {
    return """
        { "product": "bill-purchase", "customerId": "%s", "currency": "USD", "valueDate": "%s",
          "facts": { "settlement": "LC_SIGHT", "invoiceAmount": "100000.00", "issuingBankCountry": "JP",
                     "documentsCompliant": true, "fullSetTitleDocuments": true },
          "documents": [ {"type": "INVOICE", "number": "%s", "issuer": "%s"},
                         {"type": "BILL_OF_LADING", "number": "BL-%s", "issuer": "COSCO"} ],
          "requestedAmount": "%s" }""".formatted(customerId, businessDate(), invoice, customerId, invoice, amount);
  }

  public static JsonObject create(String body) {
    Api.Reply r = CM.post("/api/v1/applications", body);
    assertEquals(201, r.status(), r.body());
    return r.json();
  }

  public static JsonObject decide(Api.As who, long id, String body, int expected) {
    Api.Reply r = who.post("/api/v1/applications/" + id + "/decisions", body);
    assertEquals(expected, r.status(), r.body());
    return r.json();
  }

  /** Created by cm1, submitted, documents reviewed by ib1, approved by risk1. */
  public static long approved(String body) {
    long id = create(body).getJsonNumber("id").longValue();
    decide(CM, id, "{\"action\": \"SUBMIT\"}", 200);
    decide(IB, id, "{\"action\": \"REVIEW\", \"comment\": \"documents compliant\"}", 200);
    JsonObject a = decide(RISK, id, "{\"action\": \"APPROVE\", \"comment\": \"within authority\"}", 200);
    assertEquals("APPROVED", a.getString("status"), a.toString());
    return id;
  }

  /** How many REFUSED audit records name this user and target (issue 16). */
  public static long auditCount(String user, String target) {
    Api.Reply r = ADMIN.get("/api/v1/audit?limit=500&actor=" + user + "&target=" + java.net.URLEncoder.encode(target, java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(200, r.status(), r.body());
    return r.array().stream().map(jakarta.json.JsonValue::asJsonObject).filter(a -> a.getString("outcome").equals("REFUSED")).count();
  }

  static JsonObject lineOf(String customerId) {
    return CM.get("/api/v1/customers/" + customerId + "/lines").array().getJsonObject(0);
  }
}
