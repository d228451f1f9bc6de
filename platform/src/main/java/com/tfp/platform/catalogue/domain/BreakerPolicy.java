package com.tfp.platform.catalogue.domain;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * When a product's breaker opens and how it recovers. The breaker looks at the last {@code window} evaluations of a
 * plug-in; once at least {@code minimumCalls} of them are in the window and the share of failures reaches
 * {@code failureRatio}, it opens for {@code openFor}, then lets {@code probes} evaluations through (half-open): all
 * of them healthy closes it again, one failure reopens it. One failure never takes a product out of service.
 */
public record BreakerPolicy(int window, int minimumCalls, BigDecimal failureRatio, Duration openFor, int probes) {

  /** The platform's defaults; each is a MicroProfile Config property ({@code tfp.breaker.*}). A ratio, so a decimal. */
  public static final BreakerPolicy DEFAULT = new BreakerPolicy(20, 10, new BigDecimal("0.5"), Duration.ofSeconds(30), 3);

  public BreakerPolicy {
    if (window < 1 || minimumCalls < 1 || minimumCalls > window) throw new IllegalArgumentException("need 1 ≤ minimumCalls ≤ window");
    if (failureRatio == null || failureRatio.signum() <= 0 || failureRatio.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("failureRatio must be in (0, 1]");
    }
    if (openFor == null || openFor.isNegative()) throw new IllegalArgumentException("openFor must not be negative");
    if (probes < 1) throw new IllegalArgumentException("probes must be at least 1");
  }
}
