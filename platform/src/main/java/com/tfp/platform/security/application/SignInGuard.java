package com.tfp.platform.security.application;

import com.tfp.platform.audit.application.AuditTrail;
import com.tfp.platform.security.domain.LoginThrottle;
import com.tfp.platform.shared.Actor;
import com.tfp.platform.shared.InvalidInputException;
import com.tfp.platform.shared.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one guard in front of every password check — HTTP Basic on the API and SOAP, and the login page alike
 * (issue 15, ASVS V2.2.1): the {@link LoginThrottle} with the bank's policy from MicroProfile Config, an audit record
 * when a user's or an address's failures start a burst (the first delay) or a lockout, and the administrator's unlock.
 * The budgets are bank defaults, configurable ({@code tfp.security.signIn.*}, e.g. the Liberty variable or the
 * environment variable {@code TFP_SECURITY_SIGNIN_LOCKOUTFAILURES}); the policy is shown on the users page and in
 * {@code GET /api/v1/sign-in-locks}.
 */
@ApplicationScoped
public class SignInGuard {

  /** Names and addresses are the caller's input: a key (and an audit target) never grows beyond this. */
  static final int MAX_KEY = 100;

  @Inject AuditTrail audit;

  @Inject @ConfigProperty(name = "tfp.security.signIn.userFreeFailures", defaultValue = "5") int userFreeFailures;
  @Inject @ConfigProperty(name = "tfp.security.signIn.addressFreeFailures", defaultValue = "100") int addressFreeFailures;
  @Inject @ConfigProperty(name = "tfp.security.signIn.firstDelaySeconds", defaultValue = "1") long firstDelaySeconds;
  @Inject @ConfigProperty(name = "tfp.security.signIn.maxDelaySeconds", defaultValue = "300") long maxDelaySeconds;
  @Inject @ConfigProperty(name = "tfp.security.signIn.forgetMinutes", defaultValue = "15") long forgetMinutes;
  @Inject @ConfigProperty(name = "tfp.security.signIn.lockoutFailures", defaultValue = "10") int lockoutFailures;
  @Inject @ConfigProperty(name = "tfp.security.signIn.lockoutMinutes", defaultValue = "15") long lockoutMinutes;
  @Inject @ConfigProperty(name = "tfp.security.signIn.addressLockouts", defaultValue = "3") int addressLockouts;

  private LoginThrottle throttle;

  @PostConstruct
  void start() {
    throttle = new LoginThrottle(new LoginThrottle.Policy(userFreeFailures, addressFreeFailures, Duration.ofSeconds(firstDelaySeconds),
        Duration.ofSeconds(maxDelaySeconds), Duration.ofMinutes(forgetMinutes), lockoutFailures, Duration.ofMinutes(lockoutMinutes),
        addressLockouts, 100_000), System::nanoTime);
  }

  /** One line of the policy as shown to administrators: the key, its value, and whether it is the bank default. */
  public record PolicyEntry(String key, String value, boolean bankDefault) {}

  public List<PolicyEntry> policy() {
    LoginThrottle.Policy p = throttle.policy();
    LoginThrottle.Policy d = LoginThrottle.Policy.DEFAULT;
    return List.of(
        new PolicyEntry("userFreeFailures", Integer.toString(p.userFreeFailures()), p.userFreeFailures() == d.userFreeFailures()),
        new PolicyEntry("addressFreeFailures", Integer.toString(p.addressFreeFailures()), p.addressFreeFailures() == d.addressFreeFailures()),
        new PolicyEntry("firstDelaySeconds", Long.toString(p.firstDelay().toSeconds()), p.firstDelay().equals(d.firstDelay())),
        new PolicyEntry("maxDelaySeconds", Long.toString(p.maxDelay().toSeconds()), p.maxDelay().equals(d.maxDelay())),
        new PolicyEntry("forgetMinutes", Long.toString(p.forgetAfter().toMinutes()), p.forgetAfter().equals(d.forgetAfter())),
        new PolicyEntry("lockoutFailures", Integer.toString(p.lockoutFailures()), p.lockoutFailures() == d.lockoutFailures()),
        new PolicyEntry("lockoutMinutes", Long.toString(p.lockoutDuration().toMinutes()), p.lockoutDuration().equals(d.lockoutDuration())),
        new PolicyEntry("addressLockouts", Integer.toString(p.addressLockouts()), p.addressLockouts() == d.addressLockouts()));
  }

  /** Whether this attempt may be checked now; refused attempts check no password. */
  public LoginThrottle.Refusal refusal(String user, String address) {
    return throttle.refusal(key(user), key(address));
  }

  /**
   * A wrong password (or unknown user) over {@code channel} ({@code basic}, {@code soap}, {@code page}). The first
   * failure past a budget and every lockout leave an audit record; single failures do not (a flood of them would
   * flood the trail, and the burst record names the count).
   */
  public void failed(String user, String address, String channel) {
    LoginThrottle.Failure f = throttle.failed(key(user), key(address));
    if (!f.noteworthy()) return;
    String from = " (" + channel + ", from " + f.address() + ")";
    long waitSeconds = Math.max(1, (f.retryAfter().toMillis() + 999) / 1000);
    if (f.userLocked()) {
      audit.failure(null, "SIGN_IN_LOCKOUT", "user/" + f.user(), f.userFailures() + " failed sign-ins" + from
          + ": locked for " + throttle.policy().lockoutDuration().toMinutes() + " min");
    } else if (f.userBurstStarted()) {
      audit.failure(null, "SIGN_IN_FAILURES", "user/" + f.user(), f.userFailures() + " failed sign-ins" + from
          + ": each further attempt waits, from " + waitSeconds + " s");
    }
    if (f.addressLocked()) {
      audit.failure(null, "SIGN_IN_LOCKOUT", "address/" + f.address(), "this address's failures locked "
          + throttle.policy().addressLockouts() + " users (" + channel + "): refused for " + throttle.policy().lockoutDuration().toMinutes() + " min");
    } else if (f.addressBurstStarted()) {
      audit.failure(null, "SIGN_IN_FAILURES", "address/" + f.address(), f.addressFailures() + " failed sign-ins from this address ("
          + channel + "): each further attempt waits");
    }
  }

  public void succeeded(String user) {
    throttle.succeeded(key(user));
  }

  /** Users and addresses that failed lately (locked ones first), for ADMIN. */
  public List<LoginThrottle.Standing> users(Actor actor) {
    actor.require(Role.ADMIN);
    return throttle.users();
  }

  public List<LoginThrottle.Standing> addresses(Actor actor) {
    actor.require(Role.ADMIN);
    return throttle.addresses();
  }

  /** ADMIN lifts a user's lock and delays, with a reason; audited. False when the user had neither. */
  @Transactional
  public boolean unlock(String user, String reason, Actor actor) {
    actor.require(Role.ADMIN);
    if (user == null || user.isBlank() || user.length() > MAX_KEY) {
      throw InvalidInputException.of("user", "须为用户名", "a user name is required");
    }
    if (reason == null || reason.isBlank()) throw InvalidInputException.of("reason", "须说明理由", "a reason is required");
    if (reason.length() > 500) throw InvalidInputException.of("reason", "不得超过 500 字", "at most 500 characters");
    String before = throttle.users().stream().filter(s -> s.key().equals(user)).findFirst()
        .map(s -> s.locked() ? "locked, " + s.lockLeft().toSeconds() + " s left" : s.failures() + " failures").orElse("not locked");
    boolean lifted = throttle.unlock(user);
    audit.success(actor, "SIGN_IN_UNLOCK", "user/" + user, before, "unlocked: " + reason.strip());
    return lifted;
  }

  private static String key(String s) {
    return s == null || s.length() <= MAX_KEY ? s : s.substring(0, MAX_KEY);
  }
}
