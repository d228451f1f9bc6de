package com.tfp.platform.security.application;

import com.tfp.platform.security.domain.StoredHash;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Password hashes: PBKDF2-HMAC-SHA256 with a 32-byte per-user salt and {@code tfp.security.pbkdf2.iterations}
 * (600,000, OWASP's figure for PBKDF2-HMAC-SHA256) — the container's {@link Pbkdf2PasswordHash} set to them. A
 * stored hash carries its own parameters, so hashes made with fewer iterations still verify and are raised at the
 * next successful sign-in ({@link #belowPolicy}).
 */
@ApplicationScoped
public class PasswordHashing {

  @Inject Pbkdf2PasswordHash hash;

  @Inject
  @ConfigProperty(name = "tfp.security.pbkdf2.iterations", defaultValue = "600000")
  int iterations;

  @PostConstruct
  void init() {
    hash.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", StoredHash.ALGORITHM, "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
        "Pbkdf2PasswordHash.SaltSizeBytes", "32", "Pbkdf2PasswordHash.KeySizeBytes", "32"));
  }

  public String generate(char[] password) {
    return hash.generate(password);
  }

  public boolean verify(char[] password, String stored) {
    return hash.verify(password, stored);
  }

  /** Whether the stored hash was made with weaker parameters than the current setting. */
  public boolean belowPolicy(String stored) {
    return StoredHash.of(stored).below(iterations);
  }

  public int iterations() {
    return iterations;
  }
}
