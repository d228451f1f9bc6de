package com.tfp.platform.deal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A financeable document claimed by a live deal (PRODUCTS.md X2). The key is the primary key, so two deals can never
 * hold the same invoice or transport document at once, whatever the product, however concurrent the requests.
 */
@Entity
@Table(name = "DOCUMENT_CLAIM")
public class DocumentClaim {
  @Id
  @Column(length = 320)
  private String claimKey;

  @Column(nullable = false)
  private long applicationId;

  @Column(nullable = false, length = 40)
  private String productId;

  @Version private long version;

  protected DocumentClaim() {}

  public DocumentClaim(String claimKey, long applicationId, String productId) {
    this.claimKey = claimKey;
    this.applicationId = applicationId;
    this.productId = productId;
  }

  /** A later stage of the same transaction chain takes the documents over (X2 exception, X7). */
  public void passTo(long laterStage, String product) {
    this.applicationId = laterStage;
    this.productId = product;
  }

  public String claimKey() { return claimKey; }
  public long applicationId() { return applicationId; }
  public String productId() { return productId; }
}
