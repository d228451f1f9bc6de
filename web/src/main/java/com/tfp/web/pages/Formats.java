package com.tfp.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the pages write numbers: amounts with thousands separators and exactly the decimals the platform computed
 * ({@code 90000.00} → {@code 90,000.00}; nothing rounded, nothing added), ratios as percentages. Dates stay ISO.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

  private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

  public String amount(BigDecimal value) {
    if (value == null) return "";
    DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    int scale = Math.max(value.scale(), 0);
    f.setMinimumFractionDigits(scale);
    f.setMaximumFractionDigits(scale);
    return f.format(value);
  }

  /** A step's value: an amount (plain decimal string) is grouped, a date or anything else shown as it is. */
  public String stepValue(String value) {
    return value != null && PLAIN_DECIMAL.matcher(value).matches() ? amount(new BigDecimal(value)) : value;
  }

  /** {@code 0.3} → {@code 30%}, {@code 0.125} → {@code 12.5%}. */
  public String percent(BigDecimal ratio) {
    if (ratio == null) return "";
    return ratio.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  /** A recorded moment (the platform keeps UTC): {@code 2026-11-24 05:09 UTC}. */
  public String dateTime(java.time.LocalDateTime at) {
    return at == null ? "" : at.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + " UTC";
  }
}
