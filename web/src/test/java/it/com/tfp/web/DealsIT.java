package it.com.tfp.web;

import static it.com.tfp.web.Deals.CM;
import static it.com.tfp.web.Deals.IB;
import static it.com.tfp.web.Deals.RISK;
import static it.com.tfp.web.Deals.RISK_HEAD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Deals over REST on the real server and Derby: lifecycle, maker-checker, lines, double financing, idempotency, security. */
class DealsIT {

  /** The full life of an export bill purchase (004): create, submit, review, approve, disburse, collect in two parts, close. */
  @Test
  void billPurchaseLivesFromApplicationToClosureWithItsJournalAndLine() {
    String customer = Deals.customerWithLine("1000000.00");
    JsonObject created = Deals.create(Deals.billPurchase(customer, Deals.unique("INV"), "90000.00"));
    long id = created.getJsonNumber("id").longValue();
    assertEquals("DRAFT", created.getString("status"));
    assertEquals("bill-purchase", created.getString("product"));
    assertEquals("1.0.0", created.getString("productVersion"));
    assertEquals("APPROVABLE", created.getJsonObject("evaluation").getJsonObject("evaluation").getString("decision"));
    Deals.decide(CM, id, "{\"action\": \"SUBMIT\"}", 200);
    Deals.decide(IB, id, "{\"action\": \"REVIEW\", \"comment\": \"documents compliant\"}", 200);
    Deals.decide(RISK, id, "{\"action\": \"APPROVE\", \"comment\": \"ok\"}", 200);

    Api.Reply d = IB.post("/api/v1/applications/" + id + "/disbursement", "{}");
    assertEquals(200, d.status(), d.body());
    assertEquals("DISBURSED", d.json().getString("status"));
    assertEquals("90000.00", Deals.lineOf(customer).getString("occupied"));
    assertEquals("910000.00", Deals.lineOf(customer).getString("available"));

    // 004 Art.23: proceeds first repay principal; a shortfall stays owed
    JsonObject part = IB.post("/api/v1/applications/" + id + "/collections", "{\"amount\": \"40000.00\"}").json();
    assertEquals("40000.00", part.getString("principal"));
    assertEquals("50000.00", part.getString("stillOwed"));
    assertEquals("DISBURSED", part.getString("status"));
    assertEquals("50000.00", Deals.lineOf(customer).getString("occupied"), "repayment restores the line (002 Art.21)");
    // the rest, with a remainder for the customer
    JsonObject rest = IB.post("/api/v1/applications/" + id + "/collections", "{\"amount\": \"55000.00\"}").json();
    assertEquals("50000.00", rest.getString("principal"));
    assertEquals("5000.00", rest.getString("remainder"));
    assertEquals("0.00", rest.getString("stillOwed"));
    assertEquals("SETTLED", rest.getString("status"));
    assertEquals("0.00", Deals.lineOf(customer).getString("occupied"));
    assertEquals("CLOSED", Deals.decide(CM, id, "{\"action\": \"CLOSE\"}", 200).getString("status"));

    // 004 appendix 6: Dr 13201 / Cr 201 at disbursement; proceeds Dr 1011 / Cr 201, Dr 201 / Cr 13201
    List<JsonObject> journal = CM.get("/api/v1/applications/" + id + "/journal").array().stream().map(JsonValue::asJsonObject).toList();
    assertEquals(List.of("DISBURSEMENT", "COLLECTION", "COLLECTION"), journal.stream().map(e -> e.getString("event")).toList());
    JsonObject disb = journal.get(0);
    assertEquals("13201", disb.getJsonArray("postings").getJsonObject(0).getString("account"));
    assertEquals("DEBIT", disb.getJsonArray("postings").getJsonObject(0).getString("side"));
    assertEquals("201", disb.getJsonArray("postings").getJsonObject(1).getString("account"));
    assertTrue(disb.getString("source").contains("004 appendix 6"));
    for (JsonObject e : journal) assertBalanced(e);
    List<String> ledger = CM.get("/api/v1/customers/" + customer + "/line-ledger").array().stream()
        .map(v -> v.asJsonObject().getString("kind")).toList();
    assertEquals(List.of("GRANT", "DRAWING", "RECOVERY", "RECOVERY"), ledger, "002 Art.36: every drawing and recovery");
  }

  /**
   * An insured financing from application to settlement (001 信保融资): the cover binds the amount (信保规程 Art.8:
   * min(100,000, 80,000) × 0.9 = 72,000 below 80% of the invoice), and the 股份制 Art.3 exemption holds, so the deal
   * occupies Sinosure's line, not the customer's; full collection releases it (信保规程 Art.12).
   */
  @Test
  void insuredFinancingLivesOnTheInsurersLineFromApplicationToSettlement() {
    String customer = Deals.customerWithLine("1000000.00");
    LocalDate bd = Deals.businessDate();
    String body = """
        { "product": "insured-financing", "customerId": "%s", "currency": "USD", "valueDate": "%s",
          "facts": { "settlement": "LC", "invoiceAmount": "100000.00", "declaredAmount": "100000.00",
                     "buyerCreditLimitBalance": "80000.00", "indemnityRatio": "0.9", "paymentTermDays": 90,
                     "paymentDueDate": "%s", "insurer": "SINOSURE", "policyValid": true, "buyerLimitApproved": true,
                     "shipmentDeclared": true, "premiumPaid": true, "indemnityAssignmentSigned": true,
                     "claimAgreementSigned": true, "goodsShipped": true, "priceTerm": "FOB", "securityProvided": true,
                     "industryTradeIntegrated": true, "lastYearExportSettlementUsd": "3000000",
                     "last12MonthsExportSettlement": "3000000.00", "historyMonths": 12, "outstandingInsuredFinancing": "0.00" },
          "documents": [ {"type": "INVOICE", "number": "%s", "issuer": "%s"} ],
          "requestedAmount": "72000.00" }""".formatted(customer, bd, bd.plusDays(90), Deals.unique("INV-IF"), customer);
    JsonObject created = Deals.create(body);
    long id = created.getJsonNumber("id").longValue();
    assertEquals("insured-financing", created.getString("product"));
    assertEquals("72000.00", created.getString("maxAmount"));
    assertEquals("INSURER", created.getString("lineOccupation"));
    BigDecimal insurerBefore = insurerOccupied();

    Deals.decide(CM, id, "{\"action\": \"SUBMIT\"}", 200);
    Deals.decide(IB, id, "{\"action\": \"REVIEW\", \"comment\": \"policy, limit approval and assignment checked\"}", 200);
    Deals.decide(RISK, id, "{\"action\": \"APPROVE\", \"comment\": \"within cover\"}", 200);
    Api.Reply d = IB.post("/api/v1/applications/" + id + "/disbursement", "{}");
    assertEquals(200, d.status(), d.body());
    assertEquals(0, insurerBefore.add(new BigDecimal("72000.00")).compareTo(insurerOccupied()), "the insurer's line carries the deal");
    assertEquals("0.00", Deals.lineOf(customer).getString("occupied"), "the customer's own line is untouched");

    JsonObject paid = IB.post("/api/v1/applications/" + id + "/collections", "{\"amount\": \"72000.00\"}").json();
    assertEquals("72000.00", paid.getString("principal"));
    assertEquals("SETTLED", paid.getString("status"));
    assertEquals(0, insurerBefore.compareTo(insurerOccupied()), "full collection releases the insurer's line");
    for (JsonValue e : CM.get("/api/v1/applications/" + id + "/journal").array()) assertBalanced(e.asJsonObject());
  }

  /**
   * PRODUCTS.md X7 (001 国内证 Art.4): a packing loan, then the seller's bill purchase of the same transaction — whose
   * disbursement first repays the packing loan's outstanding; only the rest reaches the customer. The later stage may
   * reuse the earlier stage's documents (X2's exception).
   */
  @Test
  void laterStageDisbursementRepaysTheEarlierStageFirst() {
    String customer = Deals.customerWithLine("5000000.00");
    LocalDate bd = Deals.businessDate();
    String invoice = Deals.unique("INV-CHAIN");
    String lc = """
        "lcAmount": "1000000.00", "issueDate": "%s", "lcExpiryDate": "%s", "paymentTermDays": 90""".formatted(bd, bd.plusMonths(3));
    long packing = Deals.approved("""
        { "product": "domestic-lc", "variant": "PACKING_LOAN", "customerId": "%s", "currency": "CNY", "valueDate": "%s",
          "facts": { %s }, "documents": [ {"type": "CONTRACT", "number": "%s", "issuer": "%s"} ],
          "requestedAmount": "600000.00" }""".formatted(customer, bd, lc, invoice, customer));
    assertEquals(200, IB.post("/api/v1/applications/" + packing + "/disbursement", "{}").status());

    long sellerBillPurchase = Deals.approved("""
        { "product": "domestic-lc", "variant": "SELLER_BILL_PURCHASE", "customerId": "%s", "currency": "CNY", "valueDate": "%s",
          "facts": { %s, "acceptedAmount": "1000000.00", "earlierStageOutstanding": "600000.00" },
          "documents": [ {"type": "CONTRACT", "number": "%s", "issuer": "%s"} ],
          "earlierStageDealId": %d, "requestedAmount": "900000.00" }""".formatted(customer, bd, lc, invoice, customer, packing));
    Api.Reply d = IB.post("/api/v1/applications/" + sellerBillPurchase + "/disbursement", "{}");
    assertEquals(200, d.status(), d.body());
    JsonObject split = d.json();
    assertEquals(packing, split.getJsonNumber("earlierStageDealId").longValue());
    BigDecimal repaid = new BigDecimal(split.getString("earlierStageRepaid"));
    assertTrue(repaid.compareTo(new BigDecimal("600000.00")) >= 0, "at least the packing loan's principal: " + split);
    assertEquals(0, new BigDecimal("900000.00").subtract(repaid).compareTo(new BigDecimal(split.getString("paidToCustomer"))), split.toString());
    assertEquals("SETTLED", CM.get("/api/v1/applications/" + packing).json().getString("status"), "the earlier stage is repaid");
  }

  private static BigDecimal insurerOccupied() {
    return CM.get("/api/v1/customers/INS-SINOSURE/lines").array().stream().map(JsonValue::asJsonObject)
        .map(l -> new BigDecimal(l.getString("occupied"))).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  static void assertBalanced(JsonObject entry) {
    BigDecimal dr = BigDecimal.ZERO;
    BigDecimal cr = BigDecimal.ZERO;
    for (JsonValue v : entry.getJsonArray("postings")) {
      JsonObject p = v.asJsonObject();
      if (p.getString("side").equals("DEBIT")) dr = dr.add(new BigDecimal(p.getString("amount"))); else cr = cr.add(new BigDecimal(p.getString("amount")));
    }
    assertEquals(0, dr.compareTo(cr), entry.toString());
  }

  /** 002 Art.31-33 and maker ≠ checker: the maker may not approve; a reviewer may not approve what they reviewed. */
  @Test
  void makerCannotApproveOwnDealNorReviewerWhatTheyReviewed() {
    String customer = Deals.customerWithLine("500000.00");
    Api.As dualMaker = Api.as("dual1"); // customer manager and risk approver
    Api.Reply r = dualMaker.post("/api/v1/applications", Deals.billPurchase(customer, Deals.unique("INV"), "80000.00"));
    assertEquals(201, r.status(), r.body());
    long id = r.json().getJsonNumber("id").longValue();
    Deals.decide(dualMaker, id, "{\"action\": \"SUBMIT\"}", 200);
    Deals.decide(CM, id, "{\"action\": \"APPROVE\"}", 403); // not an approver at all
    Api.As dualChecker = Api.as("dual2"); // International Business and risk approver
    Deals.decide(dualChecker, id, "{\"action\": \"REVIEW\", \"comment\": \"ok\"}", 200);
    JsonObject own = Deals.decide(dualMaker, id, "{\"action\": \"APPROVE\"}", 403);
    assertTrue(own.getString("detail").contains("maker"), own.toString());
    JsonObject reviewed = Deals.decide(dualChecker, id, "{\"action\": \"APPROVE\"}", 403);
    assertTrue(reviewed.getString("detail").contains("reviewed"), reviewed.toString());
    assertEquals("APPROVED", Deals.decide(RISK, id, "{\"action\": \"APPROVE\", \"comment\": \"ok\"}", 200).getString("status"));
    // the audit keeps who, what and the refusals
    List<JsonObject> audit = Deals.ADMIN.get("/api/v1/audit?target=application/" + id).array().stream().map(JsonValue::asJsonObject).toList();
    assertTrue(audit.stream().anyMatch(a -> a.getString("outcome").equals("REFUSED") && a.getString("actor").equals("dual1")), audit.toString());
    assertTrue(audit.stream().anyMatch(a -> a.getString("command").equals("APPLICATION_APPROVE") && a.getString("actor").equals("risk1")
        && a.getString("after").contains("APPROVED")), audit.toString());
  }

  /** PRODUCTS.md X0: a REFER needs an approver's acknowledgement with a comment; 002 Art.33: above authority it escalates. */
  @Test
  void referFindingsNeedAcknowledgementAndLargeDealsEscalate() {
    String customer = Deals.customerWithLine("5000000.00");
    LocalDate bd = Deals.businessDate();
    String body = """
        { "product": "bill-purchase", "customerId": "%s", "currency": "USD", "valueDate": "%s",
          "facts": { "settlement": "DP_SIGHT", "invoiceAmount": "1000000.00", "issuingBankCountry": "DE",
                     "expectedPaymentDate": "%s", "fullSetTitleDocuments": true },
          "documents": [ {"type": "INVOICE", "number": "%s"} ], "requestedAmount": "900000.00" }"""
        .formatted(customer, bd, bd.plusDays(30), Deals.unique("INV"));
    JsonObject created = Deals.create(body);
    long id = created.getJsonNumber("id").longValue();
    assertTrue(created.getJsonArray("referFindings").toString().contains("BP-DP-SIGHT"), created.toString());
    Deals.decide(CM, id, "{\"action\": \"SUBMIT\"}", 200);
    Deals.decide(IB, id, "{\"action\": \"REVIEW\", \"comment\": \"ok\"}", 200);
    JsonObject refused = Deals.decide(RISK, id, "{\"action\": \"APPROVE\"}", 422);
    assertTrue(refused.getString("detail").contains("BP-DP-SIGHT"), refused.toString());
    Deals.decide(RISK, id, "{\"action\": \"ACKNOWLEDGE\", \"acknowledgements\": [{\"code\": \"BP-DP-SIGHT\", \"comment\": \"\"}]}", 400);
    // 900000 USD = 6.39m CNY: above risk1's 5m CNY authority → escalated; risk2 (head office) approves
    JsonObject escalated = Deals.decide(RISK, id, """
        {"action": "APPROVE", "comment": "recourse in place",
         "acknowledgements": [{"code": "BP-DP-SIGHT", "comment": "recourse to the customer and comprehensive insurance in place"}]}""", 200);
    assertEquals("ESCALATED", escalated.getString("status"), escalated.toString());
    Deals.decide(RISK, id, "{\"action\": \"APPROVE\"}", 403);
    assertEquals("APPROVED", Deals.decide(RISK_HEAD, id, "{\"action\": \"APPROVE\", \"comment\": \"head office\"}", 200).getString("status"));
  }

  /** X2: an invoice backing a live deal in any product makes a second financing fail, naming the existing deal. */
  @Test
  void duplicateInvoiceAcrossTwoProductsIsRefusedNamingTheExistingDeal() {
    String customer = Deals.customerWithLine("2000000.00");
    String invoice = Deals.unique("INV");
    long first = Deals.create(Deals.billPurchase(customer, invoice, "90000.00")).getJsonNumber("id").longValue();
    LocalDate bd = Deals.businessDate();
    String packingLoan = """
        { "product": "domestic-lc", "variant": "PACKING_LOAN", "customerId": "%s", "currency": "CNY", "valueDate": "%s",
          "facts": { "lcAmount": "1000000.00", "issueDate": "%s", "lcExpiryDate": "%s", "paymentTermDays": 90 },
          "documents": [ {"type": "INVOICE", "number": "%s", "issuer": "%s"} ], "requestedAmount": "500000.00" }"""
        .formatted(customer, bd, bd.minusDays(5), bd.plusDays(80), invoice.toLowerCase(), customer);
    Api.Reply second = CM.post("/api/v1/applications", packingLoan);
    assertEquals(409, second.status(), second.body());
    assertTrue(second.json().getString("detail").contains("live deal " + first), second.body());
    assertTrue(second.json().getString("detail").contains("X2"), second.body());
    // once the first is rejected, the invoice may back another deal
    Deals.decide(CM, first, "{\"action\": \"SUBMIT\"}", 200);
    Deals.decide(IB, first, "{\"action\": \"REJECT\", \"comment\": \"documents discrepant\"}", 200);
    assertEquals(201, CM.post("/api/v1/applications", packingLoan).status());
  }

  /** API.md: customer facts come from the master; a conflicting fact in the request is a 400, an agreeing one is fine. */
  @Test
  void aFactConflictingWithTheCustomerMasterIsRefused() {
    String customer = Deals.customerWithLine("100000.00");
    String conflicting = Deals.billPurchase(customer, Deals.unique("INV"), "1000.00").replace("\"documentsCompliant\": true", "\"documentsCompliant\": true, \"safeCategory\": \"B\"");
    Api.Reply r = CM.post("/api/v1/applications", conflicting);
    assertEquals(400, r.status(), r.body());
    assertTrue(r.body().contains("facts.safeCategory"), r.body());
    String agreeing = Deals.billPurchase(customer, Deals.unique("INV"), "1000.00").replace("\"documentsCompliant\": true", "\"documentsCompliant\": true, \"safeCategory\": \"A\"");
    assertEquals(201, CM.post("/api/v1/applications", agreeing).status());
    Api.Reply above = CM.post("/api/v1/applications", Deals.billPurchase(customer, Deals.unique("INV"), "90000.01"));
    assertEquals(422, above.status(), "above the evaluated maximum (004 Art.11)");
  }

  /** 100 retries of one submission with one Idempotency-Key make one deal, whatever their timing. */
  @Test
  void hundredRetriedSubmissionsWithOneKeyMakeOneDeal() throws Exception {
    String customer = Deals.customerWithLine("1000000.00");
    String body = Deals.billPurchase(customer, Deals.unique("INV"), "50000.00");
    String key = Deals.unique("key");
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<Api.Reply>> replies = new ArrayList<>();
    for (int i = 0; i < 100; i++) replies.add(pool.submit(() -> CM.post("/api/v1/applications", body, key)));
    Set<Long> ids = ConcurrentHashMap.newKeySet();
    int created = 0;
    int inFlight = 0;
    for (Future<Api.Reply> f : replies) {
      Api.Reply r = f.get(120, TimeUnit.SECONDS);
      if (r.status() == 201) {
        created++;
        ids.add(r.json().getJsonNumber("id").longValue());
      } else {
        assertEquals(409, r.status(), r.body());
        inFlight++;
      }
    }
    pool.shutdown();
    Api.Reply retry = CM.post("/api/v1/applications", body, key);
    assertEquals(201, retry.status());
    ids.add(retry.json().getJsonNumber("id").longValue());
    System.out.println("[measure] 100 keyed retries: " + created + " answered 201 with the stored deal, " + inFlight + " refused while in flight");
    assertEquals(1, ids.size(), ids.toString());
    assertEquals(1, CM.get("/api/v1/applications?customerId=" + customer).array().size());
    Api.Reply other = CM.post("/api/v1/applications", body.replace("50000.00", "40000.00"), key);
    assertEquals(422, other.status(), "the same key with a different request");
  }

  /** 64 concurrent disbursements against one line: Σ occupied ≤ limit, every refusal a 409, the journal balanced. */
  @Test
  void sixtyFourConcurrentDisbursementsNeverOverOccupyALine() throws Exception {
    String customer = Deals.customerWithLine("1000000.00");
    List<Long> deals = new ArrayList<>();
    for (int i = 0; i < 64; i++) deals.add(Deals.approved(Deals.billPurchase(customer, Deals.unique("INV"), "20000.00")));
    ExecutorService pool = Executors.newFixedThreadPool(64);
    List<Future<Api.Reply>> replies = new ArrayList<>();
    long start = System.nanoTime();
    for (long id : deals) replies.add(pool.submit(() -> IB.post("/api/v1/applications/" + id + "/disbursement", "{}")));
    Map<Integer, Integer> byStatus = new ConcurrentHashMap<>();
    for (Future<Api.Reply> f : replies) byStatus.merge(f.get(180, TimeUnit.SECONDS).status(), 1, Integer::sum);
    pool.shutdown();
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.println("[measure] 64 concurrent disbursements of 20000.00 against a 1000000.00 line: " + byStatus + " in " + ms + " ms");
    assertEquals(Map.of(200, 50, 409, 14), byStatus);
    JsonObject line = Deals.lineOf(customer);
    assertEquals("1000000.00", line.getString("occupied"));
    assertTrue(new BigDecimal(line.getString("occupied")).compareTo(new BigDecimal(line.getString("limit"))) <= 0);
    BigDecimal disbursed = BigDecimal.ZERO;
    for (long id : deals) {
      for (JsonValue e : CM.get("/api/v1/applications/" + id + "/journal").array()) {
        assertBalanced(e.asJsonObject());
        disbursed = disbursed.add(new BigDecimal(e.asJsonObject().getJsonArray("postings").getJsonObject(0).getString("amount")));
      }
    }
    assertEquals(0, disbursed.compareTo(new BigDecimal("1000000.00")), "journal = what the line holds");
    JsonObject tb = Deals.ADMIN.get("/api/v1/trial-balance").json();
    assertTrue(tb.getBoolean("balanced"), tb.toString());
  }

  /** Every endpoint needs an authenticated user; roles decide the rest (401 / 403). */
  @Test
  void unauthenticatedCallsAre401AndWrongRolesAre403() {
    Api.Reply anonymous = Api.anonymous().get("/api/v1/products");
    assertEquals(401, anonymous.status());
    assertTrue(anonymous.contentType().startsWith("application/problem+json"), "401 is a problem like every API error");
    assertTrue(anonymous.header("WWW-Authenticate").startsWith("Basic"));
    assertEquals(401, Api.anonymous().get("/api/v1/customers").status());
    assertEquals(401, new Api.As("admin", "wrong-password").get("/api/v1/customers").status());
    assertEquals(200, Api.as("legacy").get("/api/v1/products").status());
    assertEquals(200, Api.as("cm1").post("/api/v1/evaluations", Api.sightLcToJapan()).status());
    assertEquals(403, Api.as("cm1").post("/api/v1/eod", "{}").status());
    assertEquals(403, Api.as("ib1").post("/api/v1/applications", Deals.billPurchase("C001", Deals.unique("INV"), "1.00")).status());
    assertEquals(403, Api.as("cm1").post("/api/v1/lines/1/release", "{}").status(), "only Risk Management releases a line (002 Art.45)");
    Api.Reply put = Api.send(Api.as("risk1").auth(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Api.BASE
        + "/api/v1/products/domestic-lc/parameters/packingLoanRatio")).header("Content-Type", "application/json")
        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"value\": \"0.7\"}"))), "en");
    assertEquals(403, put.status(), "parameter changes are ADMIN only");
  }

  /** The demo customer master holds every kind: tiers, ratings, SAFE classes, overdue and default flags, groups, counterparties. */
  @Test
  void theCustomerMasterServesTheDemoCustomersAndTheirLines() {
    // head office sees the whole bank; a Qingdao customer manager the Qingdao portfolio and the bank's counterparties
    // (issue 16: C002 and C007 are the Yantai branch's)
    List<JsonObject> all = Deals.ADMIN.get("/api/v1/customers").array().stream().map(JsonValue::asJsonObject).toList();
    assertTrue(all.stream().map(c -> c.getString("id")).toList().containsAll(List.of("C001", "C002", "C003", "C004", "C005", "C006", "INS-SINOSURE", "FI-MUFG-JP")));
    List<String> qingdao = CM.get("/api/v1/customers").array().stream().map(JsonValue::asJsonObject).map(c -> c.getString("id")).toList();
    assertTrue(qingdao.containsAll(List.of("C001", "C003", "C004", "C005", "C006", "INS-SINOSURE", "FI-MUFG-JP")) && !qingdao.contains("C002"), qingdao.toString());
    JsonObject c001 = CM.get("/api/v1/customers/C001").json();
    assertEquals("ACTIVELY_DEVELOPED", c001.getString("tier"));
    assertEquals("G-HAIDA", c001.getString("groupId"));
    assertEquals(404, CM.get("/api/v1/customers/NOBODY").status());
    List<JsonObject> lines = CM.get("/api/v1/customers/C005/lines").array().stream().map(JsonValue::asJsonObject).toList();
    assertEquals("SUSPENDED", lines.get(0).getString("status"));
    assertEquals("0", lines.get(0).getString("available").replace("0.00", "0"));
  }
}
