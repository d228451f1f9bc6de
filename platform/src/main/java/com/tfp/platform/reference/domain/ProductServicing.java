package com.tfp.platform.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * How a product's deals are serviced: its GL accounts (004 appendix 6 for bill purchase) and whether a deal may be
 * extended at maturity (004 Art.25: bill purchase may not). Products are data here; '*' is the fallback row.
 */
@Entity
@Table(name = "REF_PRODUCT_SERVICING")
public class ProductServicing {
  public static final String ANY = "*";

  @Id
  @Column(length = 40)
  private String productId;

  @Column(nullable = false, length = 10) private String loanAccount;
  @Column(nullable = false, length = 10) private String overdueAccount;
  @Column(nullable = false, length = 10) private String interestAccount;
  @Column(nullable = false, length = 10) private String feeAccount;
  private boolean extensionAllowed;
  @Column(nullable = false, length = 200) private String source;
  @Version private long version;

  protected ProductServicing() {}

  public ProductServicing(String productId, String loanAccount, String overdueAccount, String interestAccount, String feeAccount,
      boolean extensionAllowed, String source) {
    this.productId = productId;
    this.loanAccount = loanAccount;
    this.overdueAccount = overdueAccount;
    this.interestAccount = interestAccount;
    this.feeAccount = feeAccount;
    this.extensionAllowed = extensionAllowed;
    this.source = source;
  }

  public String productId() { return productId; }
  public String loanAccount() { return loanAccount; }
  public String overdueAccount() { return overdueAccount; }
  public String interestAccount() { return interestAccount; }
  public String feeAccount() { return feeAccount; }
  public boolean extensionAllowed() { return extensionAllowed; }
  public String source() { return source; }
}
