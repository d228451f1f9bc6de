package com.tfp.platform.catalogue.domain;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The circuit breaker of one installed plug-in: closed → open → half-open probes → closed (see {@link BreakerPolicy}).
 * Only a failure rate over the window opens it, so a plug-in that fails on one unusual input keeps serving every
 * other one, and a product recovers by itself once its probes succeed. Thread-safe; the clock is injected so tests
 * can move time.
 */
public final class EvaluationBreaker {

  /** What {@link #tryAcquire} granted: an ordinary evaluation, or one of the half-open probes. */
  public enum Permit { ORDINARY, PROBE }

  /** The breaker as an operator sees it. */
  public record Snapshot(BreakerState state, int windowCalls, int windowFailures, long failures, String lastFailure,
      Duration retryAfter) {}

  private final BreakerPolicy policy;
  private final LongSupplier nanoClock;
  private final boolean[] window;
  private int next;
  private int calls;
  private int windowFailures;
  private BreakerState state = BreakerState.CLOSED;
  private long openedAt;
  private int probesInFlight;
  private int probeSuccesses;
  private long failures;
  private String lastFailure;

  public EvaluationBreaker(BreakerPolicy policy, LongSupplier nanoClock) {
    this.policy = policy;
    this.nanoClock = nanoClock;
    this.window = new boolean[policy.window()];
  }

  public EvaluationBreaker(BreakerPolicy policy) {
    this(policy, System::nanoTime);
  }

  /** Null when the breaker refuses the evaluation (open, or all probes already out). */
  public synchronized Permit tryAcquire() {
    if (state == BreakerState.OPEN) {
      if (nanoClock.getAsLong() - openedAt < policy.openFor().toNanos()) return null;
      state = BreakerState.HALF_OPEN;
      probesInFlight = 0;
      probeSuccesses = 0;
    }
    if (state == BreakerState.HALF_OPEN) {
      if (probesInFlight + probeSuccesses >= policy.probes()) return null;
      probesInFlight++;
      return Permit.PROBE;
    }
    return Permit.ORDINARY;
  }

  public synchronized void succeeded(Permit permit) {
    if (permit == Permit.PROBE && state == BreakerState.HALF_OPEN) {
      probesInFlight--;
      if (++probeSuccesses >= policy.probes()) close();
    } else if (permit == Permit.ORDINARY && state == BreakerState.CLOSED) {
      record(false);
    }
    // an evaluation admitted before the breaker opened that ends later says nothing about the product now
  }

  public synchronized void failed(Permit permit, String reason) {
    failures++;
    lastFailure = reason;
    if (state == BreakerState.HALF_OPEN) {
      if (permit == Permit.PROBE) open();
    } else if (state == BreakerState.CLOSED) {
      record(true);
      if (calls >= policy.minimumCalls()
          && java.math.BigDecimal.valueOf(windowFailures).compareTo(policy.failureRatio().multiply(java.math.BigDecimal.valueOf(calls))) >= 0) {
        open();
      }
    }
  }

  /** An administrator's release: closed, with an empty window. */
  public synchronized void reset() {
    close();
  }

  public synchronized Snapshot snapshot() {
    Duration retryAfter = null;
    if (state == BreakerState.OPEN) {
      long left = policy.openFor().toNanos() - (nanoClock.getAsLong() - openedAt);
      retryAfter = Duration.ofNanos(Math.max(0, left));
    }
    return new Snapshot(state, calls, windowFailures, failures, lastFailure, retryAfter);
  }

  public synchronized BreakerState state() {
    return state;
  }

  private void record(boolean failed) {
    if (calls == window.length) {
      if (window[next]) windowFailures--;
    } else {
      calls++;
    }
    window[next] = failed;
    if (failed) windowFailures++;
    next = (next + 1) % window.length;
  }

  private void open() {
    state = BreakerState.OPEN;
    openedAt = nanoClock.getAsLong();
  }

  private void close() {
    state = BreakerState.CLOSED;
    java.util.Arrays.fill(window, false);
    next = 0;
    calls = 0;
    windowFailures = 0;
    probesInFlight = 0;
    probeSuccesses = 0;
  }
}
