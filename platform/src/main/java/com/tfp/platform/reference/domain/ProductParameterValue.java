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
 * The bank's own value for one of a product's configurable parameters. Absent rows mean the product's declared
 * default applies, and evaluations say so.
 */
@Entity
@Table(name = "REF_PRODUCT_PARAMETER")
public class ProductParameterValue {
  /** {@code productId/key}. */
  @Id
  @Column(length = 120)
  private String id;

  @Column(nullable = false, length = 40)
  private String productId;

  @Column(name = "PARAM_KEY", nullable = false, length = 80)
  private String key;

  @Column(name = "PARAM_VALUE", nullable = false, length = 200)
  private String value;

  /** UTC. */
  @Column(nullable = false)
  private LocalDateTime updatedAt;

  @Column(length = 80)
  private String updatedBy;

  @Version private long version;

  protected ProductParameterValue() {}

  public ProductParameterValue(String productId, String key, String value, String updatedBy) {
    this.id = productId + "/" + key;
    this.productId = productId;
    this.key = key;
    change(value, updatedBy);
  }

  public void change(String newValue, String by) {
    this.value = newValue;
    this.updatedBy = by;
    this.updatedAt = LocalDateTime.now(ZoneOffset.UTC);
  }

  public String productId() {
    return productId;
  }

  public String key() {
    return key;
  }

  public String value() {
    return value;
  }

  public Instant updatedAt() {
    return updatedAt.toInstant(ZoneOffset.UTC);
  }

  public String updatedBy() {
    return updatedBy;
  }

  public long version() {
    return version;
  }
}
