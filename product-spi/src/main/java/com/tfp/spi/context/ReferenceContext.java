package com.tfp.spi.context;

import com.tfp.spi.Since;
import com.tfp.spi.ParameterSpec;
import com.tfp.spi.ProductDescriptor;
import com.tfp.spi.calc.DayCount;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable snapshot of reference data for one product: the platform builds one from its reference tables, and a
 * product team builds one in its tests. Parameters the bank has not set fall back to the descriptor's defaults.
 *
 * @param regions country code → region code
 * @param dayCounts currency → convention; currencies not listed use ACT/360
 * @param riskCoefficients risk class → coefficient
 * @param bankParameters the bank's own values for the product's parameters, by key
 * @param discountRates the bank's discount-rate table (per currency and tenor)
 */
public record ReferenceContext(
    ProductDescriptor product,
    Map<String, String> regions,
    BusinessCalendar calendar,
    Map<String, DayCount> dayCounts,
    Map<Integer, BigDecimal> riskCoefficients,
    Map<String, String> bankParameters,
    @Since("1.1") List<TableRate> discountRates)
    implements EvaluationContext {

  @Since("1.1")
  public ReferenceContext {
    discountRates = discountRates == null ? List.of() : List.copyOf(discountRates);
    regions = Map.copyOf(regions);
    dayCounts = Map.copyOf(dayCounts);
    riskCoefficients = Map.copyOf(riskCoefficients);
    bankParameters = Map.copyOf(bankParameters);
  }

  /** Reference data without a discount-rate table (SPI 1.0). */
  public ReferenceContext(ProductDescriptor product, Map<String, String> regions, BusinessCalendar calendar,
      Map<String, DayCount> dayCounts, Map<Integer, BigDecimal> riskCoefficients, Map<String, String> bankParameters) {
    this(product, regions, calendar, dayCounts, riskCoefficients, bankParameters, List.of());
  }

  @Since("1.1")
  @Override
  public Optional<TableRate> discountRate(String currency, long tenorDays) {
    return discountRates.stream()
        .filter(r -> r.currency().equals(currency) && r.tenorDaysUpTo() >= tenorDays)
        .min(Comparator.comparingInt(TableRate::tenorDaysUpTo));
  }

  @Override
  public Optional<String> regionOf(String countryCode) {
    return Optional.ofNullable(countryCode).map(regions::get);
  }

  @Override
  public DayCount dayCount(String currency) {
    return dayCounts.getOrDefault(currency, DayCount.ACT_360);
  }

  @Override
  public BigDecimal riskCoefficient(int riskClass) {
    BigDecimal c = riskCoefficients.get(riskClass);
    if (c == null) throw new IllegalArgumentException("no risk coefficient for class " + riskClass);
    return c;
  }

  @Override
  public ConfiguredValue parameter(String key) {
    ParameterSpec spec = product.parameter(key)
        .orElseThrow(() -> new IllegalArgumentException(product.id() + " declares no parameter " + key));
    String own = bankParameters.get(key);
    return own == null ? new ConfiguredValue(key, spec.defaultValue(), true) : new ConfiguredValue(key, own, false);
  }

  /** The same reference data for another product (parameters are per product). */
  public ReferenceContext forProduct(ProductDescriptor other, Map<String, String> otherParameters) {
    return new ReferenceContext(other, regions, calendar, dayCounts, riskCoefficients, otherParameters, discountRates);
  }
}
