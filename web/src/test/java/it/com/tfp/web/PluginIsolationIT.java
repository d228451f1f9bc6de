package it.com.tfp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.platform.testing.PluginJarBuilder;
import com.tfp.platform.testing.PluginJarBuilder.Behaviour;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 11: a plug-in that fails on one input (throws, or overruns the 2 s budget) fails that request only (typed, no
 * stack trace), keeps serving the
 * others, opens its breaker only at the configured failure rate (tfp.breaker.*: 10 calls at least, half of the last
 * 20), closes it again after healthy half-open probes (30 s later), and an administrator can quarantine and release
 * it — audited; nobody else can. Readiness follows.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PluginIsolationIT {

  private static final String ID = "it-flaky";

  @BeforeAll
  static void dropFlakyPlugin() throws Exception {
    PluginJarBuilder.build(Api.PLUGINS.resolve("it-flaky.jar"), "itflaky.FlakyPlugin", ID, "1.0.0", Behaviour.FLAKY);
    PluginDropInIT.awaitCatalogue(p -> ID.equals(p.getString("id", null)) && p.getString("status").equals("ACTIVE"), true);
  }

  @AfterAll
  static void removeIt() throws Exception {
    Files.deleteIfExists(Api.PLUGINS.resolve("it-flaky.jar"));
  }

  static Api.Reply evaluate(String amount) {
    return Api.post("/api/v1/evaluations", """
        { "product": "%s", "currency": "USD", "valueDate": "2026-12-01", "facts": { "amount": "%s" } }""".formatted(ID, amount));
  }

  static JsonObject entry() {
    return PluginDropInIT.catalogueEntry(p -> ID.equals(p.getString("id", null))).orElseThrow();
  }

  static String breakerState() {
    return entry().getJsonObject("breaker").getString("state");
  }

  @Test
  @Order(1)
  void theFailingInputGetsATypedErrorAndTheOthersAreServed() {
    Api.Reply bad = evaluate("13.00");
    assertEquals(422, bad.status(), bad.body());
    assertTrue(bad.contentType().startsWith("application/problem+json"));
    JsonObject problem = bad.json();
    assertEquals("urn:tfp:problem:evaluation-failed", problem.getString("type"));
    assertTrue(problem.getString("detail").contains("it-flaky 1.0.0 could not evaluate this request"), problem.toString());
    assertTrue(problem.getString("detail").matches(".*error id [0-9a-f]{8}.*"), problem.toString());
    assertFalse(bad.body().contains("ArithmeticException") || bad.body().contains("at itflaky"), "no exception or stack trace in the answer");

    Api.Reply slow = evaluate("7.00");
    assertEquals(422, slow.status(), slow.body());
    assertTrue(slow.json().getString("detail").contains("exceeded its time budget"), slow.body());

    Api.Reply good = evaluate("1000.00");
    assertEquals(200, good.status(), good.body());
    assertEquals("500.00", good.json().getString("maxAmount"));
    assertEquals("ACTIVE", entry().getString("status"), "one failure never quarantines a product");
    assertEquals("CLOSED", breakerState());
  }

  @Test
  @Order(2)
  void theBreakerOpensOnlyAtTheConfiguredFailureRateAndReadinessFollows() {
    // window so far: 2 failures (a throw, an overrun), 1 success; 9 more successes → 2 of 12 failed
    for (int i = 0; i < 9; i++) assertEquals(200, evaluate("1000.00").status());
    // 8 more failures → 10 of 20 = 50 %: the 20th call opens it; before it, 9 of 19 stayed below the rate
    for (int i = 0; i < 7; i++) assertEquals(422, evaluate("13.00").status());
    assertEquals("CLOSED", breakerState(), "9 of 19 failed: below 50 %");
    assertEquals(200, Api.anonymous().get("/health/ready").status());
    assertEquals(422, evaluate("13.00").status());
    assertEquals("OPEN", breakerState(), "10 of the last 20 failed");

    Api.Reply refused = evaluate("1000.00");
    assertEquals(503, refused.status(), refused.body());
    assertEquals("urn:tfp:problem:product-unavailable", refused.json().getString("type"));
    assertNotNull(refused.header("Retry-After"));
    assertTrue(Integer.parseInt(refused.header("Retry-After")) <= 30);

    Api.Reply ready = Api.anonymous().get("/health/ready");
    assertEquals(503, ready.status(), ready.body());
    assertTrue(ready.body().contains("\"status\":\"DOWN\"") && ready.body().contains("it-flaky"), ready.body());
    assertEquals(200, Api.post("/api/v1/evaluations", Api.sightLcToJapan()).status(), "the other products keep working");
  }

  @Test
  @Order(3)
  void afterTheOpenPeriodHealthyProbesCloseItAgain() throws Exception {
    long deadline = System.nanoTime() + 40_000_000_000L;
    Api.Reply r;
    do {
      Thread.sleep(500);
      r = evaluate("1000.00");
    } while (r.status() == 503 && System.nanoTime() < deadline);
    assertEquals(200, r.status(), "half-open after the open period: the first probe goes through");
    assertEquals("HALF_OPEN", breakerState());
    assertEquals(200, evaluate("1000.00").status());
    assertEquals(200, evaluate("1000.00").status());
    assertEquals("CLOSED", breakerState(), "three healthy probes close it");
    assertEquals(200, Api.anonymous().get("/health/ready").status());
  }

  @Test
  @Order(4)
  void anAdministratorQuarantinesAndReleasesWithAReasonAndNobodyElseMay() {
    String body = "{\"reason\":\"suspected rounding bug, ticket TF-1234\"}";
    assertEquals(403, Api.as("cm1").post("/api/v1/products/" + ID + "/quarantine", body).status());
    assertEquals(403, Api.as("risk1").post("/api/v1/products/" + ID + "/release", body).status());
    Api.Reply noReason = Api.post("/api/v1/products/" + ID + "/quarantine", "{}");
    assertEquals(400, noReason.status());
    assertTrue(noReason.body().contains("\"field\":\"reason\""), noReason.body());

    Api.Reply q = Api.post("/api/v1/products/" + ID + "/quarantine", body);
    assertEquals(200, q.status(), q.body());
    assertEquals("QUARANTINED", entry().getString("status"));
    assertTrue(entry().getString("statusReason").contains("quarantined by admin: suspected rounding bug"), entry().toString());
    assertEquals(409, evaluate("1000.00").status());
    Api.Reply ready = Api.anonymous().get("/health/ready");
    assertEquals(503, ready.status());
    assertTrue(ready.body().contains("QUARANTINED 1.0.0"), ready.body());

    Api.Reply proposed = Api.post("/api/v1/products/" + ID + "/release", "{\"reason\":\"fixed upstream, verified\"}");
    assertEquals(202, proposed.status(), proposed.body());
    assertEquals("QUARANTINED", entry().getString("status"), "a release waits for a second administrator (SOD-RULES-FOUR-EYES)");
    assertEquals(200, Api.approved(proposed).status());
    assertEquals("ACTIVE", entry().getString("status"));
    assertEquals(200, evaluate("1000.00").status());
    assertEquals(200, Api.anonymous().get("/health/ready").status());

    String audit = Api.get("/api/v1/audit?target=product/" + ID).body();
    assertTrue(audit.contains("PRODUCT_QUARANTINE") && audit.contains("PRODUCT_RELEASE") && audit.contains("fixed upstream"), audit);
  }
}
