package it.com.tfp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, credentials: PBKDF2-HMAC-SHA256 at 600,000 iterations with the parameters stored beside the hash. dual1 is
 * seeded with a 2,048-iteration hash (the library default of earlier databases): its first successful sign-in raises it,
 * audited as PASSWORD_REHASHED with the parameters before and after, and the same password keeps working.
 */
class CredentialsIT {

  @Test
  void aHashBelowTheSettingIsRaisedAtTheNextSuccessfulSignIn() {
    assertEquals(200, Api.as("dual1").get("/api/v1/business-date").status());
    JsonObject rehash = Deals.ADMIN.get("/api/v1/audit?target=user/dual1").array().stream().map(JsonValue::asJsonObject)
        .filter(a -> a.getString("command").equals("PASSWORD_REHASHED")).findFirst().orElseThrow(() -> new AssertionError("no rehash audited"));
    assertEquals("PBKDF2WithHmacSHA256 2048 iterations", rehash.getString("before"));
    assertEquals("PBKDF2WithHmacSHA256 600000 iterations", rehash.getString("after"));
    assertEquals(200, Api.as("dual1").get("/api/v1/business-date").status(), "the same password after the rehash");
    assertEquals(401, new Api.As("dual1", "not-the-password").get("/api/v1/business-date").status());
    assertTrue(Deals.ADMIN.get("/api/v1/audit?target=user/dual1").array().stream().map(JsonValue::asJsonObject)
        .filter(a -> a.getString("command").equals("PASSWORD_REHASHED")).count() == 1, "raised once");
  }
}
