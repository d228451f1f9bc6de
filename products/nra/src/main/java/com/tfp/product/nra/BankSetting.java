package com.tfp.product.nra;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.context.ConfiguredValue;
import com.tfp.spi.context.EvaluationContext;
import java.math.BigDecimal;

/**
 * The value in force for one of the product's [default] parameters, and whether it is still the product's default or
 * the bank's own setting, so that every label built from it can say which.
 */
record BankSetting(String key, BigDecimal value, boolean bankDefault) {

  static BankSetting of(EvaluationContext context, String key) {
    ConfiguredValue v = context.parameter(key);
    return new BankSetting(key, v.decimal(), v.bankDefault());
  }

  /** Appends "(bank default)" or "(bank's own setting)" to a label. */
  LocalizedText mark(String zh, String en) {
    return bankDefault
        ? LocalizedText.of(zh + "（默认值，可由本行配置）", en + " (bank default, configurable)")
        : LocalizedText.of(zh + "（本行设定）", en + " (bank's own setting)");
  }
}
