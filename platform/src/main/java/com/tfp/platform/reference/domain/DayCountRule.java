package com.tfp.platform.reference.domain;

import com.tfp.spi.calc.DayCount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The day-count convention of a currency (PRODUCTS.md X8, a bank default). */
@Entity
@Table(name = "REF_DAY_COUNT")
public class DayCountRule {
  @Id
  @Column(length = 3)
  private String currency;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private DayCount convention;

  @Version private long version;

  protected DayCountRule() {}

  public DayCountRule(String currency, DayCount convention) {
    this.currency = currency;
    this.convention = convention;
  }

  public String currency() {
    return currency;
  }

  public DayCount convention() {
    return convention;
  }
}
