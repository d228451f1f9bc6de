package com.tfp.platform.security.domain;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Slows password guessing: after a user's or a client address's free failures, each further failure doubles the time
 * during which that user, or that address, is refused without any password being checked (capped). The budgets are
 * separate — a user's is small, an address's larger (one office's proxy carries many users) — so one address cannot
 * lock out everybody, and many addresses cannot guess one user's password quickly. A success clears the user's
 * budget; an address's fades when it stops failing. Bounded: idle budgets are dropped.
 */
public final class LoginThrottle {

  /** How generous the budgets are. */
  public record Policy(int userFreeFailures, int addressFreeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter,
      int maxEntries) {
    public static final Policy DEFAULT = new Policy(5, 100, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofMinutes(15), 100_000);
  }

  private record Budget(int failures, long blockedUntil, long lastFailure) {}

  private final Policy policy;
  private final LongSupplier nanoClock;
  private final Map<String, Budget> users = new ConcurrentHashMap<>();
  private final Map<String, Budget> addresses = new ConcurrentHashMap<>();

  public LoginThrottle(Policy policy, LongSupplier nanoClock) {
    this.policy = policy;
    this.nanoClock = nanoClock;
  }

  /** How long this user or this address is still refused; zero when an attempt may be checked now. */
  public Duration refusal(String user, String address) {
    long now = nanoClock.getAsLong();
    long wait = Math.max(remaining(users.get(user), now), remaining(addresses.get(address), now));
    return Duration.ofNanos(wait);
  }

  public void failed(String user, String address) {
    long now = nanoClock.getAsLong();
    if (users.size() + addresses.size() >= policy.maxEntries()) forgetIdle(now);
    if (user != null) users.compute(user, (k, b) -> next(b, now, policy.userFreeFailures()));
    if (address != null) addresses.compute(address, (k, b) -> next(b, now, policy.addressFreeFailures()));
  }

  public void succeeded(String user) {
    if (user != null) users.remove(user);
  }

  private Budget next(Budget b, long now, int free) {
    int failures = (b == null || now - b.lastFailure() > policy.forgetAfter().toNanos() ? 0 : b.failures()) + 1;
    long blockedUntil = now;
    if (failures > free) {
      int doublings = Math.min(failures - free - 1, 30);
      long delay = Math.min(policy.maxDelay().toNanos(), policy.firstDelay().toNanos() << doublings);
      blockedUntil = now + delay;
    }
    return new Budget(failures, blockedUntil, now);
  }

  private static long remaining(Budget b, long now) {
    return b == null ? 0 : Math.max(0, b.blockedUntil() - now);
  }

  private void forgetIdle(long now) {
    long idle = policy.forgetAfter().toNanos();
    users.values().removeIf(b -> now - b.lastFailure() > idle);
    addresses.values().removeIf(b -> now - b.lastFailure() > idle);
    if (users.size() + addresses.size() >= policy.maxEntries()) {
      users.clear();
      addresses.clear();
    }
  }
}
