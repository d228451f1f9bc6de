package com.tfp.platform.security.infrastructure;

import com.tfp.platform.security.application.PlatformUsers;
import com.tfp.platform.security.domain.PlatformUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates user name and password against the platform's users (PBKDF2 hashes) and hands their roles to the
 * container as groups (group names are role names). A verified credential is remembered by a SHA-256 of
 * user:password:hash, so a busy caller does not pay for PBKDF2 on every request; changing the hash invalidates it.
 */
@ApplicationScoped
public class PlatformIdentityStore implements IdentityStore {

  @Inject PlatformUsers users;
  @Inject Pbkdf2PasswordHash hash;

  private final Map<String, Boolean> verified = new ConcurrentHashMap<>();

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    Optional<PlatformUser> user = users.find(credential.getCaller());
    if (user.isEmpty() || !user.get().enabled()) return CredentialValidationResult.INVALID_RESULT;
    PlatformUser u = user.get();
    String password = credential.getPasswordAsString();
    String key = digest(u.username() + ":" + password + ":" + u.passwordHash());
    boolean ok = verified.computeIfAbsent(key, k -> hash.verify(password.toCharArray(), u.passwordHash()));
    if (!ok) {
      verified.remove(key);
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(u.username(), u.roles());
  }

  private static String digest(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
