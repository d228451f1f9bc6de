package com.tfp.platform.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The bank's own risk class for a product or one of its variants. 002 annex 1 names the classes but not which
 * product sits in which (PRODUCTS.md §1 [default]); a plug-in declares a default, and this row overrides it.
 */
@Entity
@Table(name = "REF_RISK_CLASS_ASSIGNMENT")
public class RiskClassAssignment {
  /** {@code productId/variant}, or {@code productId/-} for a product without variants. */
  @Id
  @Column(length = 120)
  private String id;

  @Column(nullable = false)
  private int riskClass;

  /** UTC. */
  @Column(nullable = false)
  private LocalDateTime updatedAt;

  @Column(length = 80)
  private String updatedBy;

  @Version private long version;

  protected RiskClassAssignment() {}

  public RiskClassAssignment(String productId, String variant, int riskClass, String by) {
    this.id = key(productId, variant);
    change(riskClass, by);
  }

  public static String key(String productId, String variant) {
    return productId + "/" + (variant == null ? "-" : variant);
  }

  public void change(int newClass, String by) {
    this.riskClass = newClass;
    this.updatedBy = by;
    this.updatedAt = LocalDateTime.now(ZoneOffset.UTC);
  }

  public String id() {
    return id;
  }

  public int riskClass() {
    return riskClass;
  }

  public Instant updatedAt() {
    return updatedAt.toInstant(ZoneOffset.UTC);
  }

  public String updatedBy() {
    return updatedBy;
  }
}
