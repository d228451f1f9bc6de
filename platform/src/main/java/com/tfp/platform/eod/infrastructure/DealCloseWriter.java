package com.tfp.platform.eod.infrastructure;

import com.tfp.platform.eod.domain.DealClose;
import com.tfp.platform.ledger.infrastructure.JournalRows;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Writes one chunk of a partition in the chunk's transaction, with JDBC batches: the overdue transfers (the deal's
 * status, its history, the journal entry Dr overdue / Cr loan, 004 Art.25), the nights' accruals (INTEREST_ACCRUAL and
 * the deal's accrued total and last accrued date, 004 Art.13), and the partition's checkpoint. Every posting is made
 * once: an overdue transfer claims (deal, business date, kind) in EOD_POSTING, whose key refuses a second claim, and
 * only moves a deal still DISBURSED; an accrual only moves a deal whose last accrued date is before the night, and
 * INTEREST_ACCRUAL's key (deal, night) refuses a second row. A chunk that finds a deal already done rolls back whole.
 */
@Named("dealCloseWriter")
@Dependent
public class DealCloseWriter extends AbstractItemWriter {

  private static final Logger LOG = Logger.getLogger(DealCloseWriter.class.getName());

  @Inject @BatchProperty(name = "businessDate") String businessDate;
  @Inject @BatchProperty(name = "partition") String partition;

  @Resource(lookup = "jdbc/tfp")
  DataSource dataSource;

  @Override
  public void writeItems(List<Object> items) throws SQLException {
    LocalDate date = LocalDate.parse(businessDate);
    Date day = Date.valueOf(date);
    Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
    int accruals = 0;
    int overdue = 0;
    BigDecimal interest = BigDecimal.ZERO;
    long lastId = 0;
    try (Connection c = dataSource.getConnection();
        PreparedStatement claim = c.prepareStatement("INSERT INTO EOD_POSTING (DEALID, BUSINESSDATE, KIND, ENTRYID) VALUES (?, ?, ?, ?)");
        PreparedStatement toOverdue = c.prepareStatement("UPDATE TF_APPLICATION SET STATUS = 'OVERDUE', OVERDUESINCE = ?, VERSION = VERSION + 1"
            + " WHERE ID = ? AND STATUS = 'DISBURSED'");
        PreparedStatement lastPos = c.prepareStatement("SELECT MAX(POS) FROM APPLICATION_DECISION WHERE APPLICATION_ID = ?");
        PreparedStatement history = c.prepareStatement("INSERT INTO APPLICATION_DECISION (APPLICATION_ID, POS, COMMAND_NAME, DECIDED_AT, DECIDED_BY,"
            + " FROM_STATUS, NOTE, TO_STATUS) VALUES (?, ?, 'OVERDUE', ?, 'eod', 'DISBURSED', ?, 'OVERDUE')");
        PreparedStatement accrual = c.prepareStatement("INSERT INTO INTEREST_ACCRUAL (ACCRUALKEY, DEALID, ACCRUALDAY, BUSINESSDATE, PRINCIPAL,"
            + " ANNUALRATE, DAYCOUNT, AMOUNT, OVERDUERATE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement accrue = c.prepareStatement("UPDATE TF_APPLICATION SET INTERESTACCRUED = INTERESTACCRUED + ?, LASTACCRUALDATE = ?,"
            + " VERSION = VERSION + 1 WHERE ID = ? AND (LASTACCRUALDATE IS NULL OR LASTACCRUALDATE < ?)");
        JournalRows journal = new JournalRows(c)) {
      for (Object o : items) {
        DealClose d = (DealClose) o;
        long id = d.deal().id();
        lastId = id;
        if (d.fallsOverdue()) {
          toOverdue.setDate(1, day);
          toOverdue.setLong(2, id);
          if (toOverdue.executeUpdate() != 1) throw new IllegalStateException("deal " + id + " is no longer DISBURSED: not moved to overdue twice");
          long entry = journal.add(d.overdueTransfer(), date, id, d.deal().customerId(), "eod");
          claim.setLong(1, id);
          claim.setDate(2, day);
          claim.setString(3, d.overdueTransfer().event());
          claim.setLong(4, entry);
          claim.executeUpdate();
          lastPos.setLong(1, id);
          int pos;
          try (ResultSet r = lastPos.executeQuery()) {
            pos = r.next() && r.getObject(1) != null ? r.getInt(1) + 1 : 0;
          }
          history.setLong(1, id);
          history.setInt(2, pos);
          history.setTimestamp(3, now);
          history.setString(4, d.historyNote());
          history.addBatch();
          overdue++;
          LOG.info("deal " + id + " moved to overdue on " + date + " (004 Art.25)");
        }
        for (DealClose.Accrual a : d.accruals()) {
          accrual.setString(1, id + "@" + a.day());
          accrual.setLong(2, id);
          accrual.setDate(3, Date.valueOf(a.day()));
          accrual.setDate(4, day);
          accrual.setBigDecimal(5, a.principal());
          accrual.setBigDecimal(6, a.annualRate());
          accrual.setString(7, a.dayCount());
          accrual.setBigDecimal(8, a.amount());
          accrual.setBoolean(9, a.overdueRate());
          accrual.addBatch();
          accruals++;
        }
        if (!d.accruals().isEmpty()) {
          Date last = Date.valueOf(d.lastNight());
          accrue.setBigDecimal(1, d.interest());
          accrue.setDate(2, last);
          accrue.setLong(3, id);
          accrue.setDate(4, Date.valueOf(d.accruals().get(0).day()));
          accrue.addBatch();
          interest = interest.add(d.interest());
        }
      }
      journal.flush();
      if (overdue > 0) history.executeBatch();
      if (accruals > 0) {
        accrual.executeBatch();
        for (int n : accrue.executeBatch()) {
          if (n == 0) throw new IllegalStateException("end of day " + date + ": a deal of this chunk was already accrued; the chunk is rolled back");
        }
      }
      EodPartitions.checkpoint(c, date, Integer.parseInt(partition), lastId, items.size(), accruals, interest, overdue);
    }
  }
}
