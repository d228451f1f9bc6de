package com.tfp.platform.eod.infrastructure;

import com.tfp.platform.eod.domain.LiveDeal;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.sql.DataSource;

/**
 * Reads one partition's live deals in id order, a page at a time by key (id greater than the last one read — never
 * OFFSET, which rescans what it skips). It starts after the partition's committed checkpoint, so a restart (of this
 * execution, or a new run after a kill -9) continues where the last chunk committed.
 */
@Named("liveDealReader")
@Dependent
public class LiveDealReader extends AbstractItemReader {

  @Inject @BatchProperty(name = "businessDate") String businessDate;
  @Inject @BatchProperty(name = "partition") String partition;
  @Inject @BatchProperty(name = "lastId") String lastId;
  @Inject @BatchProperty(name = "pageSize") String pageSize;

  @Inject EodPartitions partitions;

  @Resource(lookup = "jdbc/tfp")
  DataSource dataSource;

  private final Deque<LiveDeal> page = new ArrayDeque<>();
  private long after;
  private long until;
  private int size;
  private boolean exhausted;

  @Override
  public void open(Serializable checkpoint) {
    LocalDate date = LocalDate.parse(businessDate);
    long committed = partitions.resume(date, Integer.parseInt(partition));
    after = checkpoint == null ? committed : Math.max(committed, (Long) checkpoint);
    until = Long.parseLong(lastId);
    size = pageSize == null || pageSize.isBlank() ? 1000 : Integer.parseInt(pageSize);
  }

  @Override
  public Object readItem() throws SQLException {
    if (page.isEmpty() && !exhausted) fetch();
    LiveDeal d = page.poll();
    if (d != null) after = d.id();
    return d;
  }

  @Override
  public Serializable checkpointInfo() {
    return after;
  }

  private void fetch() throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement q = c.prepareStatement("SELECT ID, CUSTOMERID, PRODUCTID, CURRENCY, STATUS, PRINCIPALOUTSTANDING, INTERESTRATE, MATURITYDATE,"
            + " DISBURSEDON, LASTACCRUALDATE FROM TF_APPLICATION WHERE ID > ? AND ID <= ? AND " + EodPartitions.LIVE
            + " ORDER BY ID FETCH FIRST " + size + " ROWS ONLY")) {
      q.setLong(1, after);
      q.setLong(2, until);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          page.add(new LiveDeal(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), "OVERDUE".equals(r.getString(5)), r.getBigDecimal(6),
              r.getBigDecimal(7), date(r.getDate(8)), date(r.getDate(9)), date(r.getDate(10))));
        }
      }
    }
    exhausted = page.size() < size;
  }

  private static LocalDate date(Date d) {
    return d == null ? null : d.toLocalDate();
  }
}
