package com.tfp.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.platform.security.domain.StoredHash;
import org.junit.jupiter.api.Test;

/** Issue 16: a stored hash names its parameters, so one below the current setting is found and raised. */
class StoredHashTest {

  @Test
  void theLibraryDefaultOf2048IterationsIsBelowTheBanksSetting() {
    StoredHash old = StoredHash.of("PBKDF2WithHmacSHA256:2048:c2FsdA==:aGFzaA==");
    assertEquals(2048, old.iterations());
    assertTrue(old.below(600_000));
    assertFalse(StoredHash.of("PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA==").below(600_000));
    assertTrue(StoredHash.of("PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA==").below(900_000), "the setting can be raised later");
  }

  @Test
  void anotherAlgorithmOrAnUnreadableHashIsReplaced() {
    assertTrue(StoredHash.of("PBKDF2WithHmacSHA1:900000:c2FsdA==:aGFzaA==").below(600_000));
    assertTrue(StoredHash.of("garbage").below(1));
    assertTrue(StoredHash.of(null).below(1));
  }
}
