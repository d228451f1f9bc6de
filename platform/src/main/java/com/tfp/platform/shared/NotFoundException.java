package com.tfp.platform.shared;

import com.tfp.spi.LocalizedText;

/** Something asked for by id does not exist (an unknown product, customer, deal). */
public class NotFoundException extends RuntimeException {
  private final transient LocalizedText text;

  public NotFoundException(LocalizedText text) {
    super(text.en());
    this.text = text;
  }

  public LocalizedText text() {
    return text;
  }
}
