package com.tfp.platform.shared;

import java.time.Duration;

/** How long a caller is told to wait (HTTP {@code Retry-After}): whole seconds, rounded up, at least one. */
public final class RetryAfter {

  private RetryAfter() {}

  public static long seconds(Duration wait) {
    return Math.max(1, (wait == null ? 0 : wait.toMillis() + 999) / 1000);
  }
}
