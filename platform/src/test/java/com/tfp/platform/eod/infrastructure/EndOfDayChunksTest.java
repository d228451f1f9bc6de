package com.tfp.platform.eod.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tfp.platform.eod.domain.DealRules;
import com.tfp.platform.eod.domain.LiveDeal;
import com.tfp.platform.eod.domain.PartitionProgress;
import com.tfp.platform.operations.infrastructure.SchemaMigrations;
import com.tfp.platform.reference.domain.ProductServicing;
import com.tfp.spi.calc.DayCount;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * End of day's deal step on real (in-memory) Derby with the real schema: the reader, the writer and the partition table,
 * each chunk in its own transaction as the batch container runs them. A chunk that did not commit (the server killed)
 * is read again from the partition's committed checkpoint; a chunk that did commit is never posted again — the second
 * try is refused and rolled back whole (004 Art.13 accrual once per night, 004 Art.25 overdue transfer once).
 */
class EndOfDayChunksTest {

  static final LocalDate DATE = LocalDate.of(2026, 12, 1);
  static final LocalDate NEXT = LocalDate.of(2026, 12, 2);

  Connection c;
  DataSource dataSource;
  EodPartitions partitions;
  DealRules rules = new DealRules(DATE, NEXT, new BigDecimal("1.5"),
      p -> new ProductServicing(p, "13201", "13604", "50108", "60021", false, "004 appendix 6"), cur -> DayCount.ACT_360);

  @BeforeEach
  void database() throws Exception {
    c = DriverManager.getConnection("jdbc:derby:memory:eod-" + UUID.randomUUID() + ";create=true");
    SchemaMigrations.bringUpToDate(c);
    c.setAutoCommit(false);
    // the chunk's connection is the test's one: the container would enlist it in the chunk's transaction
    Connection shared = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, m, args) -> m.getName().equals("close") ? null : m.invoke(c, args));
    dataSource = new OneConnection(shared);
    partitions = new EodPartitions();
    partitions.dataSource = dataSource;
    for (int i = 1; i <= 5; i++) deal(new BigDecimal(i * 10000 + ".00"), i == 3 ? DATE : DATE.plusDays(30));
    c.commit();
  }

  @AfterEach
  void close() throws SQLException {
    c.rollback();
    c.close();
  }

  void deal(BigDecimal amount, LocalDate maturity) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO TF_APPLICATION (CUSTOMERID, PRODUCTID, PRODUCTVERSION, CURRENCY, VALUEDATE,"
        + " REQUESTEDAMOUNT, STATUS, DECISION, MATURITYDATE, LINEOCCUPATION, EVALUATIONJSON, CASHMARGIN, PLEDGECOVER, INTERESTRATE, FEES,"
        + " CREATEDBY, CREATEDAT, CREATEDON, DISBURSEDAMOUNT, DISBURSEDON, PRINCIPALOUTSTANDING, INTERESTACCRUED, INTERESTCOLLECTED,"
        + " FEESCOLLECTED, PROCEEDSRECEIVED, VERSION) VALUES ('C1', 'bill-purchase', '1', 'USD', ?, ?, 'DISBURSED', 'APPROVABLE', ?,"
        + " 'CUSTOMER_LINE', '{}', 0, 0, 0.055, 0, 'cm1', CURRENT_TIMESTAMP, ?, ?, ?, ?, 0, 0, 0, 0, 1)")) {
      p.setDate(1, java.sql.Date.valueOf(DATE.minusDays(10)));
      p.setBigDecimal(2, amount);
      p.setDate(3, java.sql.Date.valueOf(maturity));
      p.setDate(4, java.sql.Date.valueOf(DATE.minusDays(10)));
      p.setBigDecimal(5, amount);
      p.setDate(6, java.sql.Date.valueOf(DATE.minusDays(10)));
      p.setBigDecimal(7, amount);
      p.executeUpdate();
    }
  }

  LiveDealReader reader() {
    LiveDealReader r = new LiveDealReader();
    r.businessDate = DATE.toString();
    r.partition = "0";
    r.lastId = String.valueOf(Long.MAX_VALUE);
    r.pageSize = "2";
    r.partitions = partitions;
    r.dataSource = dataSource;
    r.open(null);
    return r;
  }

  DealCloseWriter writer() {
    DealCloseWriter w = new DealCloseWriter();
    w.businessDate = DATE.toString();
    w.partition = "0";
    w.dataSource = dataSource;
    return w;
  }

  /** One chunk as the container runs it: read up to two deals, process, write. */
  List<Object> chunk(LiveDealReader r) throws SQLException {
    List<Object> items = new ArrayList<>();
    for (Object d; items.size() < 2 && (d = r.readItem()) != null; ) items.add(rules.close((LiveDeal) d));
    if (!items.isEmpty()) writer().writeItems(items);
    return items;
  }

  long count(String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  @Test
  void aChunkThatDidNotCommitIsReadAgainAndEveryDealIsPostedOnce() throws Exception {
    partitions.plan(DATE, 1, 1);
    c.commit();
    LiveDealReader first = reader();
    assertEquals(2, chunk(first).size());
    c.commit(); // chunk 1 committed
    assertEquals(2, chunk(first).size()); // chunk 2, with the deal falling overdue: the server dies before its commit
    c.rollback();

    LiveDealReader again = reader(); // a new run takes the partition over after its committed checkpoint
    while (!chunk(again).isEmpty()) c.commit();

    assertEquals(5, count("SELECT COUNT(*) FROM INTEREST_ACCRUAL WHERE BUSINESSDATE = '2026-12-01'"));
    assertEquals(5, count("SELECT COUNT(*) FROM TF_APPLICATION WHERE LASTACCRUALDATE = '2026-12-01'"));
    assertEquals(1, count("SELECT COUNT(*) FROM JOURNAL_ENTRY WHERE EVENT = 'OVERDUE_TRANSFER'"));
    assertEquals(1, count("SELECT COUNT(*) FROM EOD_POSTING"));
    assertEquals(1, count("SELECT COUNT(*) FROM APPLICATION_DECISION WHERE COMMAND_NAME = 'OVERDUE'"));
    assertEquals(count("SELECT SUM(AMOUNT) FROM JOURNAL_POSTING WHERE SIDE = 'DEBIT'"), count("SELECT SUM(AMOUNT) FROM JOURNAL_POSTING WHERE SIDE = 'CREDIT'"));
    PartitionProgress p = partitions.of(DATE).get(0);
    assertEquals(5, p.dealsDone());
    assertEquals(5, p.dealsTotal());
    assertEquals(5, p.accruals());
    assertEquals(1, p.overdueTransfers());
    // 004 Art.13, X8: principal x 5.5% / 360 for the night; the overdue deal at 5.5% x 1.5 (bank default)
    BigDecimal expected = new BigDecimal("120000.00").multiply(new BigDecimal("0.055"))
        .add(new BigDecimal("30000.00").multiply(new BigDecimal("0.0825"))).divide(new BigDecimal(360), 2, java.math.RoundingMode.HALF_UP);
    assertEquals(0, expected.compareTo(p.interestAccrued().setScale(2, java.math.RoundingMode.HALF_UP)), p.toString());
    assertNull(again.readItem());
  }

  @Test
  void aChunkThatCommittedIsRefusedTheSecondTimeAndRolledBackWhole() throws Exception {
    partitions.plan(DATE, 1, 1);
    c.commit();
    LiveDealReader r = reader();
    r.readItem();
    r.readItem();
    List<Object> overdueChunk = new ArrayList<>();
    overdueChunk.add(rules.close((LiveDeal) r.readItem())); // deal 3 falls overdue today
    writer().writeItems(overdueChunk);
    c.commit();
    // the same deal and date again (a second run that did not see the first one's commit): refused, nothing written
    assertThrows(IllegalStateException.class, () -> writer().writeItems(overdueChunk));
    c.rollback();
    List<Object> accrualOnly = List.of(rules.close((LiveDeal) r.readItem())); // deal 4
    writer().writeItems(accrualOnly);
    c.commit();
    assertThrows(SQLException.class, () -> writer().writeItems(accrualOnly), "INTEREST_ACCRUAL's key refuses the night twice");
    c.rollback();
    // and a chunk behind the partition's checkpoint is refused by the checkpoint itself
    assertThrows(IllegalStateException.class, () -> writer().writeItems(List.of(rules.close(new LiveDeal(1, "C1", "bill-purchase", "USD", false,
        new BigDecimal("10000.00"), new BigDecimal("0.055"), DATE.plusDays(30), DATE.minusDays(10), DATE.minusDays(1))))));
    c.rollback();
    assertEquals(2, count("SELECT COUNT(*) FROM INTEREST_ACCRUAL"));
    assertEquals(1, count("SELECT COUNT(*) FROM JOURNAL_ENTRY"));
    assertEquals(2, count("SELECT COUNT(*) FROM JOURNAL_POSTING"));
  }

  /** The container's data source, reduced to the one connection the test commits and rolls back. */
  record OneConnection(Connection connection) implements DataSource {
    @Override public Connection getConnection() { return connection; }
    @Override public Connection getConnection(String user, String password) { return connection; }
    @Override public PrintWriter getLogWriter() { return null; }
    @Override public void setLogWriter(PrintWriter out) {}
    @Override public void setLoginTimeout(int seconds) {}
    @Override public int getLoginTimeout() { return 0; }
    @Override public Logger getParentLogger() { return Logger.getGlobal(); }
    @Override public <T> T unwrap(Class<T> iface) { throw new UnsupportedOperationException(); }
    @Override public boolean isWrapperFor(Class<?> iface) { return false; }
  }
}
