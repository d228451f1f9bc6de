package com.tfp.platform.security.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Slows and stops password guessing (ASVS V2.2.1). After a user's or a client address's free failures, each further
 * failure doubles the time during which that user, or that address, is refused without any password being checked
 * (capped). After {@code lockoutFailures} failures the user is locked for {@code lockoutDuration} (until then no
 * password of that user is checked, or an administrator unlocks it). The budgets are separate — a user's is small, an
 * address's larger (one office's proxy carries many users) — so many addresses cannot guess one user's password
 * quickly, and one address cannot lock out everybody: an address whose failures have locked
 * {@code addressLockouts} users is itself refused for the lockout duration. A success clears the user's count;
 * counts fade after {@code forgetAfter} without a failure. Bounded: idle entries are dropped.
 *
 * <p>Nothing here waits: a refused attempt is answered at once (429 with Retry-After), so a correct sign-in of a user
 * nobody attacks is never slowed.
 */
public final class LoginThrottle {

  /** How generous the budgets are (bank defaults, configurable: {@code tfp.security.signIn.*}). */
  public record Policy(int userFreeFailures, int addressFreeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter,
      int lockoutFailures, Duration lockoutDuration, int addressLockouts, int maxEntries) {
    public static final Policy DEFAULT = new Policy(5, 100, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
        10, Duration.ofMinutes(15), 3, 100_000);

    public Policy {
      if (userFreeFailures < 0 || addressFreeFailures < 0 || lockoutFailures < 1 || addressLockouts < 1 || maxEntries < 1
          || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0 || forgetAfter.isNegative() || lockoutDuration.isNegative()) {
        throw new IllegalArgumentException("inconsistent sign-in policy: " + this);
      }
    }
  }

  /** Why an attempt is refused before any password is checked; {@link #NONE} when it may be checked. */
  public enum Reason { NONE, USER_DELAY, ADDRESS_DELAY, USER_LOCKED, ADDRESS_LOCKED }

  /** The answer to an attempt: refused for how long, and why. */
  public record Refusal(Reason reason, Duration retryAfter) {
    static final Refusal NONE = new Refusal(Reason.NONE, Duration.ZERO);

    public boolean refused() {
      return reason != Reason.NONE;
    }

    public boolean locked() {
      return reason == Reason.USER_LOCKED || reason == Reason.ADDRESS_LOCKED;
    }
  }

  /**
   * What one failure changed, for the audit trail: a burst starts when a user's or an address's free failures are spent
   * (the first delay), a lockout when the user reaches the lockout count or the address its lockout budget.
   */
  public record Failure(String user, String address, int userFailures, int addressFailures, boolean userBurstStarted,
      boolean addressBurstStarted, boolean userLocked, boolean addressLocked, Duration retryAfter) {
    public boolean noteworthy() {
      return userBurstStarted || addressBurstStarted || userLocked || addressLocked;
    }
  }

  /** A user's or an address's current standing, for the administrator's page. */
  public record Standing(String key, int failures, Duration delayLeft, Duration lockLeft) {
    public boolean locked() {
      return !lockLeft.isZero();
    }
  }

  private record Budget(int failures, long blockedUntil, long lockedUntil, long lastFailure, int lockoutsCaused) {}

  private final Policy policy;
  private final LongSupplier nanoClock;
  private final Map<String, Budget> users = new ConcurrentHashMap<>();
  private final Map<String, Budget> addresses = new ConcurrentHashMap<>();

  public LoginThrottle(Policy policy, LongSupplier nanoClock) {
    this.policy = policy;
    this.nanoClock = nanoClock;
  }

  public Policy policy() {
    return policy;
  }

  /** Whether this user's attempt from this address may be checked now; if not, why and for how long. */
  public Refusal refusal(String user, String address) {
    long now = nanoClock.getAsLong();
    Budget u = user == null ? null : users.get(user);
    Budget a = address == null ? null : addresses.get(address);
    if (u != null && u.lockedUntil() > now) return new Refusal(Reason.USER_LOCKED, Duration.ofNanos(u.lockedUntil() - now));
    if (a != null && a.lockedUntil() > now) return new Refusal(Reason.ADDRESS_LOCKED, Duration.ofNanos(a.lockedUntil() - now));
    long userWait = u == null ? 0 : Math.max(0, u.blockedUntil() - now);
    long addressWait = a == null ? 0 : Math.max(0, a.blockedUntil() - now);
    if (userWait == 0 && addressWait == 0) return Refusal.NONE;
    return userWait >= addressWait ? new Refusal(Reason.USER_DELAY, Duration.ofNanos(userWait))
        : new Refusal(Reason.ADDRESS_DELAY, Duration.ofNanos(addressWait));
  }

  /** Counts a wrong password of this user from this address; says whether a burst or a lockout started. */
  public Failure failed(String user, String address) {
    long now = nanoClock.getAsLong();
    if (users.size() + addresses.size() >= policy.maxEntries()) forgetIdle(now);
    Budget before = user == null ? null : users.get(user);
    Budget u = user == null ? null : users.compute(user, (k, b) -> next(b, now, policy.userFreeFailures(), true));
    boolean userLocked = u != null && u.lockedUntil() > now && (before == null || before.lockedUntil() <= now);
    Budget beforeAddress = address == null ? null : addresses.get(address);
    Budget a = address == null ? null : addresses.compute(address, (k, b) -> {
      Budget n = next(b, now, policy.addressFreeFailures(), false);
      if (!userLocked) return n;
      int caused = n.lockoutsCaused() + 1;
      long lockedUntil = caused >= policy.addressLockouts() ? now + policy.lockoutDuration().toNanos() : n.lockedUntil();
      return new Budget(n.failures(), n.blockedUntil(), lockedUntil, n.lastFailure(), caused);
    });
    boolean addressLocked = a != null && a.lockedUntil() > now && (beforeAddress == null || beforeAddress.lockedUntil() <= now);
    int userFailures = u == null ? 0 : u.failures();
    int addressFailures = a == null ? 0 : a.failures();
    Duration retryAfter = refusal(user, address).retryAfter();
    return new Failure(user, address, userFailures, addressFailures,
        u != null && !userLocked && userFailures == policy.userFreeFailures() + 1,
        a != null && addressFailures == policy.addressFreeFailures() + 1, userLocked, addressLocked, retryAfter);
  }

  /** A correct password: the user's count starts again (the address's fades by itself). */
  public void succeeded(String user) {
    if (user != null) users.remove(user);
  }

  /** An administrator lifts a user's lock and delay; false when there was nothing to lift. */
  public boolean unlock(String user) {
    return user != null && users.remove(user) != null;
  }

  /** Users that failed lately, most recently locked or failing first. */
  public List<Standing> users() {
    return standings(users);
  }

  /** Client addresses that failed lately. */
  public List<Standing> addresses() {
    return standings(addresses);
  }

  private List<Standing> standings(Map<String, Budget> map) {
    long now = nanoClock.getAsLong();
    long idle = policy.forgetAfter().toNanos();
    List<Standing> out = new ArrayList<>();
    map.forEach((k, b) -> {
      if (b.lockedUntil() > now || now - b.lastFailure() <= idle) {
        out.add(new Standing(k, b.failures(), Duration.ofNanos(Math.max(0, b.blockedUntil() - now)),
            Duration.ofNanos(Math.max(0, b.lockedUntil() - now))));
      }
    });
    out.sort(Comparator.comparing(Standing::locked).reversed().thenComparing(Standing::key));
    return out;
  }

  private Budget next(Budget b, long now, int free, boolean lockable) {
    // a lock that has ended, or counts idle for forgetAfter, start again from nothing
    boolean fresh = b == null || (b.lockedUntil() != 0 && b.lockedUntil() <= now)
        || (now - b.lastFailure() > policy.forgetAfter().toNanos() && b.lockedUntil() <= now);
    int failures = (fresh ? 0 : b.failures()) + 1;
    long lockedUntil = fresh ? 0 : b.lockedUntil();
    int lockoutsCaused = fresh ? 0 : b.lockoutsCaused();
    long blockedUntil = now;
    if (failures > free) {
      int doublings = Math.min(failures - free - 1, 30);
      blockedUntil = now + Math.min(policy.maxDelay().toNanos(), policy.firstDelay().toNanos() << doublings);
    }
    if (lockable && failures >= policy.lockoutFailures() && lockedUntil <= now) {
      // locked: no password of this user is checked until the lock ends; its count starts again after it
      return new Budget(failures, now, now + policy.lockoutDuration().toNanos(), now, lockoutsCaused);
    }
    return new Budget(failures, blockedUntil, lockedUntil, now, lockoutsCaused);
  }

  private void forgetIdle(long now) {
    long idle = policy.forgetAfter().toNanos();
    users.values().removeIf(b -> now - b.lastFailure() > idle && b.lockedUntil() <= now);
    addresses.values().removeIf(b -> now - b.lastFailure() > idle && b.lockedUntil() <= now);
    if (users.size() + addresses.size() >= policy.maxEntries()) {
      users.clear();
      addresses.clear();
    }
  }
}
