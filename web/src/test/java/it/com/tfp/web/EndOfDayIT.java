package it.com.tfp.web;

import static it.com.tfp.web.Deals.ADMIN;
import static it.com.tfp.web.Deals.CM;
import static it.com.tfp.web.Deals.IB;
import static it.com.tfp.web.Deals.RISK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * End of day over a week of business dates with a bill purchase that falls overdue: interest accrued on actual days
 * (004 Art.13, ACT/360 for USD, X8) to the cent, the overdue transfer Dr 13604 / Cr 13201 with no extension (004 Art.25,
 * appendix 6), the customer's lines suspended (002 Art.45), no new bill purchase (004 Art.28), a balanced trial balance.
 */
class EndOfDayIT {

  static JsonObject runUntil(LocalDate until) throws InterruptedException {
    Api.Reply started = ADMIN.post("/api/v1/eod", until == null ? "{}" : "{\"until\": \"" + until + "\"}");
    assertEquals(202, started.status(), started.body());
    return finished(started.json().getJsonNumber("id").longValue());
  }

  /** The run once it is no longer STARTING or RUNNING (on whichever server it runs); 120 s at most. */
  static JsonObject finished(long run) throws InterruptedException {
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (System.nanoTime() < deadline) {
      JsonObject r = ADMIN.get("/api/v1/eod/" + run).json();
      if (!r.getString("status").equals("STARTING") && !r.getString("status").equals("RUNNING")) return r;
      Thread.sleep(100);
    }
    throw new AssertionError("end of day run " + run + " did not finish");
  }

  @Test
  void aWeekOfEndOfDayAccruesExactInterestMovesTheUnpaidDealToOverdueAndSuspendsTheLines() throws Exception {
    String customer = Deals.customerWithLine("1000000.00");
    LocalDate v = Deals.businessDate();
    LocalDate maturity = v.plusDays(3);
    String body = """
        { "product": "bill-purchase", "customerId": "%s", "currency": "USD", "valueDate": "%s",
          "facts": { "settlement": "DP_SIGHT", "invoiceAmount": "250000.00", "issuingBankCountry": "DE",
                     "expectedPaymentDate": "%s", "fullSetTitleDocuments": true },
          "documents": [ {"type": "INVOICE", "number": "%s"} ], "requestedAmount": "123456.78" }"""
        .formatted(customer, v, maturity, Deals.unique("INV"));
    long id = Deals.create(body).getJsonNumber("id").longValue();
    Deals.decide(CM, id, "{\"action\": \"SUBMIT\"}", 200);
    Deals.decide(IB, id, "{\"action\": \"REVIEW\", \"comment\": \"ok\"}", 200);
    Deals.decide(RISK, id, "{\"action\": \"APPROVE\", \"comment\": \"ok\", \"acknowledgements\": [{\"code\": \"BP-DP-SIGHT\","
        + " \"comment\": \"recourse to the customer in place\"}]}", 200);
    assertEquals(200, IB.post("/api/v1/applications/" + id + "/disbursement", "{}").status());
    // 004 Art.25: no extension for bill purchase
    Api.Reply extend = RISK.post("/api/v1/applications/" + id + "/decisions", "{\"action\": \"EXTEND\", \"newMaturityDate\": \"" + maturity.plusDays(30) + "\"}");
    assertEquals(422, extend.status(), extend.body());
    assertTrue(extend.json().getString("detail").contains("004 Art.25"));

    LocalDate until = v.plusDays(7);
    JsonObject run = runUntil(until);
    assertEquals("COMPLETED", run.getString("status"), run.toString());
    LocalDate end = LocalDate.parse(ADMIN.get("/api/v1/business-date").json().getString("businessDate"));
    assertTrue(!end.isBefore(until), end + " " + until);
    assertTrue(run.getInt("daysProcessed") >= 5, run.toString());

    JsonObject deal = CM.get("/api/v1/applications/" + id).json();
    assertEquals("OVERDUE", deal.getString("status"));
    LocalDate overdueSince = LocalDate.parse(deal.getString("overdueSince"));
    assertTrue(!overdueSince.isBefore(maturity), overdueSince.toString());
    // ACT/360, 5.5% [default], then the overdue rate x1.5 [default] from the overdue transfer; rounded once, HALF_UP
    BigDecimal p = new BigDecimal("123456.78");
    BigDecimal r = new BigDecimal("0.055");
    long normal = ChronoUnit.DAYS.between(v, overdueSince);
    long penalty = ChronoUnit.DAYS.between(overdueSince, end);
    BigDecimal expected = p.multiply(r).multiply(BigDecimal.valueOf(normal))
        .add(p.multiply(r).multiply(new BigDecimal("1.5")).multiply(BigDecimal.valueOf(penalty)))
        .divide(BigDecimal.valueOf(360), 2, RoundingMode.HALF_UP);
    assertEquals(expected.toPlainString(), deal.getString("interestAccrued"), "days " + normal + " + " + penalty);
    System.out.println("[measure] a week of end of day: " + run.getInt("daysProcessed") + " business dates closed; interest "
        + deal.getString("interestAccrued") + " over " + normal + " + " + penalty + " days");

    List<JsonObject> journal = CM.get("/api/v1/applications/" + id + "/journal").array().stream().map(JsonValue::asJsonObject).toList();
    JsonObject transfer = journal.stream().filter(e -> e.getString("event").equals("OVERDUE_TRANSFER")).findFirst().orElseThrow();
    assertEquals("13604", transfer.getJsonArray("postings").getJsonObject(0).getString("account"));
    assertEquals("13201", transfer.getJsonArray("postings").getJsonObject(1).getString("account"));
    assertEquals("123456.78", transfer.getJsonArray("postings").getJsonObject(0).getString("amount"));
    assertTrue(transfer.getString("source").contains("004 Art.25"));

    JsonObject line = Deals.lineOf(customer);
    assertEquals("SUSPENDED", line.getString("status"));
    assertTrue(line.getString("statusReason").contains("002 Art.45"));
    assertTrue(CM.get("/api/v1/customers/" + customer).json().getBoolean("overdue"));
    // 004 Art.28: no new bill purchase while one is overdue
    Api.Reply again = CM.post("/api/v1/applications", Deals.billPurchase(customer, Deals.unique("INV"), "1000.00"));
    assertEquals(422, again.status(), again.body());
    assertTrue(again.body().contains("BP-OVERDUE-CUSTOMER"), again.body());

    // safe to re-run: nothing is accrued twice
    JsonObject rerun = runUntil(end);
    assertEquals(0, rerun.getInt("daysProcessed"));
    assertEquals(expected.toPlainString(), CM.get("/api/v1/applications/" + id).json().getString("interestAccrued"));

    // collection of an overdue deal: Cr 13604, interest Cr 50108; the lines stay suspended until Risk Management releases them
    BigDecimal owed = p.add(expected);
    JsonObject paid = IB.post("/api/v1/applications/" + id + "/collections", "{\"amount\": \"" + owed.toPlainString() + "\"}").json();
    assertEquals("SETTLED", paid.getString("status"), paid.toString());
    assertEquals(expected.toPlainString(), paid.getString("interest"));
    JsonObject released = RISK.post("/api/v1/lines/" + line.getJsonNumber("id").longValue() + "/release", "{\"reason\": \"repaid in full\"}").json();
    assertEquals("ACTIVE", released.getString("status"));

    JsonObject tb = ADMIN.get("/api/v1/trial-balance").json();
    assertTrue(tb.getBoolean("balanced"), tb.toString());
    // amounts as decimal strings, debits equal credits per currency
    for (var t : tb.getJsonArray("totals")) {
      JsonObject total = t.asJsonObject();
      assertEquals(0, new java.math.BigDecimal(total.getString("debits")).compareTo(new java.math.BigDecimal(total.getString("credits"))), total.toString());
    }
  }
}
