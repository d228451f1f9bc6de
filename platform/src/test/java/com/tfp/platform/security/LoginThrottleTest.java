package com.tfp.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.platform.security.domain.LoginThrottle;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Issues 11 and 15: wrong passwords are throttled per user and per address, with budgets of their own; a lockout after N. */
class LoginThrottleTest {

  private final AtomicLong now = new AtomicLong();
  private final LoginThrottle throttle = new LoginThrottle(
      new LoginThrottle.Policy(3, 6, Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofMinutes(15), 9, Duration.ofMinutes(15), 2, 1000),
      now::get);

  private Duration wait(String user, String address) {
    return throttle.refusal(user, address).retryAfter();
  }

  @Test
  void aUsersFreeFailuresAreCheckedThenEachFailureDoublesTheWait() {
    for (int i = 0; i < 3; i++) throttle.failed("cm1", "10.0.0.1");
    assertEquals(Duration.ZERO, wait("cm1", "10.0.0.1"), "three free failures");
    throttle.failed("cm1", "10.0.0.1");
    assertEquals(Duration.ofSeconds(1), wait("cm1", "10.0.0.1"));
    now.addAndGet(Duration.ofSeconds(1).toNanos());
    throttle.failed("cm1", "10.0.0.1");
    assertEquals(Duration.ofSeconds(2), wait("cm1", "10.0.0.2"), "the user is throttled from any address");
    for (int i = 0; i < 3; i++) throttle.failed("cm1", "10.0.0.3");
    assertEquals(Duration.ofSeconds(8), wait("cm1", "10.0.0.4"), "capped");
  }

  @Test
  void oneAddressGuessingManyUsersIsThrottledButOtherAddressesAreNot() {
    for (int i = 0; i < 7; i++) throttle.failed("user" + i, "10.0.0.9");
    assertTrue(wait("someone-else", "10.0.0.9").compareTo(Duration.ZERO) > 0, "the address spent its budget");
    assertEquals(Duration.ZERO, wait("someone-else", "10.0.0.8"));
  }

  @Test
  void aSuccessClearsTheUsersBudgetAndIdleBudgetsFade() {
    for (int i = 0; i < 4; i++) throttle.failed("ib1", "10.0.0.1");
    throttle.succeeded("ib1");
    assertEquals(Duration.ZERO, wait("ib1", "10.0.0.2"));
    for (int i = 0; i < 4; i++) throttle.failed("risk1", "10.0.0.5");
    now.addAndGet(Duration.ofMinutes(16).toNanos());
    throttle.failed("risk1", "10.0.0.5");
    assertEquals(Duration.ZERO, wait("risk1", "10.0.0.5"), "after 15 idle minutes the count starts again");
  }

  @Test
  void afterTheLockoutCountTheUserIsLockedFromEveryAddressAndTheBurstAndLockAreReportedOnce() {
    java.util.List<LoginThrottle.Failure> failures = new java.util.ArrayList<>();
    for (int i = 0; i < 9; i++) {
      failures.add(throttle.failed("risk1", "10.0.1." + i)); // from nine addresses: no address budget is spent
      now.addAndGet(Duration.ofSeconds(10).toNanos()); // past each delay
    }
    assertEquals(1, failures.stream().filter(LoginThrottle.Failure::userBurstStarted).count(), "one burst record");
    assertTrue(failures.get(3).userBurstStarted(), "the burst starts with the first failure past the free three");
    assertEquals(1, failures.stream().filter(LoginThrottle.Failure::userLocked).count(), "one lockout record");
    assertTrue(failures.get(8).userLocked());
    LoginThrottle.Refusal locked = throttle.refusal("risk1", "10.0.2.1");
    assertEquals(LoginThrottle.Reason.USER_LOCKED, locked.reason());
    assertEquals(Duration.ofMinutes(15).minusSeconds(10), locked.retryAfter(), "15 minutes from the ninth failure");
    assertEquals(Duration.ZERO, wait("risk2", "10.0.2.1"), "other users are not locked");
    now.addAndGet(Duration.ofMinutes(15).toNanos());
    assertEquals(LoginThrottle.Reason.NONE, throttle.refusal("risk1", "10.0.2.1").reason(), "the lock is temporary");
    throttle.failed("risk1", "10.0.2.1");
    assertEquals(LoginThrottle.Reason.NONE, throttle.refusal("risk1", "10.0.2.1").reason(), "after the lock the count starts again");
  }

  @Test
  void anAdministratorUnlocksAUser() {
    for (int i = 0; i < 9; i++) {
      throttle.failed("cm2", "10.0.3." + i);
      now.addAndGet(Duration.ofSeconds(10).toNanos());
    }
    assertTrue(throttle.users().get(0).locked());
    assertEquals(9, throttle.users().get(0).failures(), "the page shows the failures that locked it");
    assertTrue(throttle.unlock("cm2"));
    assertEquals(LoginThrottle.Reason.NONE, throttle.refusal("cm2", "10.0.3.1").reason());
    assertTrue(throttle.users().isEmpty());
    assertEquals(false, throttle.unlock("cm2"), "nothing left to lift");
  }

  @Test
  void oneAddressLocksOutAtMostItsLockoutBudgetOfUsersThenIsRefusedItself() {
    // the address budget is large here so that only the lockout budget (2) stops it
    LoginThrottle t = new LoginThrottle(new LoginThrottle.Policy(3, 1000, Duration.ofSeconds(1), Duration.ofSeconds(8),
        Duration.ofMinutes(15), 4, Duration.ofMinutes(15), 2, 1000), now::get);
    for (String victim : java.util.List.of("a", "b")) {
      for (int i = 0; i < 4; i++) {
        t.failed(victim, "10.0.0.66");
        now.addAndGet(Duration.ofSeconds(10).toNanos());
      }
    }
    assertEquals(LoginThrottle.Reason.ADDRESS_LOCKED, t.refusal("c", "10.0.0.66").reason(), "the third victim is safe");
    assertEquals(LoginThrottle.Reason.NONE, t.refusal("c", "10.0.0.67").reason(), "and reachable from elsewhere");
    assertEquals(2, t.users().stream().filter(LoginThrottle.Standing::locked).count());
  }

  @Test
  void aLockedUsersPasswordIsNotCheckedButACorrectSignInOfAnotherUserIsNeverDelayed() {
    for (int i = 0; i < 9; i++) {
      throttle.failed("ib1", "10.0.4." + i);
      now.addAndGet(Duration.ofSeconds(10).toNanos());
    }
    assertTrue(throttle.refusal("ib1", "10.0.4.100").locked());
    throttle.succeeded("dual1");
    assertEquals(LoginThrottle.Reason.NONE, throttle.refusal("dual1", "10.0.4.1").reason());
  }
}
