package com.tfp.platform.ledger.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A balanced double-entry journal entry for one money event of a deal, dated on the business date. Never changed. */
@Entity
@Table(name = "JOURNAL_ENTRY")
public class JournalEntry {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false) private LocalDate businessDate;
  private Long dealId;
  @Column(length = 40) private String customerId;
  @Column(nullable = false, length = 40) private String event;
  @Column(nullable = false, length = 3) private String currency;
  @Column(nullable = false, length = 600) private String narrative;
  @Column(nullable = false, length = 120) private String source;
  @Column(nullable = false, length = 60) private String actor;
  /** UTC. */
  @Column(nullable = false) private LocalDateTime recordedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "JOURNAL_POSTING", joinColumns = @JoinColumn(name = "ENTRY_ID"))
  @OrderColumn(name = "LINE_NO")
  private List<JournalPosting> postings = new ArrayList<>();

  protected JournalEntry() {}

  public JournalEntry(EntryDraft draft, LocalDate businessDate, Long dealId, String customerId, String actor) {
    this.businessDate = businessDate;
    this.dealId = dealId;
    this.customerId = customerId;
    this.event = draft.event();
    this.currency = draft.currency();
    String n = draft.narrative() + " [" + draft.source() + "]";
    this.narrative = n.length() > 600 ? n.substring(0, 600) : n;
    this.source = draft.source();
    this.actor = actor;
    this.recordedAt = LocalDateTime.now(ZoneOffset.UTC);
    draft.postings().forEach(p -> postings.add(new JournalPosting(p.account(), p.side(), p.amount(), currency, businessDate)));
  }

  public Long id() { return id; }
  public LocalDate businessDate() { return businessDate; }
  public Long dealId() { return dealId; }
  public String customerId() { return customerId; }
  public String event() { return event; }
  public String currency() { return currency; }
  public String narrative() { return narrative; }
  public String source() { return source; }
  public String actor() { return actor; }
  public LocalDateTime recordedAt() { return recordedAt; }
  public List<JournalPosting> postings() { return List.copyOf(postings); }
}
