package com.tfp.bench.eod;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * End of day at scale, the database side of {@code benchmarks/eod.sh} (plain JDBC, no dependency but the driver; run as
 * a single-file program: {@code java -cp <driver jars> EodBench.java <command> ...}):
 *
 * <ul>
 *   <li>{@code seed URL USER PASSWORD DEALS}: N live deals, disbursed, spread over the seeded customers with a line,
 *       the currencies with a rate, the products with a servicing row, and maturities: about 1 % fall due on the
 *       business date (overdue transfer), 2 % are already overdue (penalty rate), the rest mature later (accrual).
 *       JDBC batches of 5,000 rows, a commit every 50,000.
 *   <li>{@code raw URL USER PASSWORD NEXT_BUSINESS_DATE THREADS BATCH}: the same updates end of day's deal step makes
 *       (overdue transfer with its history row and journal entry, one accrual row per night, the deal's accrued total),
 *       in plain JDBC batches over THREADS id ranges, a commit per BATCH deals — the baseline for the job.
 *   <li>{@code check URL USER PASSWORD}: Σ debits = Σ credits per business date and currency in the journal, no deal
 *       accrued twice for a night, no overdue transfer posted twice; prints the accruals and interest of the business date.
 * </ul>
 */
public final class EodBench {

  public static void main(String[] a) throws Exception {
    try (Connection c = DriverManager.getConnection(a[1], a[2], a[3])) {
      c.setAutoCommit(false);
      switch (a[0]) {
        case "seed" -> seed(c, Integer.parseInt(a[4]));
        case "raw" -> raw(a, LocalDate.parse(a[4]), Integer.parseInt(a[5]), Integer.parseInt(a[6]));
        case "check" -> {
          if (!check(c)) throw new IllegalStateException("the check failed");
        }
        default -> throw new IllegalArgumentException("seed | raw | check");
      }
      c.commit();
    } finally {
      if (a[1].startsWith("jdbc:derby:")) shutDownDerby();
    }
  }

  /** Embedded Derby: a clean shutdown, so the server does not recover the database on its next start. */
  static void shutDownDerby() {
    try {
      DriverManager.getConnection("jdbc:derby:;shutdown=true");
    } catch (SQLException expected) {
      // Derby reports a successful shutdown as an exception (XJ015)
    }
  }

  static LocalDate businessDate(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT CURRENT_BUSINESS_DATE FROM BUSINESS_DATE")) {
      if (r.next()) return r.getDate(1).toLocalDate();
    }
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT SETTING_VALUE FROM REF_BANK_SETTING WHERE SETTING_KEY = 'business.date.start'")) {
      return r.next() ? LocalDate.parse(r.getString(1)) : LocalDate.parse("2026-12-01");
    }
  }

  static List<String[]> rows(Connection c, String sql) throws SQLException {
    List<String[]> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        String[] row = new String[n];
        for (int i = 0; i < n; i++) row[i] = r.getString(i + 1);
        out.add(row);
      }
    }
    return out;
  }

  // ---- seed -----------------------------------------------------------------------------------------------------

  static void seed(Connection c, int deals) throws SQLException {
    LocalDate today = businessDate(c);
    List<String[]> lines = rows(c, "SELECT CUSTOMERID, ID, CODE FROM CREDIT_LINE WHERE STATUS = 'ACTIVE' ORDER BY ID");
    List<String[]> rates = rows(c, "SELECT CURRENCY, ANNUALRATE FROM REF_INTEREST_RATE ORDER BY CURRENCY");
    List<String[]> products = rows(c, "SELECT PRODUCTID FROM REF_PRODUCT_SERVICING WHERE PRODUCTID <> '*' ORDER BY PRODUCTID");
    if (lines.isEmpty() || rates.isEmpty() || products.isEmpty()) throw new IllegalStateException("start the server once first: no seeded lines, rates or products");
    SplittableRandom random = new SplittableRandom(14);
    Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
    long started = System.nanoTime();
    try (PreparedStatement p = c.prepareStatement("INSERT INTO TF_APPLICATION (CUSTOMERID, PRODUCTID, PRODUCTVERSION, CURRENCY, VALUEDATE,"
        + " REQUESTEDAMOUNT, STATUS, DECISION, MAXAMOUNT, MATURITYDATE, RISKCLASS, LINEOCCUPATION, EVALUATIONJSON, CASHMARGIN, PLEDGECOVER,"
        + " INTERESTRATE, FEES, CREATEDBY, CREATEDAT, CREATEDON, DISBURSEDAMOUNT, DISBURSEDON, PRINCIPALOUTSTANDING, INTERESTACCRUED,"
        + " INTERESTCOLLECTED, FEESCOLLECTED, PROCEEDSRECEIVED, LINEID, LINECODE, LINEOCCUPIED, OVERDUESINCE, LASTACCRUALDATE, VERSION)"
        + " VALUES (?, ?, '1.0.0', ?, ?, ?, ?, 'APPROVABLE', ?, ?, 2, 'CUSTOMER_LINE', '{}', 0, 0, ?, 0, 'bench', ?, ?, ?, ?, ?, 0, 0, 0, 0, ?, ?, ?, ?, ?, 1)")) {
      for (int i = 0; i < deals; i++) {
        String[] line = lines.get(random.nextInt(lines.size()));
        String[] rate = rates.get(random.nextInt(rates.size()));
        BigDecimal amount = BigDecimal.valueOf(10_000 + random.nextInt(990_000), 0).add(BigDecimal.valueOf(random.nextInt(100), 2));
        LocalDate disbursed = today.minusDays(1 + random.nextInt(90));
        int kind = random.nextInt(100);
        LocalDate maturity = kind == 0 ? today : kind <= 2 ? today.minusDays(1 + random.nextInt(20)) : today.plusDays(1 + random.nextInt(180));
        boolean overdue = kind == 1 || kind == 2;
        p.setString(1, line[0]);
        p.setString(2, products.get(random.nextInt(products.size()))[0]);
        p.setString(3, rate[0]);
        p.setDate(4, Date.valueOf(disbursed));
        p.setBigDecimal(5, amount);
        p.setString(6, overdue ? "OVERDUE" : "DISBURSED");
        p.setBigDecimal(7, amount);
        p.setDate(8, Date.valueOf(maturity));
        p.setBigDecimal(9, new BigDecimal(rate[1]));
        p.setTimestamp(10, now);
        p.setDate(11, Date.valueOf(disbursed));
        p.setBigDecimal(12, amount);
        p.setDate(13, Date.valueOf(disbursed));
        p.setBigDecimal(14, amount);
        p.setLong(15, Long.parseLong(line[1]));
        p.setString(16, line[2]);
        p.setBigDecimal(17, amount);
        p.setDate(18, overdue ? Date.valueOf(maturity.plusDays(1)) : null);
        p.setDate(19, Date.valueOf(today.minusDays(1)));
        p.addBatch();
        if ((i + 1) % 5_000 == 0) p.executeBatch();
        if ((i + 1) % 50_000 == 0) {
          c.commit();
          System.out.printf("  %,d deals%n", i + 1);
        }
      }
      p.executeBatch();
      c.commit();
    }
    double s = (System.nanoTime() - started) / 1e9;
    System.out.printf("seeded %,d live deals for business date %s over %d lines, %d currencies, %d products in %.1f s (%,.0f deals/s)%n",
        deals, today, lines.size(), rates.size(), products.size(), s, deals / s);
  }

  // ---- raw: the same updates in plain JDBC -------------------------------------------------------------------------

  record Deal(long id, String customer, String product, String currency, boolean overdue, BigDecimal principal, BigDecimal rate,
      LocalDate maturity, LocalDate disbursed, LocalDate lastAccrual) {}

  static void raw(String[] a, LocalDate next, int threads, int batch) throws Exception {
    LocalDate date;
    long min, max;
    Map<String, Integer> yearDays = new HashMap<>();
    Map<String, String[]> accounts = new HashMap<>();
    BigDecimal multiplier;
    try (Connection c = DriverManager.getConnection(a[1], a[2], a[3])) {
      date = businessDate(c);
      for (String[] r : rows(c, "SELECT CURRENCY, CONVENTION FROM REF_DAY_COUNT")) yearDays.put(r[0], r[1].endsWith("365") ? 365 : 360);
      for (String[] r : rows(c, "SELECT PRODUCTID, OVERDUEACCOUNT, LOANACCOUNT FROM REF_PRODUCT_SERVICING")) accounts.put(r[0], new String[] {r[1], r[2]});
      List<String[]> m = rows(c, "SELECT SETTING_VALUE FROM REF_BANK_SETTING WHERE SETTING_KEY = 'overdue.rateMultiplier'");
      multiplier = new BigDecimal(m.isEmpty() ? "1.5" : m.get(0)[0]);
      String[] range = rows(c, "SELECT MIN(ID), MAX(ID) FROM TF_APPLICATION WHERE STATUS IN ('DISBURSED', 'OVERDUE') AND PRINCIPALOUTSTANDING > 0").get(0);
      min = Long.parseLong(range[0]);
      max = Long.parseLong(range[1]);
    }
    long width = (max - min + threads) / threads;
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<long[]>> parts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      long from = min + t * width, to = t == threads - 1 ? max : min + (t + 1) * width - 1;
      parts.add(pool.submit(() -> rawRange(a, date, next, from, to, batch, yearDays, accounts, multiplier)));
    }
    long deals = 0, accruals = 0, overdue = 0;
    for (Future<long[]> f : parts) {
      long[] r = f.get();
      deals += r[0];
      accruals += r[1];
      overdue += r[2];
    }
    pool.shutdown();
    double s = (System.nanoTime() - started) / 1e9;
    System.out.printf("RAW %d deals %d accruals %d overdue %.3f s %.0f deals/s%n", deals, accruals, overdue, s, deals / s);
  }

  static long[] rawRange(String[] a, LocalDate date, LocalDate next, long from, long to, int batch, Map<String, Integer> yearDays,
      Map<String, String[]> accounts, BigDecimal multiplier) throws SQLException {
    long deals = 0, accruals = 0, overdue = 0;
    Date day = Date.valueOf(date);
    try (Connection c = DriverManager.getConnection(a[1], a[2], a[3])) {
      c.setAutoCommit(false);
      try (PreparedStatement read = c.prepareStatement("SELECT ID, CUSTOMERID, PRODUCTID, CURRENCY, STATUS, PRINCIPALOUTSTANDING, INTERESTRATE,"
              + " MATURITYDATE, DISBURSEDON, LASTACCRUALDATE FROM TF_APPLICATION WHERE ID > ? AND ID <= ? AND STATUS IN ('DISBURSED', 'OVERDUE')"
              + " AND PRINCIPALOUTSTANDING > 0 ORDER BY ID FETCH FIRST " + batch + " ROWS ONLY");
          PreparedStatement toOverdue = c.prepareStatement("UPDATE TF_APPLICATION SET STATUS = 'OVERDUE', OVERDUESINCE = ?, VERSION = VERSION + 1 WHERE ID = ?");
          PreparedStatement history = c.prepareStatement("INSERT INTO APPLICATION_DECISION (APPLICATION_ID, POS, COMMAND_NAME, DECIDED_AT, DECIDED_BY,"
              + " FROM_STATUS, NOTE, TO_STATUS) VALUES (?, 0, 'OVERDUE', ?, 'eod', 'DISBURSED', 'unpaid at maturity: moved to overdue (004 Art.25)', 'OVERDUE')");
          PreparedStatement entry = c.prepareStatement("INSERT INTO JOURNAL_ENTRY (ACTOR, BUSINESSDATE, CURRENCY, CUSTOMERID, DEALID, EVENT, NARRATIVE,"
              + " RECORDEDAT, SOURCE) VALUES ('raw', ?, ?, ?, ?, 'OVERDUE_TRANSFER', 'raw baseline', ?, '004 Art.25')", Statement.RETURN_GENERATED_KEYS);
          PreparedStatement posting = c.prepareStatement("INSERT INTO JOURNAL_POSTING (ENTRY_ID, LINE_NO, ACCOUNT, SIDE, AMOUNT, CURRENCY, BUSINESSDATE)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?)");
          PreparedStatement accrual = c.prepareStatement("INSERT INTO INTEREST_ACCRUAL (ACCRUALKEY, DEALID, ACCRUALDAY, BUSINESSDATE, PRINCIPAL,"
              + " ANNUALRATE, DAYCOUNT, AMOUNT, OVERDUERATE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
          PreparedStatement accrue = c.prepareStatement("UPDATE TF_APPLICATION SET INTERESTACCRUED = INTERESTACCRUED + ?, LASTACCRUALDATE = ?,"
              + " VERSION = VERSION + 1 WHERE ID = ?")) {
        long after = from - 1;
        while (true) {
          List<Deal> page = new ArrayList<>(batch);
          read.setLong(1, after);
          read.setLong(2, to);
          try (ResultSet r = read.executeQuery()) {
            while (r.next()) {
              page.add(new Deal(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), "OVERDUE".equals(r.getString(5)), r.getBigDecimal(6),
                  r.getBigDecimal(7), r.getDate(8) == null ? null : r.getDate(8).toLocalDate(), r.getDate(9).toLocalDate(),
                  r.getDate(10) == null ? null : r.getDate(10).toLocalDate()));
            }
          }
          if (page.isEmpty()) {
            c.commit();
            break;
          }
          Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
          for (Deal d : page) {
            boolean od = d.overdue();
            if (!od && d.maturity() != null && !d.maturity().isAfter(date)) {
              String[] acc = accounts.getOrDefault(d.product(), accounts.get("*"));
              toOverdue.setDate(1, day);
              toOverdue.setLong(2, d.id());
              toOverdue.executeUpdate();
              entry.setDate(1, day);
              entry.setString(2, d.currency());
              entry.setString(3, d.customer());
              entry.setLong(4, d.id());
              entry.setTimestamp(5, now);
              entry.executeUpdate();
              long id;
              try (ResultSet k = entry.getGeneratedKeys()) {
                k.next();
                id = k.getLong(1);
              }
              for (int i = 0; i < 2; i++) {
                posting.setLong(1, id);
                posting.setInt(2, i);
                posting.setString(3, acc[i]);
                posting.setString(4, i == 0 ? "DEBIT" : "CREDIT");
                posting.setBigDecimal(5, d.principal());
                posting.setString(6, d.currency());
                posting.setDate(7, day);
                posting.addBatch();
              }
              history.setLong(1, d.id());
              history.setTimestamp(2, now);
              history.addBatch();
              od = true;
              overdue++;
            }
            int yd = yearDays.getOrDefault(d.currency(), 360);
            BigDecimal rate = od ? d.rate().multiply(multiplier) : d.rate();
            BigDecimal total = BigDecimal.ZERO;
            LocalDate last = null;
            for (LocalDate night = date; night.isBefore(next); night = night.plusDays(1)) {
              if (d.disbursed().isAfter(night) || (d.lastAccrual() != null && !night.isAfter(d.lastAccrual()))) continue;
              BigDecimal amount = d.principal().multiply(rate).divide(BigDecimal.valueOf(yd), 10, RoundingMode.HALF_UP);
              accrual.setString(1, d.id() + "@" + night);
              accrual.setLong(2, d.id());
              accrual.setDate(3, Date.valueOf(night));
              accrual.setDate(4, day);
              accrual.setBigDecimal(5, d.principal());
              accrual.setBigDecimal(6, rate);
              accrual.setString(7, yd == 365 ? "ACT_365" : "ACT_360");
              accrual.setBigDecimal(8, amount);
              accrual.setBoolean(9, od);
              accrual.addBatch();
              total = total.add(amount);
              last = night;
              accruals++;
            }
            if (last != null) {
              accrue.setBigDecimal(1, total);
              accrue.setDate(2, Date.valueOf(last));
              accrue.setLong(3, d.id());
              accrue.addBatch();
            }
            after = d.id();
            deals++;
          }
          posting.executeBatch();
          history.executeBatch();
          accrual.executeBatch();
          accrue.executeBatch();
          c.commit();
        }
      }
    }
    return new long[] {deals, accruals, overdue};
  }

  // ---- check ----------------------------------------------------------------------------------------------------

  static boolean check(Connection c) throws SQLException {
    boolean ok = true;
    Map<String, BigDecimal[]> days = new java.util.TreeMap<>();
    for (String[] r : rows(c, "SELECT BUSINESSDATE, CURRENCY, SIDE, SUM(AMOUNT) FROM JOURNAL_POSTING GROUP BY BUSINESSDATE, CURRENCY, SIDE")) {
      BigDecimal[] dc = days.computeIfAbsent(r[0] + " " + r[1], k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      dc[r[2].equals("DEBIT") ? 0 : 1] = dc[r[2].equals("DEBIT") ? 0 : 1].add(new BigDecimal(r[3]));
    }
    int unbalanced = 0;
    for (var e : days.entrySet()) {
      if (e.getValue()[0].compareTo(e.getValue()[1]) != 0) {
        unbalanced++;
        System.out.println("UNBALANCED " + e.getKey() + " Dr " + e.getValue()[0] + " Cr " + e.getValue()[1]);
      }
    }
    ok &= unbalanced == 0;
    System.out.printf("journal: %d (business date, currency) pairs, %d unbalanced%n", days.size(), unbalanced);
    String doubled = rows(c, "SELECT COUNT(*) FROM (SELECT DEALID, ACCRUALDAY FROM INTEREST_ACCRUAL GROUP BY DEALID, ACCRUALDAY HAVING COUNT(*) > 1) x").get(0)[0];
    String twice = rows(c, "SELECT COUNT(*) FROM (SELECT DEALID, BUSINESSDATE FROM JOURNAL_ENTRY WHERE EVENT = 'OVERDUE_TRANSFER'"
        + " GROUP BY DEALID, BUSINESSDATE HAVING COUNT(*) > 1) x").get(0)[0];
    ok &= "0".equals(doubled) && "0".equals(twice);
    System.out.printf("nights accrued twice: %s; overdue transfers posted twice: %s%n", doubled, twice);
    for (String[] r : rows(c, "SELECT BUSINESSDATE, COUNT(*), SUM(AMOUNT) FROM INTEREST_ACCRUAL GROUP BY BUSINESSDATE ORDER BY BUSINESSDATE DESC FETCH FIRST 1 ROWS ONLY")) {
      System.out.printf("accruals of business date %s: %s, interest %s%n", r[0], r[1], new BigDecimal(r[2]).setScale(2, RoundingMode.HALF_UP));
    }
    System.out.println(ok ? "CHECK OK" : "CHECK FAILED");
    return ok;
  }
}
