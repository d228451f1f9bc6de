package com.tfp.platform.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One row of the bank's discount-rate table: the annual rate for a currency and tenors up to a number of days. The rate
 * is the bank's price, not a fact of a trade (001 出口信用证 Art.5: interest per the bank's rate rules); discounting
 * products take it when a request carries none. Seeded rows are bank defaults until an administrator sets the bank's
 * own rate (audited as {@code DISCOUNT_RATE_SET}).
 */
@Entity
@Table(name = "REF_DISCOUNT_RATE")
public class DiscountRate {
  /** {@code currency/tenorDaysUpTo}. */
  @Id
  @Column(length = 20)
  private String id;

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(nullable = false)
  private int tenorDaysUpTo;

  @Column(nullable = false, precision = 9, scale = 6)
  private BigDecimal annualRate;

  /** True while the row is the seeded default. */
  @Column(nullable = false)
  private boolean bankDefault;

  /** UTC; null for a seeded row. */
  private LocalDateTime updatedAt;

  @Column(length = 80)
  private String updatedBy;

  @Version private long version;

  protected DiscountRate() {}

  /** A seeded (bank default) row. */
  public DiscountRate(String currency, int tenorDaysUpTo, BigDecimal annualRate) {
    this.id = key(currency, tenorDaysUpTo);
    this.currency = currency;
    this.tenorDaysUpTo = tenorDaysUpTo;
    this.annualRate = annualRate;
    this.bankDefault = true;
  }

  public static String key(String currency, int tenorDaysUpTo) {
    return currency + "/" + tenorDaysUpTo;
  }

  /** The bank sets its own rate: the row is no longer a default. */
  public void change(BigDecimal rate, String by) {
    this.annualRate = rate;
    this.bankDefault = false;
    this.updatedBy = by;
    this.updatedAt = LocalDateTime.now(ZoneOffset.UTC);
  }

  public String id() { return id; }
  public String currency() { return currency; }
  public int tenorDaysUpTo() { return tenorDaysUpTo; }
  public BigDecimal annualRate() { return annualRate; }
  public boolean bankDefault() { return bankDefault; }
  public Instant updatedAt() { return updatedAt == null ? null : updatedAt.toInstant(ZoneOffset.UTC); }
  public String updatedBy() { return updatedBy; }
}
