package com.tfp.platform.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A bank-wide servicing setting (overdue rate multiplier, line-extension months …) with the source it rests on. */
@Entity
@Table(name = "REF_BANK_SETTING")
public class BankSetting {
  @Id
  @Column(name = "SETTING_KEY", length = 80)
  private String settingKey;

  @Column(name = "SETTING_VALUE", nullable = false, length = 200)
  private String settingValue;

  @Column(length = 300)
  private String source;

  @Version private long version;

  protected BankSetting() {}

  public BankSetting(String key, String value, String source) {
    this.settingKey = key;
    this.settingValue = value;
    this.source = source;
  }

  public String key() { return settingKey; }
  public String value() { return settingValue; }
  public String source() { return source; }
}
