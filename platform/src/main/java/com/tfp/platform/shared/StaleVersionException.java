package com.tfp.platform.shared;

import com.tfp.spi.LocalizedText;

/**
 * The caller acted on a version of the record that is no longer current (optimistic concurrency: If-Match / ETag).
 * Nothing was changed; the caller reloads and decides again.
 */
public class StaleVersionException extends RuntimeException {
  private final transient LocalizedText text;

  public StaleVersionException(LocalizedText text) {
    super(text.en());
    this.text = text;
  }

  public LocalizedText text() {
    return text;
  }
}
