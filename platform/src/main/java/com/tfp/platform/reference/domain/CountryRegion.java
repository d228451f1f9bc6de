package com.tfp.platform.reference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One row of the bank's country→region table (e.g. used by 004 Art.10 for mailing days). */
@Entity
@Table(name = "REF_COUNTRY_REGION")
public class CountryRegion {
  @Id
  @Column(length = 2)
  private String country;

  @Column(nullable = false, length = 32)
  private String region;

  @Version private long version;

  protected CountryRegion() {}

  public CountryRegion(String country, String region) {
    this.country = country;
    this.region = region;
  }

  public String country() {
    return country;
  }

  public String region() {
    return region;
  }
}
