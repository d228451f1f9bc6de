package com.tfp.platform.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.tfp.platform.catalogue.domain.BreakerPolicy;
import com.tfp.platform.catalogue.domain.BreakerState;
import com.tfp.platform.catalogue.domain.EvaluationBreaker;
import com.tfp.platform.catalogue.domain.EvaluationBreaker.Permit;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Issue 11: only a failure rate over a window opens a product's breaker, and it closes again by itself. */
class EvaluationBreakerTest {

  private final AtomicLong now = new AtomicLong();
  private final BreakerPolicy policy = new BreakerPolicy(10, 5, new java.math.BigDecimal("0.5"), Duration.ofSeconds(30), 2);
  private final EvaluationBreaker breaker = new EvaluationBreaker(policy, now::get);

  private void succeed(int n) {
    for (int i = 0; i < n; i++) breaker.succeeded(breaker.tryAcquire());
  }

  private void fail(int n) {
    for (int i = 0; i < n; i++) breaker.failed(breaker.tryAcquire(), "boom");
  }

  @Test
  void oneFailureAmongHealthyEvaluationsKeepsItClosed() {
    succeed(3);
    fail(1);
    succeed(100);
    fail(1);
    assertEquals(BreakerState.CLOSED, breaker.state());
    assertEquals(2, breaker.snapshot().failures());
  }

  @Test
  void failuresBelowTheMinimumNumberOfCallsDoNotOpenIt() {
    fail(4);
    assertEquals(BreakerState.CLOSED, breaker.state(), "4 calls < minimumCalls 5");
    fail(1);
    assertEquals(BreakerState.OPEN, breaker.state());
  }

  @Test
  void opensAtTheConfiguredRateOverTheWindowOnly() {
    succeed(10);
    fail(4);
    assertEquals(BreakerState.CLOSED, breaker.state(), "4 of the last 10 failed: 40% < 50%");
    fail(1);
    assertEquals(BreakerState.OPEN, breaker.state(), "5 of the last 10 failed");
    assertNull(breaker.tryAcquire(), "open: refused");
    assertEquals(Duration.ofSeconds(30), breaker.snapshot().retryAfter());
  }

  @Test
  void halfOpenProbesCloseItAgain() {
    fail(5);
    now.addAndGet(Duration.ofSeconds(29).toNanos());
    assertNull(breaker.tryAcquire());
    now.addAndGet(Duration.ofSeconds(1).toNanos());
    Permit p1 = breaker.tryAcquire();
    Permit p2 = breaker.tryAcquire();
    assertEquals(Permit.PROBE, p1);
    assertEquals(Permit.PROBE, p2);
    assertNull(breaker.tryAcquire(), "only two probes at a time");
    assertEquals(BreakerState.HALF_OPEN, breaker.state());
    breaker.succeeded(p1);
    breaker.succeeded(p2);
    assertEquals(BreakerState.CLOSED, breaker.state());
    assertEquals(0, breaker.snapshot().windowCalls(), "a fresh window after closing");
    assertEquals(Permit.ORDINARY, breaker.tryAcquire());
  }

  @Test
  void aFailedProbeReopensIt() {
    fail(5);
    now.addAndGet(Duration.ofSeconds(30).toNanos());
    Permit probe = breaker.tryAcquire();
    breaker.failed(probe, "still broken");
    assertEquals(BreakerState.OPEN, breaker.state());
    assertEquals("still broken", breaker.snapshot().lastFailure());
    assertNull(breaker.tryAcquire());
  }

  @Test
  void anEvaluationAdmittedBeforeItOpenedSaysNothingAfterwards() {
    Permit early = breaker.tryAcquire();
    fail(5);
    breaker.succeeded(early);
    assertEquals(BreakerState.OPEN, breaker.state());
  }

  @Test
  void anAdministratorsResetClosesIt() {
    fail(5);
    breaker.reset();
    assertEquals(BreakerState.CLOSED, breaker.state());
    assertNotNull(breaker.tryAcquire());
  }
}
