package com.tfp.spi.evaluation;

import com.tfp.spi.LocalizedText;

/**
 * A document the product may require, as listed in its descriptor.
 *
 * @param when when it is required, in words (e.g. "L/C deals only"); the evaluation decides for a given deal
 */
public record DocumentSpec(String code, LocalizedText name, LocalizedText when, String source) {

  public static DocumentSpec of(String code, String zh, String en, String source) {
    return new DocumentSpec(code, LocalizedText.of(zh, en), LocalizedText.of("所有业务", "all deals"), source);
  }

  public DocumentSpec when(String zh, String en) {
    return new DocumentSpec(code, name, LocalizedText.of(zh, en), source);
  }
}
