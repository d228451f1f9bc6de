package com.tfp.product.billpurchase;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The reasonable time to mail the documents and collect the proceeds, by the issuing bank's country (004 Art.10(一)).
 * The seed names some countries and some regions; countries are matched first, then the region from the bank's
 * country→region table. A country the table does not list falls in "other countries or regions".
 */
enum MailingTime {
  NEAR_ASIA(18, "日本、韩国、香港、澳门、台湾、新加坡、马来西亚", "Japan, Korea, Hong Kong, Macao, Taiwan, Singapore, Malaysia",
      Set.of("JP", "KR", "HK", "MO", "TW", "SG", "MY"), Set.of()),
  EUROPE_NORTH_AMERICA_OCEANIA(23, "欧洲、美国、加拿大、澳大利亚、新西兰", "Europe, USA, Canada, Australia, New Zealand",
      Set.of("US", "CA", "AU", "NZ"), Set.of("EUROPE")),
  DISTANT_REGIONS(28, "西亚、独联体、中南美洲、非洲", "West Asia, CIS, Central and South America, Africa",
      Set.of(), Set.of("WEST_ASIA", "CIS", "LATIN_AMERICA", "AFRICA")),
  OTHER(35, "其他国家或地区", "other countries or regions", Set.of(), Set.of());

  final int days;
  final String zh;
  final String en;
  private final Set<String> countries;
  private final Set<String> regions;

  MailingTime(int days, String zh, String en, Set<String> countries, Set<String> regions) {
    this.days = days;
    this.zh = zh;
    this.en = en;
    this.countries = countries;
    this.regions = regions;
  }

  static MailingTime of(String country, Optional<String> region) {
    // a named country wins over its region (e.g. a country listed by name but filed under another region)
    return Arrays.stream(values()).filter(m -> m.countries.contains(country)).findFirst()
        .or(() -> region.flatMap(r -> Arrays.stream(values()).filter(m -> m.regions.contains(r)).findFirst()))
        .orElse(OTHER);
  }
}
