package com.tfp.platform.shared;

import com.tfp.spi.LocalizedText;

/** The caller is known but may not do this (wrong role, maker approving their own deal, above their authority). */
public class ForbiddenException extends RuntimeException {
  private final transient LocalizedText text;

  public ForbiddenException(LocalizedText text) {
    super(text.en());
    this.text = text;
  }

  public LocalizedText text() {
    return text;
  }
}
