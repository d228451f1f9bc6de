package com.tfp.platform.shared;

import com.tfp.spi.LocalizedText;

/**
 * The request is well-formed but the state of the platform does not allow it now (a quarantined product, a line that
 * cannot take a disbursement, a stale version).
 */
public class ConflictException extends RuntimeException {
  private final transient LocalizedText text;

  public ConflictException(LocalizedText text) {
    super(text.en());
    this.text = text;
  }

  public LocalizedText text() {
    return text;
  }
}
