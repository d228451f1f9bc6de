package com.tfp.spi.testing;

import com.tfp.spi.ProductDescriptor;
import com.tfp.spi.calc.DayCount;
import com.tfp.spi.context.BusinessCalendar;
import com.tfp.spi.context.ReferenceContext;
import com.tfp.spi.context.TableRate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reference data for product tests, shaped like the platform's seeds: a country→region table for the countries the
 * tests use, a calendar with the 2026 National Day holiday (2026-10-01..07, working Saturday 2026-10-10), the day-count
 * defaults of PRODUCTS.md X8, and the default risk coefficients of 002 annex 1.
 */
public final class TestReference {

  public static final Map<String, String> REGIONS = Map.ofEntries(
      Map.entry("JP", "EAST_ASIA"), Map.entry("KR", "EAST_ASIA"), Map.entry("HK", "EAST_ASIA"),
      Map.entry("MO", "EAST_ASIA"), Map.entry("TW", "EAST_ASIA"), Map.entry("CN", "EAST_ASIA"),
      Map.entry("SG", "SOUTHEAST_ASIA"), Map.entry("MY", "SOUTHEAST_ASIA"), Map.entry("TH", "SOUTHEAST_ASIA"),
      Map.entry("VN", "SOUTHEAST_ASIA"), Map.entry("IN", "SOUTH_ASIA"),
      Map.entry("DE", "EUROPE"), Map.entry("FR", "EUROPE"), Map.entry("GB", "EUROPE"), Map.entry("IT", "EUROPE"),
      Map.entry("US", "NORTH_AMERICA"), Map.entry("CA", "NORTH_AMERICA"),
      Map.entry("AU", "OCEANIA"), Map.entry("NZ", "OCEANIA"), Map.entry("FJ", "OCEANIA"),
      Map.entry("AE", "WEST_ASIA"), Map.entry("SA", "WEST_ASIA"), Map.entry("TR", "WEST_ASIA"),
      Map.entry("RU", "CIS"), Map.entry("KZ", "CIS"),
      Map.entry("BR", "LATIN_AMERICA"), Map.entry("MX", "LATIN_AMERICA"), Map.entry("AR", "LATIN_AMERICA"),
      Map.entry("NG", "AFRICA"), Map.entry("ZA", "AFRICA"), Map.entry("EG", "AFRICA"));

  public static final BusinessCalendar CALENDAR = BusinessCalendar.of(
      Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
          LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7)),
      Set.of(LocalDate.of(2026, 10, 10)));

  public static final Map<String, DayCount> DAY_COUNTS = Map.of(
      "CNY", DayCount.ACT_360, "USD", DayCount.ACT_360, "EUR", DayCount.ACT_360, "JPY", DayCount.ACT_360,
      "CHF", DayCount.ACT_360, "HKD", DayCount.ACT_365, "GBP", DayCount.ACT_365, "SGD", DayCount.ACT_365);

  public static final Map<Integer, BigDecimal> RISK_COEFFICIENTS = Map.of(
      1, new BigDecimal("0.2"), 2, new BigDecimal("0.5"), 3, new BigDecimal("1.0"), 4, new BigDecimal("1.5"));

  /** The seeded discount-rate table (seeds/reference/discount-rates.csv) for CNY, USD and EUR, every row a bank default. */
  public static final List<TableRate> DISCOUNT_RATES = List.of(
      rate("CNY", 30, "0.0300"), rate("CNY", 90, "0.0320"), rate("CNY", 180, "0.0340"), rate("CNY", 360, "0.0360"), rate("CNY", 720, "0.0390"),
      rate("USD", 30, "0.0520"), rate("USD", 90, "0.0540"), rate("USD", 180, "0.0560"), rate("USD", 360, "0.0580"), rate("USD", 720, "0.0610"),
      rate("EUR", 30, "0.0380"), rate("EUR", 90, "0.0400"), rate("EUR", 180, "0.0420"), rate("EUR", 360, "0.0440"), rate("EUR", 720, "0.0470"));

  private TestReference() {}

  private static TableRate rate(String currency, int upTo, String rate) {
    return new TableRate(currency, upTo, new BigDecimal(rate), true);
  }

  /** The test reference data for a product, with its parameters at their defaults. */
  public static ReferenceContext context(ProductDescriptor product) {
    return context(product, Map.of());
  }

  /** The test reference data with some of the product's parameters set as a bank would. */
  public static ReferenceContext context(ProductDescriptor product, Map<String, String> bankParameters) {
    return new ReferenceContext(product, REGIONS, CALENDAR, DAY_COUNTS, RISK_COEFFICIENTS, bankParameters, DISCOUNT_RATES);
  }

  /** The test reference data with the bank's own discount-rate table in place of the seeded one. */
  public static ReferenceContext withDiscountRates(ProductDescriptor product, List<TableRate> rates) {
    return new ReferenceContext(product, REGIONS, CALENDAR, DAY_COUNTS, RISK_COEFFICIENTS, Map.of(), rates);
  }
}
