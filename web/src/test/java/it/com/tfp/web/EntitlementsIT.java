package it.com.tfp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, entitlements by branch (002 Art.30; 001 出口信用证 Art.3): a Qingdao customer (onboarded by cm1) and its
 * approved deal are refused — 403, audited — to the Yantai branch's customer manager (cm2), International Business
 * (ib2) and approver (risk3) on every REST path that takes an id, read or act; the same paths answer cm1, and head
 * office (risk2, admin, the integration accounts) sees the whole bank.
 */
class EntitlementsIT {

  static String customer;
  static long deal;
  static long line;
  static long otherLine;

  @BeforeAll
  static void aQingdaoCustomerWithAnApprovedDeal() {
    customer = Deals.customerWithLine("1000000.00");
    deal = Deals.approved(Deals.billPurchase(customer, Deals.unique("ENT"), "90000.00"));
    line = Deals.CM.get("/api/v1/customers/" + customer + "/lines").array().getJsonObject(0).getJsonNumber("id").longValue();
    otherLine = Deals.ADMIN.get("/api/v1/customers/C001/lines").array().getJsonObject(0).getJsonNumber("id").longValue();
  }

  /** user, method, path, body: every path with a customer, deal or line id, as a Yantai user. */
  static Stream<Arguments> crossBranch() {
    return Stream.of(
        Arguments.of("cm2", "GET", "/api/v1/customers/%C", null),
        Arguments.of("cm2", "GET", "/api/v1/customers/%C/lines", null),
        Arguments.of("cm2", "GET", "/api/v1/customers/%C/line-ledger", null),
        Arguments.of("cm2", "GET", "/api/v1/applications/%D", null),
        Arguments.of("cm2", "GET", "/api/v1/applications/%D/journal", null),
        Arguments.of("cm2", "POST", "/api/v1/applications", "NEW"),
        Arguments.of("cm2", "POST", "/api/v1/lines/%L/suspension", "{\"reason\": \"cross-branch\"}"),
        Arguments.of("ib2", "POST", "/api/v1/applications/%D/decisions", "{\"action\": \"RETURN\", \"comment\": \"cross-branch\"}"),
        Arguments.of("ib2", "POST", "/api/v1/applications/%D/disbursement", "{}"),
        Arguments.of("ib2", "POST", "/api/v1/applications/%D/collections", "{\"amount\": \"1000.00\"}"),
        Arguments.of("risk3", "POST", "/api/v1/applications/%D/decisions", "{\"action\": \"EXTEND\", \"comment\": \"x\", \"newMaturityDate\": \"2030-01-01\"}"),
        Arguments.of("risk3", "POST", "/api/v1/customers/%C/lines", "{\"code\": \"%C-X\", \"type\": \"SINGLE_PRODUCT\", \"category\": \"TRADE_FINANCE\", "
            + "\"limit\": \"1000.00\", \"currency\": \"USD\", \"startDate\": \"%B\", \"expiry\": \"%E\"}"),
        Arguments.of("risk3", "POST", "/api/v1/lines/%L/extension", "{\"until\": \"%E\", \"renewalFiledOn\": \"%B\", \"securityInPlace\": true}"),
        Arguments.of("risk3", "POST", "/api/v1/lines/%L/release", "{\"reason\": \"cross-branch\"}"),
        Arguments.of("risk3", "POST", "/api/v1/lines/transfers", "{\"fromLineId\": %L, \"toLineId\": %O, \"amount\": \"1000.00\"}"));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("crossBranch")
  void aYantaiUserIsRefusedOnAQingdaoCustomersPathAndTheRefusalIsAudited(String user, String method, String path, String body) {
    String p = fill(path);
    String target = p.startsWith("/api/v1/applications/") ? "application/" + deal
        : p.startsWith("/api/v1/customers/") ? "customer/" + customer : null;
    long before = target == null ? 0 : Deals.auditCount(user, target);
    Api.As who = Api.as(user);
    Api.Reply r = method.equals("GET") ? who.get(p)
        : who.post(p, "NEW".equals(body) ? Deals.billPurchase(customer, Deals.unique("ENT"), "1000.00") : fill(body));
    assertEquals(403, r.status(), user + " " + method + " " + p + ": " + r.body());
    assertTrue(r.body().contains("portfolio"), r.body());
    if (target != null) assertEquals(before + 1, Deals.auditCount(user, target), "one audit record of the refusal");
  }

  @Test
  void theBranchAndHeadOfficeSeeWhatTheyMayAndListsAreFiltered() {
    for (String user : List.of("cm1", "ib1", "risk1", "risk2", "admin", "legacy", "legacy-ops")) {
      assertEquals(200, Api.as(user).get("/api/v1/applications/" + deal).status(), user);
    }
    assertEquals(200, Deals.CM.get("/api/v1/customers/" + customer).status());
    List<String> yantai = Api.as("cm2").get("/api/v1/applications?customerId=" + customer).array().stream()
        .map(JsonValue::asJsonObject).map(a -> a.getString("customerId")).toList();
    assertTrue(yantai.isEmpty(), "cm2's list holds none of the Qingdao customer's deals: " + yantai);
    assertFalse(Api.as("cm2").get("/api/v1/customers?limit=500").body().contains("\"" + customer + "\""));
    assertTrue(Api.as("cm2").get("/api/v1/customers/C002").status() == 200, "the Yantai branch's own customer");
    assertEquals(403, Deals.CM.get("/api/v1/customers/C002").status(), "and not Qingdao's");
  }

  /** A what-if evaluation naming the customer, as POST /api/v1/evaluations takes it. */
  static String whatIf(String customerId) {
    return """
        { "product": "bill-purchase", "customerId": "%s", "currency": "USD", "valueDate": "%s",
          "facts": { "settlement": "LC_SIGHT", "invoiceAmount": "100000.00", "issuingBankCountry": "JP",
                     "documentsCompliant": true, "fullSetTitleDocuments": true } }""".formatted(customerId, Deals.businessDate());
  }

  /**
   * A what-if evaluation reads the named customer's master facts, so it is entitled like a read of the customer
   * (002 Art.30): a Yantai user naming a Qingdao customer gets 403 (audited EVALUATION_CUSTOMER_READ on the customer),
   * with none of its facts in the answer; cm1 (its branch) and head office get the evaluation; without a customer
   * every user evaluates as before.
   */
  @Test
  void aWhatIfEvaluationNamingAnotherBranchsCustomerIsRefusedAndAudited() {
    for (String user : List.of("cm2", "ib2", "risk3")) {
      long before = Deals.auditCount(user, "customer/" + customer);
      Api.Reply r = Api.as(user).post("/api/v1/evaluations", whatIf(customer));
      assertEquals(403, r.status(), user + ": " + r.body());
      assertTrue(r.body().contains("portfolio") && !r.body().contains("maxAmount"), r.body());
      assertEquals(before + 1, Deals.auditCount(user, "customer/" + customer), "one audit record of " + user + "'s refusal");
    }
    for (String user : List.of("cm1", "ib1", "risk1", "risk2", "admin", "legacy")) {
      Api.Reply r = Api.as(user).post("/api/v1/evaluations", whatIf(customer));
      assertEquals(200, r.status(), user + ": " + r.body());
    }
    assertEquals(200, Api.as("cm2").post("/api/v1/evaluations", whatIf("C002")).status(), "Yantai's own customer");
    assertEquals(200, Api.as("cm2").post("/api/v1/evaluations", Api.sightLcToJapan()).status(), "no customer named");
    assertEquals(403, Api.as("cm1").post("/api/v1/evaluations", whatIf("C002")).status(), "and the other way round");
  }

  /**
   * A new deal for another branch's customer (002 Art.30) is refused once — one entitlement check, in the evaluation,
   * before the customer's facts are read — and audited once, as the command it was: APPLICATION_CREATE on the customer
   * it names (not "-", and not also as the evaluation's refusal).
   */
  @Test
  void aNewDealForAnotherBranchsCustomerIsOneRefusalNamingTheCustomer() {
    long before = Deals.auditCount("cm2", "customer/" + customer);
    Api.Reply r = Api.as("cm2").post("/api/v1/applications", Deals.billPurchase(customer, Deals.unique("ENT-NEW"), "1000.00"));
    assertEquals(403, r.status(), r.body());
    assertEquals(before + 1, Deals.auditCount("cm2", "customer/" + customer), "one audit record of the refusal");
    JsonObject record = Deals.ADMIN.get("/api/v1/audit?limit=1&actor=cm2&target=customer/" + customer).array().getJsonObject(0);
    assertEquals("APPLICATION_CREATE", record.getString("command"), record.toString());
    assertEquals("REFUSED", record.getString("outcome"), record.toString());
  }

  /**
   * The trial balance of a branch user is its branch's books — the entries of its customers' deals (004 Art.20: a
   * branch with the foreign-exchange licence books its export financing itself); head office's is the whole bank's.
   * A Qingdao disbursement moves Qingdao's and head office's trial balance, not Yantai's; each stays balanced.
   */
  @Test
  void theTrialBalanceOfABranchIsItsOwnBooksAndHeadOfficesTheBanks() {
    long disbursed = Deals.approved(Deals.billPurchase(customer, Deals.unique("ENT-TB"), "50000.00"));
    java.math.BigDecimal yantai = debits("ib2"), qingdao = debits("ib1"), bank = debits("admin");
    Api.Reply d = Api.as("ib1").post("/api/v1/applications/" + disbursed + "/disbursement", "{}");
    assertEquals(200, d.status(), d.body());
    assertEquals(0, debits("ib2").compareTo(yantai), "Yantai's books hold nothing of a Qingdao deal");
    assertEquals(0, debits("ib1").subtract(qingdao).compareTo(new java.math.BigDecimal("50000.00")), "Qingdao's books hold it");
    assertEquals(0, debits("admin").subtract(bank).compareTo(new java.math.BigDecimal("50000.00")), "and the bank's");
    for (String user : List.of("ib1", "ib2", "risk3", "admin")) {
      assertTrue(Api.as(user).get("/api/v1/trial-balance").json().getBoolean("balanced"), user);
    }
  }

  /** The debits on 13201 (export bill purchase) in USD of the user's trial balance. */
  private static java.math.BigDecimal debits(String user) {
    return Api.as(user).get("/api/v1/trial-balance").json().getJsonArray("rows").stream().map(JsonValue::asJsonObject)
        .filter(r -> r.getString("account").equals("13201") && r.getString("currency").equals("USD"))
        .map(r -> new java.math.BigDecimal(r.getString("debits"))).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
  }

  private static String fill(String s) {
    java.time.LocalDate bd = Deals.businessDate();
    return s.replace("%C", customer).replace("%D", String.valueOf(deal)).replace("%L", String.valueOf(line))
        .replace("%O", String.valueOf(otherLine)).replace("%B", bd.toString()).replace("%E", bd.plusDays(300).toString());
  }
}
