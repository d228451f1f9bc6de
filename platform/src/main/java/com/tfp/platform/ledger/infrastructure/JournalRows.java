package com.tfp.platform.ledger.infrastructure;

import com.tfp.platform.ledger.domain.EntryDraft;
import com.tfp.platform.ledger.domain.Posting;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The journal written in plain JDBC, for end of day's chunks: the same rows {@code Journal.post} makes through JPA (an
 * entry and its balanced postings, the narrative ending with the source), on the chunk's connection and transaction.
 */
public final class JournalRows implements AutoCloseable {

  private final PreparedStatement entry;
  private final PreparedStatement posting;

  public JournalRows(Connection c) throws SQLException {
    entry = c.prepareStatement("INSERT INTO JOURNAL_ENTRY (ACTOR, BUSINESSDATE, CURRENCY, CUSTOMERID, DEALID, EVENT, NARRATIVE, RECORDEDAT, SOURCE)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
    posting = c.prepareStatement("INSERT INTO JOURNAL_POSTING (ENTRY_ID, LINE_NO, ACCOUNT, SIDE, AMOUNT, CURRENCY, BUSINESSDATE) VALUES (?, ?, ?, ?, ?, ?, ?)");
  }

  /** Inserts the entry now (for its id) and queues its postings for {@link #flush()}; returns the entry's id. */
  public long add(EntryDraft draft, LocalDate businessDate, long dealId, String customerId, String actor) throws SQLException {
    List<Posting> postings = draft.postings(); // checks the balance once more
    String n = draft.narrative() + " [" + draft.source() + "]";
    entry.setString(1, actor);
    entry.setDate(2, Date.valueOf(businessDate));
    entry.setString(3, draft.currency());
    entry.setString(4, customerId);
    entry.setLong(5, dealId);
    entry.setString(6, draft.event());
    entry.setString(7, n.length() > 600 ? n.substring(0, 600) : n);
    entry.setTimestamp(8, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)));
    entry.setString(9, draft.source());
    entry.executeUpdate();
    long id;
    try (ResultSet keys = entry.getGeneratedKeys()) {
      if (!keys.next()) throw new SQLException("no key for the journal entry of deal " + dealId);
      id = keys.getLong(1); // Derby returns the identity alone, PostgreSQL the row: ID is its first column
    }
    for (int i = 0; i < postings.size(); i++) {
      Posting p = postings.get(i);
      posting.setLong(1, id);
      posting.setInt(2, i);
      posting.setString(3, p.account());
      posting.setString(4, p.side().name());
      posting.setBigDecimal(5, p.amount());
      posting.setString(6, draft.currency());
      posting.setDate(7, Date.valueOf(businessDate));
      posting.addBatch();
    }
    return id;
  }

  public void flush() throws SQLException {
    posting.executeBatch();
  }

  @Override
  public void close() throws SQLException {
    try (entry; posting) {
      // both closed
    }
  }
}
