package com.tfp.platform.eod.infrastructure;

import com.tfp.platform.eod.domain.PartitionProgress;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
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
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The partitions of end of day's deal step per business date (EOD_PARTITION), in plain JDBC because the chunk writer
 * moves each partition's checkpoint and counts in its own chunk's transaction: what a partition says it did is exactly
 * what committed, so a run killed at any point resumes after the last committed chunk.
 */
@ApplicationScoped
public class EodPartitions {

  /** Deals end of day works on: principal outstanding, disbursed or overdue (the rows EndOfDay always read). */
  static final String LIVE = "STATUS IN ('DISBURSED', 'OVERDUE') AND PRINCIPALOUTSTANDING > 0";

  @Resource(lookup = "jdbc/tfp")
  DataSource dataSource;

  /**
   * The date's partitions: those planned by an earlier, interrupted run (taken over by this run, their checkpoints
   * kept), or {@code count} new ones splitting the live deals' id range evenly; the last is open-ended, so a deal
   * disbursed after planning is not missed.
   */
  public List<PartitionProgress> plan(LocalDate date, long runId, int count) {
    try (Connection c = dataSource.getConnection()) {
      List<PartitionProgress> existing = of(c, date);
      if (!existing.isEmpty()) {
        try (PreparedStatement u = c.prepareStatement("UPDATE EOD_PARTITION SET RUNID = ? WHERE BUSINESSDATE = ?")) {
          u.setLong(1, runId);
          u.setDate(2, Date.valueOf(date));
          u.executeUpdate();
        }
        return of(c, date);
      }
      long min = 1, max = 0;
      try (PreparedStatement q = c.prepareStatement("SELECT MIN(ID), MAX(ID) FROM TF_APPLICATION WHERE " + LIVE); ResultSet r = q.executeQuery()) {
        if (r.next() && r.getObject(1) != null) {
          min = r.getLong(1);
          max = r.getLong(2);
        }
      }
      int n = Math.max(1, count);
      long width = Math.max(1, (max - min + n) / n);
      try (PreparedStatement ins = c.prepareStatement("INSERT INTO EOD_PARTITION (BUSINESSDATE, PARTITIONNO, RUNID, FIRSTID, LASTID, CHECKPOINTID,"
          + " DEALSTOTAL, DEALSDONE, ACCRUALS, INTERESTACCRUED, OVERDUETRANSFERS, DONEATSTART) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0)");
          PreparedStatement cnt = c.prepareStatement("SELECT COUNT(*) FROM TF_APPLICATION WHERE ID BETWEEN ? AND ? AND " + LIVE)) {
        for (int i = 0; i < n; i++) {
          long first = i == 0 ? 0 : min + i * width;
          long last = i == n - 1 ? Long.MAX_VALUE : min + (i + 1) * width - 1;
          cnt.setLong(1, first);
          cnt.setLong(2, last);
          long total;
          try (ResultSet r = cnt.executeQuery()) {
            r.next();
            total = r.getLong(1);
          }
          ins.setDate(1, Date.valueOf(date));
          ins.setInt(2, i);
          ins.setLong(3, runId);
          ins.setLong(4, first);
          ins.setLong(5, last);
          ins.setLong(6, first - 1);
          ins.setLong(7, total);
          ins.addBatch();
        }
        ins.executeBatch();
      }
      return of(c, date);
    } catch (SQLException e) {
      throw new IllegalStateException("end of day " + date + ": partitions not planned", e);
    }
  }

  public List<PartitionProgress> of(LocalDate date) {
    try (Connection c = dataSource.getConnection()) {
      return of(c, date);
    } catch (SQLException e) {
      throw new IllegalStateException("end of day " + date + ": partitions not read", e);
    }
  }

  /** The partitions of the latest business date the run worked on. */
  public List<PartitionProgress> ofRun(long runId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement q = c.prepareStatement("SELECT MAX(BUSINESSDATE) FROM EOD_PARTITION WHERE RUNID = ?")) {
      q.setLong(1, runId);
      try (ResultSet r = q.executeQuery()) {
        if (!r.next() || r.getDate(1) == null) return List.of();
        return of(c, r.getDate(1).toLocalDate());
      }
    } catch (SQLException e) {
      throw new IllegalStateException("end of day run " + runId + ": partitions not read", e);
    }
  }

  /** A partition taken over by an execution: where it resumes, and its count so far for the rate. */
  public long resume(LocalDate date, int partition) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement u = c.prepareStatement("UPDATE EOD_PARTITION SET DONEATSTART = DEALSDONE, STARTEDAT = ?, UPDATEDAT = ?"
            + " WHERE BUSINESSDATE = ? AND PARTITIONNO = ?");
        PreparedStatement q = c.prepareStatement("SELECT CHECKPOINTID FROM EOD_PARTITION WHERE BUSINESSDATE = ? AND PARTITIONNO = ?")) {
      Timestamp now = now();
      u.setTimestamp(1, now);
      u.setTimestamp(2, now);
      u.setDate(3, Date.valueOf(date));
      u.setInt(4, partition);
      u.executeUpdate();
      q.setDate(1, Date.valueOf(date));
      q.setInt(2, partition);
      try (ResultSet r = q.executeQuery()) {
        if (!r.next()) throw new IllegalStateException("end of day " + date + ": no partition " + partition);
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("end of day " + date + ": partition " + partition + " not resumed", e);
    }
  }

  /** Moves the checkpoint and adds the chunk's counts, on the chunk's own connection and transaction. */
  static void checkpoint(Connection c, LocalDate date, int partition, long lastId, int deals, int accruals, BigDecimal interest, int overdue)
      throws SQLException {
    try (PreparedStatement u = c.prepareStatement("UPDATE EOD_PARTITION SET CHECKPOINTID = ?, DEALSDONE = DEALSDONE + ?, ACCRUALS = ACCRUALS + ?,"
        + " INTERESTACCRUED = INTERESTACCRUED + ?, OVERDUETRANSFERS = OVERDUETRANSFERS + ?, UPDATEDAT = ?"
        + " WHERE BUSINESSDATE = ? AND PARTITIONNO = ? AND CHECKPOINTID < ?")) {
      u.setLong(1, lastId);
      u.setInt(2, deals);
      u.setInt(3, accruals);
      u.setBigDecimal(4, interest);
      u.setInt(5, overdue);
      u.setTimestamp(6, now());
      u.setDate(7, Date.valueOf(date));
      u.setInt(8, partition);
      u.setLong(9, lastId);
      if (u.executeUpdate() != 1) {
        throw new IllegalStateException("end of day " + date + " partition " + partition + ": checkpoint " + lastId + " already passed");
      }
    }
  }

  private static List<PartitionProgress> of(Connection c, LocalDate date) throws SQLException {
    List<PartitionProgress> parts = new ArrayList<>();
    try (PreparedStatement q = c.prepareStatement("SELECT PARTITIONNO, RUNID, FIRSTID, LASTID, CHECKPOINTID, DEALSTOTAL, DEALSDONE, ACCRUALS,"
        + " INTERESTACCRUED, OVERDUETRANSFERS, DONEATSTART, STARTEDAT, UPDATEDAT FROM EOD_PARTITION WHERE BUSINESSDATE = ? ORDER BY PARTITIONNO")) {
      q.setDate(1, Date.valueOf(date));
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          parts.add(new PartitionProgress(date, r.getInt(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6), r.getLong(7),
              r.getLong(8), r.getBigDecimal(9), r.getLong(10), r.getLong(11), time(r.getTimestamp(12)), time(r.getTimestamp(13))));
        }
      }
    }
    return parts;
  }

  private static LocalDateTime time(Timestamp t) {
    return t == null ? null : t.toLocalDateTime();
  }

  static Timestamp now() {
    return Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
  }
}
