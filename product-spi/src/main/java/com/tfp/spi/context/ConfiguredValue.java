package com.tfp.spi.context;

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
}
