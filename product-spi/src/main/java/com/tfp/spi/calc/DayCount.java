package com.tfp.spi.calc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Interest on actual days over a 360- or 365-day year (004 Art.13; PRODUCTS.md X8). */
public enum DayCount {
  ACT_360(360),
  ACT_365(365);

  private final int yearDays;

  DayCount(int yearDays) {
    this.yearDays = yearDays;
  }

  public int yearDays() {
    return yearDays;
  }

  /** Interest, unrounded: principal × annual rate × actual days ÷ year days. */
  public BigDecimal interest(BigDecimal principal, BigDecimal annualRate, LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to);
    return principal.multiply(annualRate).multiply(BigDecimal.valueOf(days))
        .divide(BigDecimal.valueOf(yearDays), MathContext.DECIMAL128);
  }
}
