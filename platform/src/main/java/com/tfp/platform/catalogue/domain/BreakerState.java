package com.tfp.platform.catalogue.domain;

/** Where a product's circuit breaker stands. */
public enum BreakerState {
  /** Evaluations go through; outcomes are counted in the window. */
  CLOSED,
  /** Too many recent failures: evaluations are refused (503) until the open period has passed. */
  OPEN,
  /** The open period has passed: a few probe evaluations decide whether the product is healthy again. */
  HALF_OPEN
}
