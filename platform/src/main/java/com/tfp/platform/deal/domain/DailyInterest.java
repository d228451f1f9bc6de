package com.tfp.platform.deal.domain;

import com.tfp.spi.calc.DayCount;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One night's interest on the outstanding principal (004 Art.13, X8: actual days, the currency's day count), kept to
 * ten decimals so that the sum over a period equals principal × rate × days ÷ year days to the cent.
 */
public final class DailyInterest {

  private DailyInterest() {}

  public static BigDecimal of(BigDecimal principal, BigDecimal annualRate, DayCount dayCount) {
    return principal.multiply(annualRate).divide(BigDecimal.valueOf(dayCount.yearDays()), 10, RoundingMode.HALF_UP);
  }
}
