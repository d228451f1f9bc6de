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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * End of day stopped in the middle of its deal step (JobOperator.stop, POST /eod/{run}/stop: each partition stops after
 * its chunk in flight; the test server's chunk is 1 deal) and started again: the new run takes over the date's
 * partitions after their last committed chunk, and every deal is accrued once per night (004 Art.13, ACT/360 for USD,
 * X8) and moved to overdue once (004 Art.25, Dr 13604 / Cr 13201) — no posting is made twice — and the journal
 * balances on every business date (Σ debits = Σ credits per currency).
 */
class EndOfDayRestartIT {

  /** Until a chunk of the deal step committed (or the run ended): then a stop lands in the middle of the partitions. */
  static void waitForAFirstChunk(long run) throws InterruptedException {
    for (int i = 0; i < 2000; i++) {
      JsonObject r = ADMIN.get("/api/v1/eod/" + run).json();
      if (!r.getString("status").equals("STARTING") && !r.getString("status").equals("RUNNING")) return;
      if (r.get("progress") instanceof JsonObject p && p.getJsonNumber("dealsDone").longValue() > 0) return;
      Thread.sleep(5);
    }
  }

  static long start() {
    Api.Reply started = ADMIN.post("/api/v1/eod", "{}");
    assertEquals(202, started.status(), started.body());
    return started.json().getJsonNumber("id").longValue();
  }

  static long disbursed(String body, boolean dpSight) {
    long id = Deals.create(body).getJsonNumber("id").longValue();
    Deals.decide(CM, id, "{\"action\": \"SUBMIT\"}", 200);
    Deals.decide(IB, id, "{\"action\": \"REVIEW\", \"comment\": \"ok\"}", 200);
    Deals.decide(RISK, id, dpSight ? "{\"action\": \"APPROVE\", \"comment\": \"ok\", \"acknowledgements\": [{\"code\": \"BP-DP-SIGHT\","
        + " \"comment\": \"recourse to the customer in place\"}]}" : "{\"action\": \"APPROVE\", \"comment\": \"ok\"}", 200);
    Api.Reply d = IB.post("/api/v1/applications/" + id + "/disbursement", "{}");
    assertEquals(200, d.status(), d.body());
    return id;
  }

  @Test
  void aRunStoppedMidPartitionAndStartedAgainPostsEveryDealOnceAndTheJournalBalancesOnEveryDate() throws Exception {
    String customer = Deals.customerWithLine("5000000.00");
    LocalDate v = Deals.businessDate();
    Map<Long, BigDecimal> principal = new TreeMap<>();
    for (int i = 0; i < 10; i++) {
      String amount = (80000 + i) + ".00";
      principal.put(disbursed(Deals.billPurchase(customer, Deals.unique("INV"), amount), false), new BigDecimal(amount));
    }
    long falling = disbursed("""
        { "product": "bill-purchase", "customerId": "%s", "currency": "USD", "valueDate": "%s",
          "facts": { "settlement": "DP_SIGHT", "invoiceAmount": "250000.00", "issuingBankCountry": "DE",
                     "expectedPaymentDate": "%s", "fullSetTitleDocuments": true },
          "documents": [ {"type": "INVOICE", "number": "%s"} ], "requestedAmount": "100000.00" }"""
        .formatted(customer, v, v.plusDays(1), Deals.unique("INV")), true);
    principal.put(falling, new BigDecimal("100000.00"));

    int midPartition = 0;
    for (int date = 0; date < 3; date++) {
      long run = start();
      waitForAFirstChunk(run);
      ADMIN.post("/api/v1/eod/" + run + "/stop", "");
      JsonObject first = EndOfDayIT.finished(run);
      if (first.getString("status").equals("STOPPED")) {
        JsonObject p = first.get("progress") instanceof JsonObject o ? o : null;
        if (p != null && p.getJsonNumber("dealsDone").longValue() > 0 && p.getJsonNumber("dealsDone").longValue() < p.getJsonNumber("dealsTotal").longValue()) {
          midPartition++;
        }
        JsonObject again = EndOfDayIT.finished(start());
        assertEquals("COMPLETED", again.getString("status"), again.toString());
      } else {
        assertEquals("COMPLETED", first.getString("status"), first.toString());
      }
    }
    System.out.println("[measure] end of day stopped mid-partition and restarted " + midPartition + " of 3 times");
    LocalDate end = Deals.businessDate();
    assertTrue(end.isAfter(v.plusDays(1)), v + " → " + end);

    // ACT/360, 5.5% for USD [default]; the overdue rate x1.5 [default] from the overdue transfer; each night once
    BigDecimal r = new BigDecimal("0.055");
    for (var e : principal.entrySet()) {
      JsonObject deal = CM.get("/api/v1/applications/" + e.getKey()).json();
      long nights = ChronoUnit.DAYS.between(v, end);
      BigDecimal expected;
      if (deal.getString("status").equals("OVERDUE")) {
        LocalDate since = LocalDate.parse(deal.getString("overdueSince"));
        long normal = ChronoUnit.DAYS.between(v, since);
        expected = e.getValue().multiply(r).multiply(BigDecimal.valueOf(normal))
            .add(e.getValue().multiply(r).multiply(new BigDecimal("1.5")).multiply(BigDecimal.valueOf(nights - normal)));
      } else {
        expected = e.getValue().multiply(r).multiply(BigDecimal.valueOf(nights));
      }
      assertEquals(expected.divide(BigDecimal.valueOf(360), 2, RoundingMode.HALF_UP).toPlainString(), deal.getString("interestAccrued"),
          "deal " + e.getKey() + " over " + nights + " nights");
    }
    JsonObject overdue = CM.get("/api/v1/applications/" + falling).json();
    assertEquals("OVERDUE", overdue.getString("status"), overdue.toString());
    List<JsonObject> journal = CM.get("/api/v1/applications/" + falling + "/journal").array().stream().map(JsonValue::asJsonObject).toList();
    assertEquals(1, journal.stream().filter(x -> x.getString("event").equals("OVERDUE_TRANSFER")).count(), journal.toString());
    assertEquals(1, overdue.getJsonArray("history").stream().map(JsonValue::asJsonObject)
        .filter(h -> h.getString("command").equals("OVERDUE")).count(), overdue.toString());

    // the journal balances on every business date: the trial balance up to each date, per currency
    List<String> unbalanced = new ArrayList<>();
    for (LocalDate d = v; !d.isAfter(end); d = d.plusDays(1)) {
      JsonObject tb = ADMIN.get("/api/v1/trial-balance?date=" + d).json();
      for (var t : tb.getJsonArray("totals")) {
        JsonObject total = t.asJsonObject();
        if (new BigDecimal(total.getString("debits")).compareTo(new BigDecimal(total.getString("credits"))) != 0) unbalanced.add(d + " " + total);
      }
      if (!tb.getBoolean("balanced")) unbalanced.add(d.toString());
    }
    assertEquals(List.of(), unbalanced);
  }
}
