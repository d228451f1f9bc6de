package com.tfp.platform.ledger.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An account of the chart of accounts (reference data; 004 appendix 6 plus the bank's [default] accounts). */
@Entity
@Table(name = "GL_ACCOUNT")
public class GlAccount {
  public enum Nature { ASSET, LIABILITY, INCOME, EXPENSE }

  @Id
  @Column(length = 10)
  private String code;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Nature nature;

  @Column(nullable = false, length = 120) private String nameZh;
  @Column(nullable = false, length = 120) private String nameEn;
  @Column(nullable = false, length = 120) private String source;
  private boolean bankDefault;
  @Version private long version;

  protected GlAccount() {}

  public GlAccount(String code, Nature nature, String nameZh, String nameEn, String source, boolean bankDefault) {
    this.code = code;
    this.nature = nature;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.source = source;
    this.bankDefault = bankDefault;
  }

  public String code() { return code; }
  public Nature nature() { return nature; }
  public String nameZh() { return nameZh; }
  public String nameEn() { return nameEn; }
  public String source() { return source; }
  public boolean bankDefault() { return bankDefault; }
}
