package com.tfp.platform.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** The bank's trade-finance annual rate per currency (004 Art.12 leaves the rate to the bank: a [default]). */
@Entity
@Table(name = "REF_INTEREST_RATE")
public class InterestRate {
  @Id
  @Column(length = 3)
  private String currency;

  @Column(nullable = false, precision = 9, scale = 6)
  private BigDecimal annualRate;

  @Version private long version;

  protected InterestRate() {}

  public InterestRate(String currency, BigDecimal annualRate) {
    this.currency = currency;
    this.annualRate = annualRate;
  }

  public String currency() { return currency; }
  public BigDecimal annualRate() { return annualRate; }
}
