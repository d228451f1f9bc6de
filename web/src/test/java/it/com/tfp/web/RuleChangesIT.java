package it.com.tfp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, four eyes on the bank's rules (rule SOD-RULES-FOUR-EYES; 004 appendix 3 has 经办 and 复核 sign apart, "以明确
 * 责任"; bank default, configurable): a rule change is proposed by one ADMIN (202, PENDING, no effect), approved or
 * rejected by another, withdrawn by its proposer; each step one audit record with the old and new value and both users.
 * The discount rates of SEK are this test's own (no other test or demo deal uses them).
 */
class RuleChangesIT {

  static JsonObject rate(String currency, int tenor) {
    return Api.get("/api/v1/discount-rates").array().stream().map(JsonValue::asJsonObject)
        .filter(r -> r.getString("currency").equals(currency) && r.getInt("tenorDaysUpTo") == tenor).findFirst().orElse(null);
  }

  static long id(Api.Reply r) {
    return r.json().getJsonNumber("id").longValue();
  }

  static List<JsonObject> audit(String target) {
    return Api.get("/api/v1/audit?limit=500&target=" + target).array().stream().map(JsonValue::asJsonObject).toList();
  }

  @Test
  void aProposalHasNoEffectUntilAnotherAdministratorApprovesIt() {
    Api.Reply proposed = Api.put("/api/v1/discount-rates/SEK/11", "{\"annualRate\": \"0.011\"}");
    assertEquals(202, proposed.status(), proposed.body());
    JsonObject c = proposed.json();
    assertEquals("PENDING", c.getString("status"));
    assertEquals("none", c.getString("oldValue"));
    assertEquals("0.011", c.getString("newValue"));
    assertEquals("admin", c.getString("proposedBy"));
    assertTrue(proposed.header("Location").endsWith("/api/v1/rule-changes/" + id(proposed)), proposed.header("Location"));
    assertEquals(null, rate("SEK", 11), "pending: nothing changed");
    assertTrue(Api.get("/api/v1/rule-changes?status=PENDING&limit=500").array().stream()
        .anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == id(proposed)), "listed as pending");

    // the proposer may not check their own proposal: 403 naming the rule, audited, nothing changes
    long refusedBefore = Deals.auditCount("admin", "rule-change/" + id(proposed));
    Api.Reply own = Api.post("/api/v1/rule-changes/" + id(proposed) + "/approval", "");
    assertEquals(403, own.status(), own.body());
    assertTrue(own.body().contains("SOD-RULES-FOUR-EYES"), own.body());
    assertEquals(refusedBefore + 1, Deals.auditCount("admin", "rule-change/" + id(proposed)), "the refusal is one audit record");
    assertEquals(null, rate("SEK", 11));

    Api.Reply approved = Api.approved(proposed);
    assertEquals(200, approved.status(), approved.body());
    assertEquals("APPROVED", approved.json().getString("status"));
    assertEquals("admin2", approved.json().getString("decidedBy"));
    assertEquals(0, new java.math.BigDecimal("0.011").compareTo(new java.math.BigDecimal(rate("SEK", 11).getString("annualRate"))));
    assertEquals(409, Api.as(Api.CHECKER).post("/api/v1/rule-changes/" + id(proposed) + "/approval", "").status(), "decided once");

    List<JsonObject> trail = audit("discount-rate/SEK/11");
    JsonObject proposal = trail.stream().filter(a -> a.getString("command").equals("DISCOUNT_RATE_SET_PROPOSED")).findFirst().orElseThrow();
    assertEquals("admin", proposal.getString("actor"));
    assertEquals("none", proposal.getString("before"));
    assertEquals("0.011", proposal.getString("after"));
    JsonObject applied = trail.stream().filter(a -> a.getString("command").equals("DISCOUNT_RATE_SET")).findFirst().orElseThrow();
    assertEquals("admin2", applied.getString("actor"));
    assertEquals("none", applied.getString("before"));
    assertEquals("0.011", applied.getString("after"));
    assertTrue(applied.getString("detail").contains("proposed by admin") && applied.getString("detail").contains("approved by admin2"), applied.toString());
  }

  @Test
  void aRejectionNeedsAReasonAndChangesNothingAndOnlyTheProposerWithdraws() {
    Api.Reply proposed = Api.put("/api/v1/discount-rates/SEK/14", "{\"annualRate\": \"0.014\"}");
    assertEquals(202, proposed.status(), proposed.body());
    String path = "/api/v1/rule-changes/" + id(proposed);
    Api.Reply noReason = Api.as(Api.CHECKER).post(path + "/rejection", "{}");
    assertEquals(400, noReason.status(), noReason.body());
    assertEquals("reason", noReason.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(403, Api.post(path + "/rejection", "{\"reason\": \"my own\"}").status(), "the proposer does not reject their own either");
    Api.Reply rejected = Api.as(Api.CHECKER).post(path + "/rejection", "{\"reason\": \"rate not agreed by Treasury\"}");
    assertEquals(200, rejected.status(), rejected.body());
    assertEquals("REJECTED", rejected.json().getString("status"));
    assertEquals(null, rate("SEK", 14), "a rejection changes nothing");
    JsonObject record = audit("discount-rate/SEK/14").stream().filter(a -> a.getString("command").equals("DISCOUNT_RATE_SET_REJECTED"))
        .findFirst().orElseThrow();
    assertEquals("admin2", record.getString("actor"));
    assertEquals("0.014", record.getString("after"));
    assertTrue(record.getString("detail").contains("proposed by admin") && record.getString("detail").contains("Treasury"), record.toString());
    assertEquals(409, Api.as(Api.CHECKER).post(path + "/approval", "").status(), "a rejected change cannot be approved");

    Api.Reply again = Api.put("/api/v1/discount-rates/SEK/14", "{\"annualRate\": \"0.015\"}");
    String againPath = "/api/v1/rule-changes/" + id(again);
    Api.Reply notTheirs = Api.as(Api.CHECKER).post(againPath + "/withdrawal", "");
    assertEquals(403, notTheirs.status(), notTheirs.body());
    Api.Reply withdrawn = Api.post(againPath + "/withdrawal", "");
    assertEquals(200, withdrawn.status(), withdrawn.body());
    assertEquals("WITHDRAWN", withdrawn.json().getString("status"));
    assertEquals(409, Api.as(Api.CHECKER).post(againPath + "/approval", "").status());
    assertEquals(null, rate("SEK", 14));
    assertEquals(404, Api.as(Api.CHECKER).post("/api/v1/rule-changes/999999999/approval", "").status());
    assertEquals(400, Api.get("/api/v1/rule-changes?status=MAYBE").status());
  }

  /** A proposal made against a value that has changed since is stale: refused on approval (409), nothing changes. */
  @Test
  void aStaleProposalIsRefusedOnApproval() {
    Api.Reply first = Api.put("/api/v1/discount-rates/SEK/12", "{\"annualRate\": \"0.012\"}");
    Api.Reply second = Api.put("/api/v1/discount-rates/SEK/12", "{\"annualRate\": \"0.013\"}");
    assertEquals("none", second.json().getString("oldValue"));
    assertEquals(200, Api.approved(first).status());
    Api.Reply stale = Api.approved(second);
    assertEquals(409, stale.status(), stale.body());
    assertTrue(stale.body().contains("stale"), stale.body());
    assertEquals(0, new java.math.BigDecimal("0.012").compareTo(new java.math.BigDecimal(rate("SEK", 12).getString("annualRate"))),
        "the stale proposal changed nothing");
    assertEquals("PENDING", Api.get("/api/v1/rule-changes/" + id(second)).json().getString("status"), "it can still be rejected or withdrawn");
    assertEquals(200, Api.post("/api/v1/rule-changes/" + id(second) + "/withdrawal", "").status());
  }

  /** Concurrent approvals of one proposal apply it once: one 200, the others 409, one applied record in the trail. */
  @Test
  void concurrentApprovalsApplyOnce() throws Exception {
    Api.Reply proposed = Api.put("/api/v1/discount-rates/SEK/13", "{\"annualRate\": \"0.013\"}");
    assertEquals(202, proposed.status(), proposed.body());
    int n = 4;
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Callable<Integer> approve = () -> {
          go.await();
          return Api.as(Api.CHECKER).post("/api/v1/rule-changes/" + id(proposed) + "/approval", "").status();
        };
        answers.add(pool.submit(approve));
      }
      go.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : answers) statuses.add(f.get());
      assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
      assertEquals(n - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, audit("discount-rate/SEK/13").stream().filter(a -> a.getString("command").equals("DISCOUNT_RATE_SET")).count(),
        "applied once");
    assertFalse(rate("SEK", 13).getBoolean("bankDefault"));
  }
}
