package com.tfp.platform.ledger.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One debit or credit of a journal entry. */
@Embeddable
public class JournalPosting {
  @Column(nullable = false, length = 10) private String account;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 6) private Posting.Side side;
  @Column(nullable = false, precision = 19, scale = 2) private BigDecimal amount;
  @Column(nullable = false, length = 3) private String currency;
  @Column(nullable = false) private LocalDate businessDate;

  protected JournalPosting() {}

  JournalPosting(String account, Posting.Side side, BigDecimal amount, String currency, LocalDate businessDate) {
    this.account = account;
    this.side = side;
    this.amount = amount;
    this.currency = currency;
    this.businessDate = businessDate;
  }

  public String account() { return account; }
  public Posting.Side side() { return side; }
  public BigDecimal amount() { return amount; }
  public String currency() { return currency; }
}
