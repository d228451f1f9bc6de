package com.tfp.platform.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** How much an approver of a level may approve alone (002 Art.31, Art.33; PRODUCTS.md §1 [default] table). */
@Entity
@Table(name = "REF_APPROVAL_AUTHORITY")
public class ApprovalAuthority {
  @Id
  @Column(length = 40)
  private String authorityLevel;

  @Column(nullable = false, precision = 19, scale = 2)
  private BigDecimal maxAmountCny;

  @Version private long version;

  protected ApprovalAuthority() {}

  public ApprovalAuthority(String level, BigDecimal maxAmountCny) {
    this.authorityLevel = level;
    this.maxAmountCny = maxAmountCny;
  }

  public String level() { return authorityLevel; }
  public BigDecimal maxAmountCny() { return maxAmountCny; }
}
