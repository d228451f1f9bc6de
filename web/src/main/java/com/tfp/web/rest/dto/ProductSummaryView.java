package com.tfp.web.rest.dto;

import java.util.List;

/** A line of the product catalogue (GET /api/v1/products). */
public record ProductSummaryView(
    String id,
    String version,
    TextView names,
    Integer riskClass,
    List<VariantView> variants,
    String status,
    String statusReason,
    String origin,
    String spiVersions,
    BreakerView breaker) {

  public record VariantView(String code, TextView names, int riskClass) {}

  /**
   * The plug-in version's circuit breaker: CLOSED, OPEN (refusing with 503 until {@code retryAfterSeconds}) or
   * HALF_OPEN (probing); the failures in its current window, all failures since start, the last one.
   */
  public record BreakerView(String state, int windowCalls, int windowFailures, long failures, String lastFailure,
      Long retryAfterSeconds) {}
}
