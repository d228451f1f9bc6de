package com.tfp.platform.deal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One night's accrued interest of a deal. The key is deal + calendar day, so re-running end of day never accrues a
 * day twice. Accruals are memoranda: interest is booked when collected (X8: Dr 201 / Cr 50108).
 */
@Entity
@Table(name = "INTEREST_ACCRUAL")
public class InterestAccrual {
  @Id
  @Column(length = 40)
  private String accrualKey;

  @Column(nullable = false) private long dealId;
  @Column(nullable = false) private LocalDate accrualDay;
  @Column(nullable = false) private LocalDate businessDate;
  @Column(nullable = false, precision = 19, scale = 2) private BigDecimal principal;
  @Column(nullable = false, precision = 12, scale = 8) private BigDecimal annualRate;
  @Column(nullable = false, length = 8) private String dayCount;
  @Column(nullable = false, precision = 25, scale = 10) private BigDecimal amount;
  private boolean overdueRate;

  protected InterestAccrual() {}

  public InterestAccrual(long dealId, LocalDate day, LocalDate businessDate, BigDecimal principal, BigDecimal annualRate, String dayCount,
      BigDecimal amount, boolean overdueRate) {
    this.accrualKey = key(dealId, day);
    this.dealId = dealId;
    this.accrualDay = day;
    this.businessDate = businessDate;
    this.principal = principal;
    this.annualRate = annualRate;
    this.dayCount = dayCount;
    this.amount = amount;
    this.overdueRate = overdueRate;
  }

  public static String key(long dealId, LocalDate day) {
    return dealId + "@" + day;
  }

  public long dealId() { return dealId; }
  public LocalDate day() { return accrualDay; }
  public BigDecimal principal() { return principal; }
  public BigDecimal annualRate() { return annualRate; }
  public BigDecimal amount() { return amount; }
  public boolean overdueRate() { return overdueRate; }
}
