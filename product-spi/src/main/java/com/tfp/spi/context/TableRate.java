package com.tfp.spi.context;

import com.tfp.spi.Since;
import com.tfp.spi.LocalizedText;
import java.math.BigDecimal;

/**
 * One row of the bank's discount-rate table: the annual rate for a currency and tenors up to a number of days. The
 * rate is the bank's price, not a fact of the trade (001 出口信用证 Art.5: interest per the bank's rate rules), so
 * every row is reference data the bank maintains.
 *
 * @param tenorDaysUpTo the longest tenor (days from the value date to the maturity) the row applies to
 * @param bankDefault true while the row is the seeded default, false once the bank has set its own rate
 */
@Since("1.1")
public record TableRate(String currency, int tenorDaysUpTo, BigDecimal annualRate, boolean bankDefault) {

  /** A label that says whether the rate is the seeded default or the bank's own setting. */
  public LocalizedText mark(String zh, String en) {
    return bankDefault
        ? LocalizedText.of(zh + "（默认值，可由本行配置）", en + " (bank default, configurable)")
        : LocalizedText.of(zh + "（本行设定）", en + " (bank's own setting)");
  }
}
