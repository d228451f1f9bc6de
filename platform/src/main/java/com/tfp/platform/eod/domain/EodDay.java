package com.tfp.platform.eod.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * End of day done for one business date. Its key is the date: a business date is closed once, and a re-run of a
 * closed date changes nothing.
 */
@Entity
@Table(name = "EOD_DAY")
public class EodDay {
  @Id private LocalDate businessDate;
  @Column(nullable = false) private LocalDate nextBusinessDate;
  @Column(nullable = false) private long runId;
  @Column(nullable = false) private LocalDateTime finishedAt;
  private int accruals;
  @Column(nullable = false, precision = 25, scale = 10) private BigDecimal interestAccrued;
  private int overdueTransfers;
  private int linesSuspended;
  private int linesExpired;

  protected EodDay() {}

  public EodDay(LocalDate businessDate, LocalDate next, long runId, int accruals, BigDecimal interest, int overdue, int suspended, int expired) {
    this.businessDate = businessDate;
    this.nextBusinessDate = next;
    this.runId = runId;
    this.finishedAt = LocalDateTime.now(ZoneOffset.UTC);
    this.accruals = accruals;
    this.interestAccrued = interest;
    this.overdueTransfers = overdue;
    this.linesSuspended = suspended;
    this.linesExpired = expired;
  }

  public LocalDate businessDate() { return businessDate; }
  public LocalDate nextBusinessDate() { return nextBusinessDate; }
  public long runId() { return runId; }
  public int accruals() { return accruals; }
  public BigDecimal interestAccrued() { return interestAccrued; }
  public int overdueTransfers() { return overdueTransfers; }
  public int linesSuspended() { return linesSuspended; }
  public int linesExpired() { return linesExpired; }
}
