package com.tfp.platform.security.domain;

/**
 * A stored password hash as Jakarta Security's PBKDF2 writes it: {@code algorithm:iterations:salt:hash} (Base64), the
 * parameters beside the hash so that they can be raised later: a hash below the bank's current setting is replaced at
 * the user's next successful sign-in (issue 16).
 */
public record StoredHash(String algorithm, int iterations) {

  public static final String ALGORITHM = "PBKDF2WithHmacSHA256";

  /** The parameters of a stored hash; an unreadable one counts as below every setting. */
  public static StoredHash of(String stored) {
    String[] parts = stored == null ? new String[0] : stored.split(":");
    if (parts.length != 4) return new StoredHash("?", 0);
    try {
      return new StoredHash(parts[0], Integer.parseInt(parts[1]));
    } catch (NumberFormatException e) {
      return new StoredHash(parts[0], 0);
    }
  }

  /** Whether a hash with these parameters should be replaced by one at {@code iterations} of {@link #ALGORITHM}. */
  public boolean below(int currentIterations) {
    return !ALGORITHM.equals(algorithm) || iterations < currentIterations;
  }
}
