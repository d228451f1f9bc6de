package com.tfp.spi.context;

import com.tfp.spi.LocalizedText;
import java.math.BigDecimal;

/**
 * The value in force for one of the product's parameters.
 *
 * @param bankDefault true when the bank has not set its own value and the product's default applies
 */
public record ConfiguredValue(String key, String value, boolean bankDefault) {

  public BigDecimal decimal() {
    return new BigDecimal(value);
  }

  /** A label that says whether it rests on the product's default or on the bank's own setting. */
  public LocalizedText mark(String zh, String en) {
    return bankDefault
        ? LocalizedText.of(zh + "（默认值，可由本行配置）", en + " (bank default, configurable)")
        : LocalizedText.of(zh + "（本行设定）", en + " (bank's own setting)");
  }
}
