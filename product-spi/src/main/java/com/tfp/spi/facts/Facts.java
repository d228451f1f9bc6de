package com.tfp.spi.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The validated, typed facts of one deal: MONEY/DECIMAL/RATIO as {@link BigDecimal}, INTEGER as {@link Long}, DATE
 * as {@link LocalDate}, BOOLEAN as {@link Boolean}, ENUM/COUNTRY/TEXT as {@link String}, RECORD_LIST as a list of
 * {@link Facts}. Made by {@link FactsParser}; immutable.
 */
public final class Facts {

  private final Map<String, Object> values;

  /** Takes ownership of a map no one else holds (both factories pass a fresh one): no second copy per evaluation. */
  private Facts(Map<String, Object> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  /** Typed values as they are (for tests and for the platform's parser); prefer {@link FactsParser} for input. */
  public static Facts of(Map<String, ?> typedValues) {
    Map<String, Object> copy = new LinkedHashMap<>();
    typedValues.forEach((k, v) -> {
      if (v != null) copy.put(k, v);
    });
    return new Facts(copy);
  }

  public static Facts empty() {
    return new Facts(Map.of());
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** A BOOLEAN fact: missing means the condition does not hold (PRODUCTS.md). */
  public boolean flag(String name) {
    return Boolean.TRUE.equals(values.get(name));
  }

  public Optional<BigDecimal> decimal(String name) {
    return Optional.ofNullable((BigDecimal) values.get(name));
  }

  public BigDecimal requireDecimal(String name) {
    return decimal(name).orElseThrow(() -> missing(name));
  }

  public Optional<Long> integer(String name) {
    return Optional.ofNullable((Long) values.get(name));
  }

  public long requireInteger(String name) {
    return integer(name).orElseThrow(() -> missing(name));
  }

  public Optional<LocalDate> date(String name) {
    return Optional.ofNullable((LocalDate) values.get(name));
  }

  public LocalDate requireDate(String name) {
    return date(name).orElseThrow(() -> missing(name));
  }

  /** ENUM, COUNTRY and TEXT facts. */
  public Optional<String> text(String name) {
    return Optional.ofNullable((String) values.get(name));
  }

  public String requireText(String name) {
    return text(name).orElseThrow(() -> missing(name));
  }

  @SuppressWarnings("unchecked")
  public List<Facts> records(String name) {
    Object v = values.get(name);
    return v == null ? List.of() : (List<Facts>) v;
  }

  /** The typed values, e.g. to store them with a deal. */
  public Map<String, Object> asMap() {
    return values;
  }

  private static NoSuchElementException missing(String name) {
    return new NoSuchElementException("fact " + name + " was not given and the schema does not require it");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Facts f && f.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
