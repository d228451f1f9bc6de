package com.tfp.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.platform.security.domain.LoginThrottle;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Issue 11: wrong passwords are throttled per user and per address, with budgets of their own. */
class LoginThrottleTest {

  private final AtomicLong now = new AtomicLong();
  private final LoginThrottle throttle = new LoginThrottle(
      new LoginThrottle.Policy(3, 6, Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofMinutes(15), 1000), now::get);

  @Test
  void aUsersFreeFailuresAreCheckedThenEachFailureDoublesTheWait() {
    for (int i = 0; i < 3; i++) throttle.failed("cm1", "10.0.0.1");
    assertEquals(Duration.ZERO, throttle.refusal("cm1", "10.0.0.1"), "three free failures");
    throttle.failed("cm1", "10.0.0.1");
    assertEquals(Duration.ofSeconds(1), throttle.refusal("cm1", "10.0.0.1"));
    now.addAndGet(Duration.ofSeconds(1).toNanos());
    throttle.failed("cm1", "10.0.0.1");
    assertEquals(Duration.ofSeconds(2), throttle.refusal("cm1", "10.0.0.2"), "the user is throttled from any address");
    for (int i = 0; i < 5; i++) throttle.failed("cm1", "10.0.0.3");
    assertEquals(Duration.ofSeconds(8), throttle.refusal("cm1", "10.0.0.4"), "capped");
  }

  @Test
  void oneAddressGuessingManyUsersIsThrottledButOtherAddressesAreNot() {
    for (int i = 0; i < 7; i++) throttle.failed("user" + i, "10.0.0.9");
    assertTrue(throttle.refusal("someone-else", "10.0.0.9").compareTo(Duration.ZERO) > 0, "the address spent its budget");
    assertEquals(Duration.ZERO, throttle.refusal("someone-else", "10.0.0.8"));
  }

  @Test
  void aSuccessClearsTheUsersBudgetAndIdleBudgetsFade() {
    for (int i = 0; i < 4; i++) throttle.failed("ib1", "10.0.0.1");
    throttle.succeeded("ib1");
    assertEquals(Duration.ZERO, throttle.refusal("ib1", "10.0.0.2"));
    for (int i = 0; i < 4; i++) throttle.failed("risk1", "10.0.0.5");
    now.addAndGet(Duration.ofMinutes(16).toNanos());
    throttle.failed("risk1", "10.0.0.5");
    assertEquals(Duration.ZERO, throttle.refusal("risk1", "10.0.0.5"), "after 15 idle minutes the count starts again");
  }
}
