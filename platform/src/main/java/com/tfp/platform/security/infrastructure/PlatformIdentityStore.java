package com.tfp.platform.security.infrastructure;

import com.tfp.platform.security.application.PlatformUsers;
import com.tfp.platform.security.application.VerifiedCredentials;
import com.tfp.platform.security.domain.PlatformUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import com.tfp.platform.security.application.PasswordHashing;
import java.util.Optional;

/**
 * Validates user name and password against the platform's users (PBKDF2 hashes) and hands their roles to the
 * container as groups (group names are role names). A credential verified lately comes from
 * {@link VerifiedCredentials} without touching the database or PBKDF2; a wrong password is verified every time.
 */
@ApplicationScoped
public class PlatformIdentityStore implements IdentityStore {

  @Inject PlatformUsers users;
  @Inject PasswordHashing hash;
  @Inject VerifiedCredentials verified;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    String name = credential.getCaller();
    String password = credential.getPasswordAsString();
    if (name == null || password == null) return CredentialValidationResult.INVALID_RESULT;
    Optional<VerifiedCredentials.Caller> known = verified.lookup(name, password);
    if (known.isPresent()) return new CredentialValidationResult(known.get().name(), known.get().groups());
    Optional<PlatformUser> user = users.find(name);
    if (user.isEmpty() || !user.get().enabled()) return CredentialValidationResult.INVALID_RESULT;
    PlatformUser u = user.get();
    if (!hash.verify(password.toCharArray(), u.passwordHash())) return CredentialValidationResult.INVALID_RESULT;
    // parameters below the current setting: raised now, while the password is known (issue 16); the row's change drops
    // the user's cached credentials before this one is remembered
    long rowVersion = u.version();
    if (hash.belowPolicy(u.passwordHash())) rowVersion = users.rehash(u.username(), hash.generate(password.toCharArray()));
    verified.remember(name, password, u.username(), u.roles(), rowVersion);
    return new CredentialValidationResult(u.username(), u.roles());
  }
}
