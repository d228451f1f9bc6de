package it.com.tfp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 16, segregation of duties: a role × command matrix against the running server, generated from one table
 * ({@link #MATRIX}). Each row names who gives which command on a deal whose creator, reviewer, approver and disburser
 * it names, the answer and the rule that refuses it (002 Art.29-34; 001 出口信用证 Art.4; 004 Art.18-20, appendix 3;
 * bank defaults). Demo users: cm1 (maker), ib1 (International Business), risk1 (approver), dual1 (maker + approver),
 * dual2 (reviewer + approver), dual3 (maker + International Business + admin), legacy (integration, origination),
 * legacy-ops (integration, servicing), admin and admin2 (two administrators: one proposes a rule change, the other
 * approves it).
 */
class DutiesIT {

  /** A deal prepared for the command: who created, reviewed, approved and disbursed it (null: not yet). */
  record Deal(String creator, String reviewer, String approver, String disburser) {}

  /** One row: who, which command, on which deal, the expected status, the rule named in the refusal ("ROLE": a role refusal). */
  record Case(String user, String command, Deal deal, int status, String rule) {
    @Override
    public String toString() {
      return user + " " + command + (deal == null ? "" : " on " + deal) + " → " + status + (rule == null ? "" : " " + rule);
    }
  }

  static final List<Case> MATRIX = List.of(
      // origination: the servicing account does not originate
      new Case("legacy", "CREATE", null, 201, null),
      new Case("legacy-ops", "CREATE", null, 403, "ROLE"),
      // document review (002 Art.32; maker ≠ checker)
      new Case("cm1", "REVIEW", new Deal("cm1", null, null, null), 403, "ROLE"),
      new Case("dual3", "REVIEW", new Deal("dual3", null, null, null), 403, "SOD-CHECK-CREATOR"),
      new Case("ib1", "REVIEW", new Deal("legacy", null, null, null), 200, null),
      // approval (002 Art.31, 33; 001 出口信用证 Art.4)
      new Case("dual1", "APPROVE", new Deal("dual1", "ib1", null, null), 403, "SOD-CHECK-CREATOR"),
      new Case("dual2", "APPROVE", new Deal("cm1", "dual2", null, null), 403, "SOD-APPROVE-REVIEWER"),
      new Case("ib1", "APPROVE", new Deal("cm1", "dual2", null, null), 403, "ROLE"),
      new Case("risk1", "APPROVE", new Deal("cm1", "ib1", null, null), 200, null),
      // disbursement: the confirmed hole (the maker disbursing its own deal) and creator ≠ approver ≠ disburser
      new Case("legacy", "DISBURSE", new Deal("legacy", "ib1", "risk1", null), 403, "ROLE"),
      new Case("legacy-ops", "DISBURSE", new Deal("legacy", "ib1", "risk1", null), 200, null),
      new Case("dual3", "DISBURSE", new Deal("dual3", "ib1", "risk1", null), 403, "SOD-DISBURSE-CREATOR"),
      new Case("dual2", "DISBURSE", new Deal("cm1", "ib1", "dual2", null), 403, "SOD-DISBURSE-APPROVER"),
      new Case("cm1", "DISBURSE", new Deal("cm1", "ib1", "risk1", null), 403, "ROLE"),
      new Case("ib1", "DISBURSE", new Deal("cm1", "ib1", "risk1", null), 200, null), // SOD-DISBURSE-REVIEWER: bank default, off
      // collection
      new Case("dual3", "COLLECT", new Deal("dual3", "ib1", "risk1", "ib1"), 403, "SOD-COLLECT-CREATOR"),
      new Case("legacy", "COLLECT", new Deal("legacy", "ib1", "risk1", "legacy-ops"), 403, "ROLE"),
      new Case("legacy-ops", "COLLECT", new Deal("legacy", "ib1", "risk1", "legacy-ops"), 200, null),
      // the bank's rules: ADMIN, holding no deal role (bank default)
      new Case("dual3", "PARAMETER", null, 403, "SOD-RULES-DEAL-ROLE"),
      new Case("risk1", "PARAMETER", null, 403, "ROLE"),
      new Case("admin", "PARAMETER", null, 202, null), // proposed: four eyes (SOD-RULES-FOUR-EYES)
      new Case("dual3", "RISK_CLASS", null, 403, "SOD-RULES-DEAL-ROLE"),
      new Case("cm1", "RISK_CLASS", null, 403, "ROLE"),
      new Case("admin", "RISK_CLASS", null, 202, null),
      new Case("dual3", "DISCOUNT_RATE", null, 403, "SOD-RULES-DEAL-ROLE"),
      new Case("cm1", "DISCOUNT_RATE", null, 403, "ROLE"),
      new Case("admin", "DISCOUNT_RATE", null, 202, null),
      new Case("dual3", "RELEASE", null, 403, "SOD-RULES-DEAL-ROLE"),
      new Case("risk1", "RELEASE", null, 403, "ROLE"),
      new Case("admin", "RELEASE", null, 202, null),
      new Case("dual3", "QUARANTINE", null, 403, "SOD-RULES-DEAL-ROLE"),
      new Case("risk1", "QUARANTINE", null, 403, "ROLE"),
      // four eyes on the rules (SOD-RULES-FOUR-EYES, 004 appendix 3 经办/复核; bank default): admin proposed the change
      new Case("admin", "APPROVE_RULE_CHANGE", null, 403, "SOD-RULES-FOUR-EYES"),
      new Case("dual3", "APPROVE_RULE_CHANGE", null, 403, "SOD-RULES-DEAL-ROLE"),
      new Case("risk1", "APPROVE_RULE_CHANGE", null, 403, "ROLE"),
      new Case("admin2", "APPROVE_RULE_CHANGE", null, 200, null),
      new Case("admin", "REJECT_RULE_CHANGE", null, 403, "SOD-RULES-FOUR-EYES"),
      new Case("admin2", "REJECT_RULE_CHANGE", null, 200, null),
      new Case("admin2", "WITHDRAW_RULE_CHANGE", null, 403, "only the proposer"),
      new Case("admin", "WITHDRAW_RULE_CHANGE", null, 200, null));

  static String customer;

  @BeforeAll
  static void customer() {
    customer = Deals.customerWithLine("5000000.00");
  }

  static Stream<Arguments> matrix() {
    return MATRIX.stream().map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("matrix")
  void eachForbiddenCombinationIsRefusedNamingItsRuleAndAuditedOnceAndEachAllowedOnePasses(Case c) {
    Long deal = null; // the deal the row names, or for a decision on a rule change the proposal
    if (c.deal() != null) deal = prepare(c.deal());
    else if (c.command().endsWith("_RULE_CHANGE")) deal = proposal();
    String target = target(c, deal);
    long before = refusals(c.user(), target);
    Api.Reply r = give(c, deal);
    assertEquals(c.status(), r.status(), c + ": " + r.body());
    if (c.rule() == null) return;
    if (!c.rule().equals("ROLE")) assertTrue(r.body().contains(c.rule()), c + ": the refusal names the rule: " + r.body());
    // issue 16, audit completeness: the refusal is one REFUSED record of this user on this target, with its reason
    assertEquals(before + 1, refusals(c.user(), target), c + ": one audit record of the refusal");
    JsonObject record = Deals.ADMIN.get("/api/v1/audit?limit=1&actor=" + c.user() + "&target=" + target).array().getJsonObject(0);
    assertEquals("REFUSED", record.getString("outcome"), record.toString());
    assertTrue(record.getString("detail", "").contains(c.rule().equals("ROLE") ? "" : c.rule()), record.toString());
    assertTrue(!record.getString("roles", "").isEmpty(), "the refused user's roles are recorded: " + record);
  }

  /** How many REFUSED records the trail holds of this user on this target. */
  static long refusals(String user, String target) {
    Api.Reply r = Deals.ADMIN.get("/api/v1/audit?limit=500&actor=" + user + "&target=" + target);
    assertEquals(200, r.status(), r.body());
    return r.array().stream().map(JsonValue::asJsonObject).filter(a -> a.getString("outcome").equals("REFUSED")).count();
  }

  /** The target the trail names for the row's command (as the services name targets). */
  static String target(Case c, Long deal) {
    return switch (c.command()) {
      case "CREATE" -> "/api/v1/applications";
      case "PARAMETER" -> "parameter/domestic-lc/packingLoanRatio";
      case "RISK_CLASS" -> "risk-class/bill-purchase/-";
      case "QUARANTINE", "RELEASE" -> "product/factoring";
      case "DISCOUNT_RATE" -> "discount-rate/CHF/90";
      case "APPROVE_RULE_CHANGE", "REJECT_RULE_CHANGE", "WITHDRAW_RULE_CHANGE" -> "rule-change/" + deal;
      default -> "application/" + deal;
    };
  }

  /** The same policy, read-only, for every role (and as a table on the ADMIN page). */
  @Test
  void thePolicyIsReadableAsATable() {
    Api.Reply r = Api.as("legacy").get("/api/v1/duties");
    assertEquals(200, r.status(), r.body());
    JsonObject disburse = r.array().stream().map(JsonValue::asJsonObject).filter(d -> d.getString("command").equals("DISBURSE"))
        .findFirst().orElseThrow();
    assertEquals(List.of("IB_REVIEWER", "INTEGRATION_SERVICING"), disburse.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString));
    JsonObject creator = rule(disburse, "SOD-DISBURSE-CREATOR");
    assertTrue(creator.getBoolean("inForce") && !creator.getBoolean("bankDefault"), creator.toString());
    assertTrue(creator.getString("source").contains("004"), creator.toString());
    JsonObject reviewer = rule(disburse, "SOD-DISBURSE-REVIEWER");
    assertTrue(reviewer.getBoolean("bankDefault") && !reviewer.getBoolean("inForce"), reviewer.toString());
    assertEquals("tfp.duties.disburserNotReviewer", reviewer.getString("property"));
  }

  private static JsonObject rule(JsonObject duty, String id) {
    return duty.getJsonArray("rules").stream().map(JsonValue::asJsonObject).filter(x -> x.getString("id").equals(id)).findFirst().orElseThrow();
  }

  /**
   * A rule change admin proposes for a rule-change row: the bill purchase's risk class back to its default, which
   * changes nothing that other tests rely on whether it is approved or not.
   */
  static long proposal() {
    Api.Reply r = Api.delete("/api/v1/products/bill-purchase/risk-classes/-");
    assertEquals(202, r.status(), r.body());
    return r.json().getJsonNumber("id").longValue();
  }

  /** Prepares the deal the row names, then gives the command as the row's user. */
  static Api.Reply give(Case c, Long id) {
    Api.As who = Api.as(c.user());
    switch (c.command()) {
      case "CREATE":
        return who.post("/api/v1/applications", Deals.billPurchase(customer, Deals.unique("SOD"), "90000.00"));
      // a rule change is only proposed (202): nothing to undo
      case "PARAMETER":
        return who.put("/api/v1/products/domestic-lc/parameters/packingLoanRatio", "{\"value\": \"0.7\"}");
      case "RISK_CLASS":
        return who.put("/api/v1/products/bill-purchase/risk-classes/-", "{\"riskClass\": 3}");
      case "DISCOUNT_RATE":
        return who.put("/api/v1/discount-rates/CHF/90", "{\"annualRate\": \"0.021\"}");
      case "RELEASE":
        return who.post("/api/v1/products/factoring/release", "{\"reason\": \"segregation-of-duties test\"}");
      case "APPROVE_RULE_CHANGE":
        return who.post("/api/v1/rule-changes/" + id + "/approval", "");
      case "REJECT_RULE_CHANGE":
        return who.post("/api/v1/rule-changes/" + id + "/rejection", "{\"reason\": \"not agreed\"}");
      case "WITHDRAW_RULE_CHANGE":
        return who.post("/api/v1/rule-changes/" + id + "/withdrawal", "");
      case "QUARANTINE":
        return who.post("/api/v1/products/factoring/quarantine", "{\"reason\": \"segregation-of-duties test\"}");
      default:
        break;
    }
    return switch (c.command()) {
      case "REVIEW" -> who.post("/api/v1/applications/" + id + "/decisions", "{\"action\": \"REVIEW\", \"comment\": \"documents compliant\"}");
      case "APPROVE" -> who.post("/api/v1/applications/" + id + "/decisions", "{\"action\": \"APPROVE\", \"comment\": \"within authority\"}");
      case "DISBURSE" -> who.post("/api/v1/applications/" + id + "/disbursement", "{}");
      case "COLLECT" -> who.post("/api/v1/applications/" + id + "/collections", "{\"amount\": \"1000.00\"}");
      default -> throw new IllegalArgumentException(c.command());
    };
  }

  /** Created and submitted by the creator, then reviewed, approved and disbursed by whom the deal names. */
  static long prepare(Deal d) {
    Api.Reply created = Api.as(d.creator()).post("/api/v1/applications", Deals.billPurchase(customer, Deals.unique("SOD"), "90000.00"));
    assertEquals(201, created.status(), created.body());
    long id = created.json().getJsonNumber("id").longValue();
    Deals.decide(Api.as(d.creator()), id, "{\"action\": \"SUBMIT\"}", 200);
    if (d.reviewer() != null) Deals.decide(Api.as(d.reviewer()), id, "{\"action\": \"REVIEW\", \"comment\": \"documents compliant\"}", 200);
    if (d.approver() != null) Deals.decide(Api.as(d.approver()), id, "{\"action\": \"APPROVE\", \"comment\": \"within authority\"}", 200);
    if (d.disburser() != null) {
      Api.Reply r = Api.as(d.disburser()).post("/api/v1/applications/" + id + "/disbursement", "{}");
      assertEquals(200, r.status(), r.body());
    }
    return id;
  }
}
