package com.tfp.platform.security.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Credentials the identity store has verified lately, so a caller that sends HTTP Basic on every request pays for
 * PBKDF2 once per {@code tfp.security.credentialCacheSeconds} (300) instead of once per request. Keyed by an
 * HMAC-SHA256 of user and password under a secret drawn at each start (nothing stored here can be turned back into a
 * password, and nothing survives a restart); bounded by {@code tfp.security.credentialCacheSize} (10,000); a user's
 * entries are dropped when the user's row changes on this server (password, roles, disabled — {@code PlatformUserChanges}).
 *
 * <p>Several servers share the users (issue 14): an entry remembers the user row's version, and a hit older than
 * {@code tfp.security.credentialRecheckSeconds} (1) reads the version again (one indexed read per user per second, not
 * per request); a change made on another server — a new password, a role taken away, a disabled user — is effective
 * here within that second. The row version is also in the container's cache key, so Liberty never serves a subject
 * built for the user's previous row.
 */
@ApplicationScoped
public class VerifiedCredentials {

  /**
   * Who a verified credential belongs to: the name and roles the identity store answered, and a key naming this
   * credential in this state of the user (it changes when the user's row changes), for the container's own cache.
   */
  public record Caller(String name, Set<String> groups, String cacheKey) {}

  private record Entry(Caller caller, long rowVersion, long expiresAt, long checkedAt) {}

  @Inject
  @ConfigProperty(name = "tfp.security.credentialCacheSeconds", defaultValue = "300")
  long ttlSeconds;

  @Inject
  @ConfigProperty(name = "tfp.security.credentialCacheSize", defaultValue = "10000")
  int maxEntries;

  @Inject
  @ConfigProperty(name = "tfp.security.credentialRecheckSeconds", defaultValue = "1")
  long recheckSeconds;

  @Inject PlatformUsers users;

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private SecretKeySpec secret;
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

  @PostConstruct
  void init() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    secret = new SecretKeySpec(key, "HmacSHA256");
  }

  public Optional<Caller> lookup(String user, String password) {
    String key = key(user, password);
    Entry e = entries.get(key);
    if (e == null) return Optional.empty();
    long now = System.nanoTime();
    if (now - e.expiresAt() > 0) {
      entries.remove(key, e);
      return Optional.empty();
    }
    if (now - e.checkedAt() > recheckSeconds * 1_000_000_000L) {
      // the row may have changed on another server
      if (users.versionOf(e.caller().name()).orElse(-1) != e.rowVersion()) {
        entries.remove(key, e);
        return Optional.empty();
      }
      entries.replace(key, e, new Entry(e.caller(), e.rowVersion(), e.expiresAt(), now));
    }
    return Optional.of(e.caller());
  }

  /** Remembers what the identity store verified against the user's row at {@code rowVersion}; returns the caller with its cache key. */
  public Caller remember(String user, String password, String name, Set<String> groups, long rowVersion) {
    if (entries.size() >= maxEntries) evict();
    String key = key(user, password);
    Caller caller = new Caller(name, Set.copyOf(groups), "tfp:" + key + ":" + rowVersion);
    long now = System.nanoTime();
    entries.put(key, new Entry(caller, rowVersion, now + ttlSeconds * 1_000_000_000L, now));
    return caller;
  }

  /** Drops every verified credential of a user: its password, roles or state changed on this server. */
  public void forget(String user) {
    entries.values().removeIf(e -> e.caller().name().equals(user));
  }

  private void evict() {
    long now = System.nanoTime();
    entries.values().removeIf(e -> now - e.expiresAt() > 0);
    // still full of live entries (many distinct callers at once): start over rather than grow; they re-verify once
    if (entries.size() >= maxEntries) entries.clear();
  }

  private String key(String user, String password) {
    Mac mac = macs.get();
    mac.update(user.getBytes(StandardCharsets.UTF_8));
    mac.update((byte) 0);
    return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(secret);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
