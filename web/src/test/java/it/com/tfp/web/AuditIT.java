package it.com.tfp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, the audit trail: every 401 and 403 (REST role layer, SOAP, services) is one record with user, roles,
 * operation, target and reason; {@code GET /audit} filters by user, target and dates and pages like the other lists;
 * a flood of 401s from one client is a bounded number of records.
 */
class AuditIT {

  @Test
  void aRoleRefusalOfTheRestLayerIsOneRecordWithUserRolesOperationTargetAndReason() {
    String customer = Deals.unique("AUD");
    long before = Deals.auditCount("cm1", "customer/" + customer);
    assertEquals(403, Api.as("cm1").post("/api/v1/customers/" + customer + "/lines", "{}").status());
    assertEquals(before + 1, Deals.auditCount("cm1", "customer/" + customer));
    JsonObject r = Deals.ADMIN.get("/api/v1/audit?actor=cm1&target=customer/" + customer).array().getJsonObject(0);
    assertEquals("CUSTOMER_MANAGER", r.getString("roles"));
    assertEquals("POST /api/v1/customers/" + customer + "/lines", r.getString("command"));
    assertEquals("REFUSED", r.getString("outcome"));
    assertTrue(r.getString("detail").contains("HTTP 403") && r.getString("detail").contains("roles"), r.toString());
  }

  @Test
  void aSoapCallOfACustomerManagerIsRefusedAndAudited() {
    long before = Deals.auditCount("cm1", "/ws/TradeFinanceService");
    assertEquals(403, SoapIT.soapPost(Api.as("cm1"), SoapIT.LIST_PRODUCTS).status());
    assertEquals(before + 1, Deals.auditCount("cm1", "/ws/TradeFinanceService"));
  }

  /** A flood of 401s from one client: at most tfp.audit.refusals.perClientPerMinute (20) records in a minute. */
  @Test
  void aFloodOfUnauthenticatedCallsIsABoundedNumberOfRecords() {
    String target = "customer/" + Deals.unique("FLOOD");
    for (int i = 0; i < 60; i++) assertEquals(401, Api.anonymous().get("/api/v1/" + target.replace("customer/", "customers/")).status());
    long recorded = Deals.auditCount("anonymous", target);
    assertTrue(recorded <= 40, "60 refusals, at most 20 records a minute per client (two minutes at most): " + recorded);
  }

  @Test
  void theTrailIsSearchedByUserTargetAndDatesAndPaged() {
    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
    Api.Reply page = Deals.ADMIN.get("/api/v1/audit?limit=2&offset=0&from=" + today.minusDays(1) + "&to=" + today);
    assertEquals(200, page.status(), page.body());
    assertEquals(2, page.array().size());
    long total = Long.parseLong(page.header("X-Total-Count"));
    assertTrue(total >= 2);
    assertTrue(page.header("Link").contains("rel=\"next\"") && page.header("Link").contains("offset=2"), page.header("Link"));
    Api.Reply second = Deals.ADMIN.get("/api/v1/audit?limit=2&offset=2&from=" + today.minusDays(1) + "&to=" + today);
    assertTrue(second.header("Link").contains("rel=\"prev\""), second.header("Link"));
    assertTrue(page.array().getJsonObject(0).getInt("id") > second.array().getJsonObject(0).getInt("id"), "newest first");

    assertEquals("0", Deals.ADMIN.get("/api/v1/audit?to=2000-01-01").header("X-Total-Count"), "nothing before the platform");
    Api.Reply bad = Deals.ADMIN.get("/api/v1/audit?from=yesterday&limit=0");
    assertEquals(400, bad.status(), bad.body());
    List<String> fields = bad.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject).map(e -> e.getString("field")).toList();
    assertTrue(fields.contains("from"), bad.body());
    assertEquals(403, Api.as("cm1").get("/api/v1/audit").status(), "the trail is for administrators and Risk");
  }
}
