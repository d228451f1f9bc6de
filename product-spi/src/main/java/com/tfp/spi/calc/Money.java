package com.tfp.spi.calc;

import com.tfp.spi.Since;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** Money arithmetic the way PRODUCTS.md asks: exact decimals, HALF_UP to the currency's minor unit, at the end only. */
public final class Money {

  private Money() {}

  /** Rounds HALF_UP to the currency's minor unit (2 for CNY and USD, 0 for JPY). */
  public static BigDecimal round(BigDecimal amount, String currency) {
    return amount.setScale(minorUnits(currency), RoundingMode.HALF_UP);
  }

  /**
   * An amount as a finding or step message shows it: rounded like {@link #round} and written plain ("1234.50", never
   * "1.2345E+3"), so a reader finds on screen the figure the rule used (SPI 1.3).
   */
  @Since("1.3")
  public static String show(BigDecimal amount, String currency) {
    return round(amount, currency).toPlainString();
  }

  public static int minorUnits(String currency) {
    return Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
  }

  /** {@code amount × ratio}, unrounded. */
  public static BigDecimal times(BigDecimal amount, BigDecimal ratio) {
    return amount.multiply(ratio);
  }

  /** Whether the code is an ISO 4217 currency the JDK knows and money can be held in (not XXX, XAU, XDR ...). */
  public static boolean isCurrency(String code) {
    if (code == null || !code.matches("[A-Z]{3}")) return false;
    try {
      return Currency.getInstance(code).getDefaultFractionDigits() >= 0;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** A ratio as a percentage for labels: 0.9 → "90%", 0.125 → "12.5%". */
  public static String percent(BigDecimal ratio) {
    return ratio.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  /** The larger of zero and the amount: a cap can shrink to nothing but never turn negative. */
  public static BigDecimal notNegative(BigDecimal amount) {
    return amount.signum() < 0 ? BigDecimal.ZERO : amount;
  }
}
