package com.tfp.platform.ledger.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A journal entry being assembled. Money only moves as a transfer (a debit and a credit of the same amount), so every
 * entry is balanced by construction; {@link #postings()} checks it once more before anything is stored.
 *
 * @param source the rule the entry implements, e.g. {@code 004 appendix 6}
 */
public final class EntryDraft {
  private final String event;
  private final String currency;
  private final String narrative;
  private final String source;
  private final List<Posting> postings = new ArrayList<>();

  public EntryDraft(String event, String currency, String narrative, String source) {
    this.event = event;
    this.currency = currency;
    this.narrative = narrative;
    this.source = source;
  }

  /** Dr {@code debit} / Cr {@code credit}; a zero amount posts nothing. */
  public EntryDraft transfer(String debit, String credit, BigDecimal amount) {
    if (amount.signum() < 0) throw new IllegalArgumentException("negative posting " + amount);
    if (amount.signum() == 0) return this;
    postings.add(Posting.debit(debit, amount));
    postings.add(Posting.credit(credit, amount));
    return this;
  }

  public boolean isEmpty() {
    return postings.isEmpty();
  }

  public List<Posting> postings() {
    BigDecimal dr = BigDecimal.ZERO;
    BigDecimal cr = BigDecimal.ZERO;
    for (Posting p : postings) {
      if (p.side() == Posting.Side.DEBIT) dr = dr.add(p.amount()); else cr = cr.add(p.amount());
    }
    if (dr.compareTo(cr) != 0) throw new IllegalStateException("unbalanced entry " + event + ": Dr " + dr + " Cr " + cr);
    return List.copyOf(postings);
  }

  public String event() { return event; }
  public String currency() { return currency; }
  public String narrative() { return narrative; }
  public String source() { return source; }
}
