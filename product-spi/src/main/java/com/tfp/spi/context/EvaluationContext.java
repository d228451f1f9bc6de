package com.tfp.spi.context;

import com.tfp.spi.Since;
import com.tfp.spi.calc.DayCount;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the platform hands a plug-in besides the request: the bank's reference data and its values for the
 * product's configurable parameters. Implementations are immutable snapshots, safe to share between threads.
 */
public interface EvaluationContext {

  /**
   * The region of a country in the bank's country→region table, e.g. {@code EUROPE}, {@code WEST_ASIA},
   * {@code CIS}, {@code LATIN_AMERICA}, {@code AFRICA}, {@code EAST_ASIA}; empty when the table does not list it.
   */
  Optional<String> regionOf(String countryCode);

  BusinessCalendar calendar();

  /** The day-count convention for a currency (PRODUCTS.md X8, a bank default). */
  DayCount dayCount(String currency);

  /** The risk coefficient of a risk class (002 annex 1; the figures are bank defaults). */
  BigDecimal riskCoefficient(int riskClass);

  /**
   * The bank's value for one of the product's declared parameters, or the declared default.
   *
   * @throws IllegalArgumentException when the product did not declare the parameter
   */
  ConfiguredValue parameter(String key);

  /**
   * The bank's discount rate for a currency and a tenor: the row of its rate table with the shortest tenor that covers
   * {@code tenorDays}; empty when the table has none (SPI 1.1).
   */
  @Since("1.1")
  default Optional<TableRate> discountRate(String currency, long tenorDays) {
    return Optional.empty();
  }
}
