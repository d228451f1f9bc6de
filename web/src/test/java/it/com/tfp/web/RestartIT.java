package it.com.tfp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Restarting the server never loses data: the database is durable Derby under the server's directory. */
class RestartIT {

  static void server(String action) throws Exception {
    Path wlp = Api.SERVER_DIR.toAbsolutePath().getParent().getParent().getParent();
    Process p = new ProcessBuilder(wlp.resolve("bin/server").toString(), action, "tfp").inheritIO().start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) throw new AssertionError("server " + action + " did not finish");
    assertEquals(0, p.exitValue(), "server " + action);
  }

  static void awaitReady() throws Exception {
    long start = System.nanoTime();
    while (true) {
      try {
        if (Api.get("/api/v1/products").status() == 200) break;
      } catch (RuntimeException notYet) {
        // connection refused while the server starts
      }
      if (System.nanoTime() - start > 180_000_000_000L) throw new AssertionError("server not ready after restart");
      Thread.sleep(100);
    }
    System.out.println("[measure] server start to first answered request: " + (System.nanoTime() - start) / 1_000_000 + " ms");
  }

  @Test
  void aBankParameterSurvivesARestart() throws Exception {
    assertEquals(200, Api.putApproved("/api/v1/products/domestic-lc/parameters/sellerBillPurchaseRatio", "{\"value\": \"0.85\"}").status());
    // a proposal waiting for its second administrator survives the restart too (four eyes, issue 16)
    Api.Reply pending = Api.delete("/api/v1/products/domestic-lc/parameters/sellerBillPurchaseRatio");
    assertEquals(202, pending.status(), pending.body());
    // a deal with its customer, line, journal and audit, and the business date
    String customer = Deals.customerWithLine("300000.00");
    long deal = Deals.approved(Deals.billPurchase(customer, Deals.unique("INV"), "60000.00"));
    assertEquals(200, Deals.IB.post("/api/v1/applications/" + deal + "/disbursement", "{}").status());
    String businessDate = Deals.businessDate().toString();
    int auditBefore = Deals.ADMIN.get("/api/v1/audit?target=application/" + deal).array().size();
    server("stop");
    long start = System.nanoTime();
    server("start");
    awaitReady();
    System.out.println("[measure] restart (start command to first answer): " + (System.nanoTime() - start) / 1_000_000 + " ms");
    JsonObject p = Api.get("/api/v1/products/domestic-lc").json().getJsonArray("parameters").stream()
        .map(v -> v.asJsonObject()).filter(o -> o.getString("key").equals("sellerBillPurchaseRatio")).findFirst().orElseThrow();
    assertEquals("0.85", p.getString("value"));
    assertFalse(p.getBoolean("bankDefault"));
    assertEquals(200, Api.approved(pending).status(), "the pending reset, approved after the restart");
    assertTrue(Api.get("/api/v1/products/domestic-lc").json().getJsonArray("parameters").stream().map(v -> v.asJsonObject())
        .filter(o -> o.getString("key").equals("sellerBillPurchaseRatio")).findFirst().orElseThrow().getBoolean("bankDefault"));

    JsonObject kept = Deals.CM.get("/api/v1/applications/" + deal).json();
    assertEquals("DISBURSED", kept.getString("status"));
    assertEquals("bill-purchase", kept.getString("product"));
    assertEquals("60000.00", Deals.lineOf(customer).getString("occupied"));
    assertEquals(businessDate, Deals.businessDate().toString());
    assertEquals(1, Deals.CM.get("/api/v1/applications/" + deal + "/journal").array().size());
    assertEquals(auditBefore, Deals.ADMIN.get("/api/v1/audit?target=application/" + deal).array().size());
    assertEquals(200, Api.as("cm1").get("/api/v1/customers/" + customer).status(), "users and customers survive too");
  }
}
