package it.com.tfp.web;

import static it.com.tfp.web.Deals.ADMIN;
import static it.com.tfp.web.Deals.CM;
import static it.com.tfp.web.Deals.IB;
import static it.com.tfp.web.Deals.RISK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 14 point 2: two Liberty servers (tfp and tfp2, the same server.xml and WAR) on one PostgreSQL, real HTTP to
 * both. Every invariant that moves money holds whichever server a request reaches, because the database decides it:
 * the line rows locked FOR UPDATE, the idempotency key's primary key, the deal row locked for each decision, the
 * document claims' primary key, the end-of-day claim's primary key, the product version recorded on the deal. Run by
 * the two-servers profile (tfp.db.kind=postgresql); the last test kills the second server with SIGKILL mid-load.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrossServerIT {

  static final String B = System.getProperty("it.b.base.url", "http://localhost:9081");
  static final Path B_DIR = Path.of(System.getProperty("it.b.server.dir", "target/liberty/wlp/usr/servers/tfp2"));
  static final Path WLP = Path.of(System.getProperty("it.wlp.dir", "target/liberty/wlp"));

  @BeforeAll
  static void bothServersAnswer() throws InterruptedException {
    awaitAnswer(Api.BASE);
    awaitAnswer(B);
  }

  /** The server answers the API (it may report started before the application is ready). */
  static void awaitAnswer(String base) throws InterruptedException {
    long deadline = System.nanoTime() + 180_000_000_000L;
    while (true) {
      try {
        Api.Reply r = CM.on(base).get("/api/v1/business-date");
        if (r.status() == 200) return;
      } catch (java.io.UncheckedIOException refused) {
        // not listening yet
      }
      if (System.nanoTime() > deadline) throw new AssertionError(base + " did not answer within 180 s");
      Thread.sleep(500);
    }
  }

  /** Request {@code i} goes to the first server when even, to the second when odd. */
  static Api.As split(Api.As who, int i) {
    return i % 2 == 0 ? who : who.on(B);
  }

  /** 002 Art.36: Σ occupied ≤ limit, with the 64 drawings split across both servers; every refusal a 409. */
  @Test
  @Order(1)
  void sixtyFourDrawingsSplitAcrossBothServersNeverOverOccupyALine() throws Exception {
    String customer = Deals.customerWithLine("1000000.00");
    List<Long> deals = new ArrayList<>();
    for (int i = 0; i < 64; i++) deals.add(Deals.approved(Deals.billPurchase(customer, Deals.unique("INV"), "20000.00")));
    ExecutorService pool = Executors.newFixedThreadPool(64);
    CyclicBarrier together = new CyclicBarrier(64);
    List<Future<Api.Reply>> replies = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      Api.As ib = split(IB, i);
      long id = deals.get(i);
      replies.add(pool.submit(() -> {
        together.await();
        return ib.post("/api/v1/applications/" + id + "/disbursement", "{}");
      }));
    }
    Map<Integer, Integer> byStatus = new HashMap<>();
    for (Future<Api.Reply> f : replies) byStatus.merge(f.get(180, TimeUnit.SECONDS).status(), 1, Integer::sum);
    pool.shutdown();
    System.out.println("[measure] 64 drawings of 20000.00 on a 1000000.00 line, split over two servers: " + byStatus);
    assertEquals(Map.of(200, 50, 409, 14), byStatus);
    for (Api.As who : List.of(CM, CM.on(B))) {
      JsonObject line = who.get("/api/v1/customers/" + customer + "/lines").array().getJsonObject(0);
      assertEquals("1000000.00", line.getString("occupied"), who.base());
      assertTrue(new BigDecimal(line.getString("occupied")).compareTo(new BigDecimal(line.getString("limit"))) <= 0);
    }
    assertTrue(ADMIN.get("/api/v1/trial-balance").json().getBoolean("balanced"));
  }

  /** Fineract's Idempotency-Key: 40 retries of one submission, alternating between the servers, make one deal. */
  @Test
  @Order(2)
  void retriesOfOneKeyOnBothServersMakeOneDeal() throws Exception {
    String customer = Deals.customerWithLine("1000000.00");
    String body = Deals.billPurchase(customer, Deals.unique("INV"), "50000.00");
    String key = Deals.unique("key");
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<Api.Reply>> replies = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Api.As cm = split(CM, i);
      replies.add(pool.submit(() -> cm.post("/api/v1/applications", body, key)));
    }
    Set<Long> ids = new HashSet<>();
    for (Future<Api.Reply> f : replies) {
      Api.Reply r = f.get(120, TimeUnit.SECONDS);
      if (r.status() == 201) ids.add(r.json().getJsonNumber("id").longValue());
      else assertEquals(409, r.status(), "only 'still in flight' may refuse a retry: " + r.body());
    }
    pool.shutdown();
    for (Api.As cm : List.of(CM, CM.on(B))) {
      Api.Reply retry = cm.post("/api/v1/applications", body, key);
      assertEquals(201, retry.status(), retry.body());
      ids.add(retry.json().getJsonNumber("id").longValue());
    }
    assertEquals(1, ids.size(), ids.toString());
    assertEquals(1, CM.on(B).get("/api/v1/applications?customerId=" + customer).array().size());
  }

  /** 002 Art.31-33, maker ≠ checker: who made or reviewed a deal on one server may not approve it on the other. */
  @Test
  @Order(3)
  void makerAndReviewerCannotApproveOnTheOtherServer() {
    String customer = Deals.customerWithLine("500000.00");
    Api.As dualMaker = Api.as("dual1"); // customer manager and risk approver
    Api.As dualChecker = Api.as("dual2").on(B); // International Business and risk approver
    Api.Reply r = dualMaker.post("/api/v1/applications", Deals.billPurchase(customer, Deals.unique("INV"), "80000.00"));
    assertEquals(201, r.status(), r.body());
    long id = r.json().getJsonNumber("id").longValue();
    Deals.decide(dualMaker, id, "{\"action\": \"SUBMIT\"}", 200);
    Deals.decide(dualChecker, id, "{\"action\": \"REVIEW\", \"comment\": \"ok\"}", 200);
    JsonObject own = Deals.decide(dualMaker.on(B), id, "{\"action\": \"APPROVE\"}", 403);
    assertTrue(own.getString("detail").contains("maker"), own.toString());
    JsonObject reviewed = Deals.decide(Api.as("dual2"), id, "{\"action\": \"APPROVE\"}", 403);
    assertTrue(reviewed.getString("detail").contains("reviewed"), reviewed.toString());
    assertEquals("APPROVED", Deals.decide(RISK.on(B), id, "{\"action\": \"APPROVE\", \"comment\": \"ok\"}", 200).getString("status"));
  }

  /** PRODUCTS.md X2: 16 applications on one invoice and B/L, sent at once to both servers: one deal, 15 refusals (409). */
  @Test
  @Order(4)
  void oneInvoiceAndBillOfLadingFinanceOneDealAcrossServers() throws Exception {
    String customer = Deals.customerWithLine("5000000.00");
    String body = Deals.billPurchase(customer, Deals.unique("INV"), "10000.00");
    ExecutorService pool = Executors.newFixedThreadPool(16);
    CyclicBarrier together = new CyclicBarrier(16);
    List<Future<Api.Reply>> replies = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      Api.As cm = split(CM, i);
      replies.add(pool.submit(() -> {
        together.await();
        return cm.post("/api/v1/applications", body);
      }));
    }
    Map<Integer, Integer> byStatus = new HashMap<>();
    for (Future<Api.Reply> f : replies) byStatus.merge(f.get(120, TimeUnit.SECONDS).status(), 1, Integer::sum);
    pool.shutdown();
    assertEquals(Map.of(201, 1, 409, 15), byStatus);
    assertEquals(1, CM.get("/api/v1/applications?customerId=" + customer).array().size());
  }

  /**
   * End of day once per business date: both servers told at the same moment, twice. A launch the other server's run
   * already holds is refused with 409 naming that run; no two accepted runs start from the same business date, and
   * each date is closed once.
   */
  @Test
  @Order(5)
  void endOfDayToldToBothServersAtOnceRunsOncePerBusinessDate() throws Exception {
    Pattern runNamed = Pattern.compile("run (\\d+)");
    for (int round = 0; round < 2; round++) {
      LocalDate before = Deals.businessDate();
      ExecutorService pool = Executors.newFixedThreadPool(2);
      CyclicBarrier together = new CyclicBarrier(2);
      List<Future<Api.Reply>> replies = new ArrayList<>();
      for (Api.As admin : List.of(ADMIN, ADMIN.on(B))) {
        replies.add(pool.submit(() -> {
          together.await();
          return admin.post("/api/v1/eod", "{}");
        }));
      }
      List<JsonObject> accepted = new ArrayList<>();
      List<Long> named = new ArrayList<>();
      for (Future<Api.Reply> f : replies) {
        Api.Reply r = f.get(120, TimeUnit.SECONDS);
        if (r.status() == 202) {
          accepted.add(EndOfDayIT.finished(r.json().getJsonNumber("id").longValue()));
        } else {
          assertEquals(409, r.status(), r.body());
          assertEquals("urn:tfp:problem:eod-running", r.json().getString("type"), r.body());
          Matcher m = runNamed.matcher(r.json().getString("detail"));
          assertTrue(m.find(), r.body());
          named.add(Long.parseLong(m.group(1)));
        }
      }
      pool.shutdown();
      assertFalse(accepted.isEmpty(), "one of the two launches runs");
      Set<String> fromDates = new HashSet<>();
      for (JsonObject run : accepted) assertTrue(fromDates.add(run.getString("fromDate")), "two runs launched for one business date: " + accepted);
      for (long id : named) {
        JsonObject holder = ADMIN.on(B).get("/api/v1/eod/" + id).json();
        assertEquals(before.toString(), holder.getString("fromDate"), "the refusal names the run holding the date: " + holder);
      }
      int closed = accepted.stream().mapToInt(run -> run.getJsonArray("days").size()).sum();
      System.out.println("[measure] end of day told to both servers on " + before + ": " + accepted.size() + " launched, " + named.size()
          + " refused (409), " + closed + " date(s) closed");
      assertEquals(accepted.size(), closed, "each launched run closed its own date, none a date twice: " + accepted);
      assertEquals(CM.on(B).get("/api/v1/business-date").json().getString("businessDate"), Deals.businessDate().toString());
    }
  }

  /**
   * A user disabled on one server (here by the database, as any change of the user's row: the version moves on) is
   * refused by both servers, though both had verified the credential moments before; enabled again, accepted again.
   */
  @Test
  @Order(6)
  void aUserChangedOnOneServerIsRefusedByTheOtherToo() throws Exception {
    Api.As cm2 = Api.as("cm2");
    for (Api.As who : List.of(cm2, cm2.on(B))) assertEquals(200, who.get("/api/v1/business-date").status(), "verified and cached");
    try {
      setEnabled("cm2", false);
      for (Api.As who : List.of(cm2, cm2.on(B))) awaitStatus(who, 401);
    } finally {
      setEnabled("cm2", true);
    }
    for (Api.As who : List.of(cm2, cm2.on(B))) awaitStatus(who, 200);
  }

  static void setEnabled(String user, boolean enabled) throws Exception {
    try (Connection c = DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.user"), System.getProperty("it.db.password"));
        PreparedStatement s = c.prepareStatement("UPDATE PLATFORM_USER SET ENABLED = ?, VERSION = VERSION + 1 WHERE USERNAME = ?")) {
      s.setBoolean(1, enabled);
      s.setString(2, user);
      assertEquals(1, s.executeUpdate());
    }
  }

  /** Polls until the server answers {@code status}; 30 s at most (the servers recheck a cached credential after 1 s). */
  static void awaitStatus(Api.As who, int status) throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (who.get("/api/v1/business-date").status() != status) {
      if (System.nanoTime() > deadline) throw new AssertionError(who.user() + " on " + who.base() + " not answered " + status + " within 30 s");
      Thread.sleep(100);
    }
  }

  /**
   * PRODUCTS.md §4 [default], packing loan ≤ 80% of the L/C: the ratio the bank sets on one server is the other's too.
   * Under four eyes (issue 16) the change is proposed on one server and approved by the other administrator on the
   * other; it is in force on both once approved, never before.
   */
  @Test
  @Order(7)
  void aParameterSetOnOneServerIsEvaluatedWithOnTheOther() throws Exception {
    String path = "/api/v1/products/domestic-lc/parameters/packingLoanRatio";
    Api.deleteApproved(path);
    awaitMaxAmount(ADMIN.on(B), "800000.00");
    try {
      Api.Reply proposed = ADMIN.put(path, "{\"value\": \"0.7\"}");
      assertEquals(202, proposed.status(), proposed.body());
      assertEquals("800000.00", ADMIN.on(B).post("/api/v1/evaluations", ParameterIT.PACKING_LOAN).json().getString("maxAmount"),
          "a proposal is not in force on any server");
      Api.Reply approved = Api.as(Api.CHECKER).on(B)
          .post("/api/v1/rule-changes/" + proposed.json().getJsonNumber("id").longValue() + "/approval", "");
      assertEquals(200, approved.status(), approved.body());
      awaitMaxAmount(ADMIN.on(B), "700000.00");
      awaitMaxAmount(ADMIN, "700000.00");
    } finally {
      Api.deleteApproved(path);
    }
    awaitMaxAmount(ADMIN.on(B), "800000.00");
  }

  /** Polls the packing-loan evaluation until its maximum is {@code amount}; 30 s at most (servers recheck each second). */
  static void awaitMaxAmount(Api.As who, String amount) throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    String last;
    while (!(last = who.post("/api/v1/evaluations", ParameterIT.PACKING_LOAN).json().getString("maxAmount")).equals(amount)) {
      if (System.nanoTime() > deadline) throw new AssertionError(who.base() + " still evaluates with " + last + ", not " + amount);
      Thread.sleep(100);
    }
  }

  /**
   * Plug-ins per server: version 1.0.0 of the SDK-built product dropped into the first server's directory, 1.1.0 into
   * the second's. Each server evaluates with its own; a deal records the product id and version that evaluated it, and
   * keeps them when read or decided on the other server.
   */
  @Test
  @Order(8)
  void aPlugInDroppedIntoOneServerLeavesTheDealsOfTheOtherAsEvaluated() throws Exception {
    String id = "import-bill-advance";
    Path onA = Api.PLUGINS.resolve("it-cross-import-bill-advance.jar");
    Path onB = Files.createDirectories(B_DIR.resolve("plugins")).resolve("it-cross-import-bill-advance-1.1.0.jar");
    Path jar = Path.of(System.getProperty("it.example.jar"));
    try {
      SdkProductDropInIT.drop(jar, onA);
      SdkProductDropInIT.dropSigned(SdkProductDropInIT.version110(), onB);
      PluginDropInIT.awaitCatalogue(ADMIN, p -> id.equals(p.getString("id", null)) && "1.0.0".equals(p.getString("version", null))
          && p.getString("status").equals("ACTIVE"), true);
      PluginDropInIT.awaitCatalogue(ADMIN.on(B), p -> id.equals(p.getString("id", null)) && "1.1.0".equals(p.getString("version", null))
          && p.getString("status").equals("ACTIVE"), true);
      assertFalse(PluginDropInIT.catalogueEntry(ADMIN, p -> "1.1.0".equals(p.getString("version", null)) && id.equals(p.getString("id", null))).isPresent(),
          "the second server's jar is not the first's");

      String customer = Deals.customerWithLine("1000000.00");
      JsonObject onFirst = Deals.create(SdkProductDropInIT.application(customer));
      Api.Reply r = CM.on(B).post("/api/v1/applications", SdkProductDropInIT.application(customer));
      assertEquals(201, r.status(), r.body());
      JsonObject onSecond = r.json();
      assertEquals("1.0.0", onFirst.getString("productVersion"), onFirst.toString());
      assertEquals("1.1.0", onSecond.getString("productVersion"), onSecond.toString());

      long first = onFirst.getJsonNumber("id").longValue();
      long second = onSecond.getJsonNumber("id").longValue();
      Deals.decide(CM.on(B), first, "{\"action\": \"SUBMIT\"}", 200);
      Deals.decide(CM, second, "{\"action\": \"SUBMIT\"}", 200);
      for (Api.As who : List.of(CM, CM.on(B))) {
        JsonObject a = who.get("/api/v1/applications/" + first).json();
        JsonObject b = who.get("/api/v1/applications/" + second).json();
        assertEquals(id + " 1.0.0", a.getString("product") + " " + a.getString("productVersion"), a.toString());
        assertEquals(id + " 1.1.0", b.getString("product") + " " + b.getString("productVersion"), b.toString());
        assertEquals(onFirst.getString("maxAmount"), a.getString("maxAmount"));
        assertEquals(onSecond.getString("maxAmount"), b.getString("maxAmount"));
      }
    } finally {
      Files.deleteIfExists(onA);
      Files.deleteIfExists(onB);
    }
    PluginDropInIT.awaitCatalogue(ADMIN, p -> id.equals(p.getString("id", null)), false);
    PluginDropInIT.awaitCatalogue(ADMIN.on(B), p -> id.equals(p.getString("id", null)), false);
  }

  /**
   * kill -9 of the second server under load (8 clients creating deals on both): every deal either server acknowledged
   * (201) is in the database afterwards, read through the first server, which kept answering every request. (The build's
   * test-stop of the killed server then finds it not running, which it accepts.)
   */
  @Test
  @Order(9)
  void killMinusNineOfOneServerMidLoadLosesNoAcknowledgedDeal() throws Exception {
    String customer = Deals.customerWithLine("100000000.00");
    Map<Long, String> acknowledged = new ConcurrentHashMap<>();
    AtomicInteger onBBeforeKill = new AtomicInteger();
    AtomicInteger onAAfterKill = new AtomicInteger();
    AtomicBoolean killed = new AtomicBoolean();
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch enoughOnB = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> clients = new ArrayList<>();
    for (int c = 0; c < 8; c++) {
      Api.As cm = split(CM, c);
      boolean second = c % 2 == 1;
      clients.add(pool.submit(() -> {
        while (!stop.get()) {
          Api.Reply r;
          try {
            r = cm.post("/api/v1/applications", Deals.billPurchase(customer, Deals.unique("KILL"), "1000.00"));
          } catch (RuntimeException connectionLost) {
            if (!second) throw connectionLost; // the first server must keep serving
            Thread.sleep(50);
            continue;
          }
          if (r.status() != 201) {
            if (!second) throw new AssertionError("the first server refused: " + r.status() + " " + r.body());
            continue; // the second server dying mid-request
          }
          acknowledged.put(r.json().getJsonNumber("id").longValue(), cm.base());
          if (second && !killed.get() && onBBeforeKill.incrementAndGet() >= 10) enoughOnB.countDown();
          if (!second && killed.get() && onAAfterKill.incrementAndGet() >= 20) stop.set(true);
        }
        return null;
      }));
    }
    try {
      assertTrue(enoughOnB.await(120, TimeUnit.SECONDS), "the second server acknowledged deals before the kill");
      long pid = Long.parseLong(Files.readString(WLP.resolve("usr/servers/.pid/tfp2.pid")).trim());
      ProcessHandle server = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no process " + pid));
      killed.set(true);
      assertTrue(server.destroyForcibly(), "SIGKILL sent to the second server"); // destroyForcibly is SIGKILL on Unix
      server.onExit().get(60, TimeUnit.SECONDS);
      for (Future<?> f : clients) f.get(180, TimeUnit.SECONDS);
    } finally {
      stop.set(true);
      pool.shutdown();
    }
    long byB = acknowledged.values().stream().filter(B::equals).count();
    System.out.println("[measure] kill -9 of the second server mid-load: " + acknowledged.size() + " deals acknowledged (" + byB
        + " by the killed server), " + onAAfterKill.get() + " by the first after the kill");
    for (long id : acknowledged.keySet()) assertEquals(200, CM.get("/api/v1/applications/" + id).status(), "acknowledged deal " + id);
    assertTrue(byB >= 10 && onAAfterKill.get() >= 20, "deals of the killed server checked, the other served on");
  }
}
