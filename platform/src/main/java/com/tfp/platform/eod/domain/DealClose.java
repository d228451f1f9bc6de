package com.tfp.platform.eod.domain;

import com.tfp.platform.ledger.domain.EntryDraft;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What end of day does to one deal on one business date: its overdue transfer (004 Art.25), or none, and the nights it
 * accrues (004 Art.13, X8). Empty when the deal was already done for the date (a restarted run).
 *
 * @param overdueTransfer the journal entry moving the principal to overdue, null when the deal does not fall overdue
 */
public record DealClose(LiveDeal deal, LocalDate businessDate, EntryDraft overdueTransfer, String historyNote, List<Accrual> accruals) {

  /** One night's interest: principal × rate ÷ year days of the currency's day count (004 Art.13, X8). */
  public record Accrual(LocalDate day, BigDecimal principal, BigDecimal annualRate, String dayCount, BigDecimal amount, boolean overdueRate) {}

  public boolean fallsOverdue() {
    return overdueTransfer != null;
  }

  public BigDecimal interest() {
    return accruals.stream().map(Accrual::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public LocalDate lastNight() {
    return accruals.isEmpty() ? null : accruals.get(accruals.size() - 1).day();
  }
}
