package it.com.tfp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Issue 11: what an operator and a load balancer see — health without credentials, metrics behind the monitoring
 * account — and what a password guesser meets: a throttle per user, while a verified caller is not slowed.
 */
class OperationsIT {

  @Test
  void healthNeedsNoCredentialsAndCoversDatabaseAndProducts() {
    Api.Reply live = Api.anonymous().get("/health/live");
    assertEquals(200, live.status(), live.body());
    assertTrue(live.body().contains("\"jvm\""), live.body());
    Api.Reply ready = Api.anonymous().get("/health/ready");
    assertEquals(200, ready.status(), ready.body());
    assertTrue(ready.body().contains("\"database\"") && ready.body().contains("\"products\"")
        && ready.body().contains("bill-purchase"), ready.body());
  }

  static Api.Reply metrics(String user, String password) {
    var b = java.net.http.HttpRequest.newBuilder(java.net.URI.create(SoapIT.TLS + "/metrics")).GET();
    if (user != null) {
      b.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
    try {
      var r = SoapIT.TLS_CLIENT.send(b.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
      return new Api.Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void metricsArePrometheusTextOverTlsForTheMonitoringAccountOnly() {
    Api.post("/api/v1/evaluations", Api.sightLcToJapan());
    Api.Reply clear = Api.anonymous().get("/metrics");
    assertEquals(302, clear.status(), "plain HTTP is sent to the TLS port");
    assertTrue(clear.header("Location").startsWith("https://"), clear.header("Location"));
    assertEquals(401, metrics(null, null).status());
    assertEquals(401, metrics("admin", "admin-demo-pass").status(), "a platform user is not the monitoring account");
    Api.Reply metrics = metrics("monitor", "monitor-demo-pass");
    assertEquals(200, metrics.status(), metrics.body());
    String text = metrics.body();
    assertTrue(text.contains("tfp_evaluations_total{") && text.contains("product=\"bill-purchase\""), "evaluations per product");
    assertTrue(text.contains("outcome=\"approvable\""), "per outcome");
    assertTrue(text.contains("tfp_evaluation_seconds"), "latency of the plug-in's run");
    assertTrue(text.contains("# TYPE tfp_evaluation_seconds histogram") && text.contains("tfp_evaluation_seconds_bucket{")
        && text.contains("le=\"0.005\""), "a latency histogram with the configured buckets (issue 11), not a quantile summary");
    assertTrue(text.contains("tfp_product_breaker{"), "breaker state");
    assertTrue(text.contains("tfp_deals{"), "deal counts");
  }

  @Test
  void guessingPasswordsIsThrottledPerUserButAVerifiedCallerIsNot() {
    Api.As right = Api.as("dual2");
    Api.As wrong = new Api.As("dual2", "guess");
    assertEquals(200, right.get("/api/v1/business-date").status(), "verified once: remembered");
    for (int i = 1; i <= 6; i++) assertEquals(401, wrong.get("/api/v1/business-date").status(), "failure " + i + " is checked");
    Api.Reply throttled = wrong.get("/api/v1/business-date");
    assertEquals(429, throttled.status(), throttled.body());
    assertNotNull(throttled.header("Retry-After"));
    assertEquals(200, right.get("/api/v1/business-date").status(), "the verified credential is not slowed");
    assertEquals(200, Api.as("cm2").get("/api/v1/business-date").status(), "other users from the same address are not locked out");
  }
}
