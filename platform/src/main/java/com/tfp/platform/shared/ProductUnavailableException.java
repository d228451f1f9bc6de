package com.tfp.platform.shared;

import com.tfp.spi.LocalizedText;
import java.time.Duration;

/**
 * A product's breaker is open: too many of its recent evaluations failed, so it rests for a while before probes try
 * it again (503 with {@code Retry-After}). Nothing was evaluated.
 */
public class ProductUnavailableException extends RuntimeException {
  private final transient LocalizedText text;
  private final Duration retryAfter;

  public ProductUnavailableException(LocalizedText text, Duration retryAfter) {
    super(text.en(), null, false, false);
    this.text = text;
    this.retryAfter = retryAfter;
  }

  public LocalizedText text() {
    return text;
  }

  /** At least one second: what a client should wait before trying again. */
  public long retryAfterSeconds() {
    return RetryAfter.seconds(retryAfter);
  }
}
