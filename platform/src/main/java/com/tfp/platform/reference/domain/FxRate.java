package com.tfp.platform.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** CNY per unit of a currency: converts deal amounts into a line's currency and into the authority currency. */
@Entity
@Table(name = "REF_FX_RATE")
public class FxRate {
  @Id
  @Column(length = 3)
  private String currency;

  @Column(nullable = false, precision = 19, scale = 8)
  private BigDecimal cnyPerUnit;

  @Version private long version;

  protected FxRate() {}

  public FxRate(String currency, BigDecimal cnyPerUnit) {
    this.currency = currency;
    this.cnyPerUnit = cnyPerUnit;
  }

  public String currency() { return currency; }
  public BigDecimal cnyPerUnit() { return cnyPerUnit; }
}
