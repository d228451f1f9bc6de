package com.tfp.platform.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** The risk coefficient of a product risk class (002 annex 1; the figures are bank defaults). */
@Entity
@Table(name = "REF_RISK_COEFFICIENT")
public class RiskCoefficient {
  @Id private int riskClass;

  @Column(nullable = false, precision = 9, scale = 4)
  private BigDecimal coefficient;

  @Version private long version;

  protected RiskCoefficient() {}

  public RiskCoefficient(int riskClass, BigDecimal coefficient) {
    this.riskClass = riskClass;
    this.coefficient = coefficient;
  }

  public int riskClass() {
    return riskClass;
  }

  public BigDecimal coefficient() {
    return coefficient;
  }
}
