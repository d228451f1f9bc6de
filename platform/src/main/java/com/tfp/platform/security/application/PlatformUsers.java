package com.tfp.platform.security.application;

import com.tfp.platform.reference.infrastructure.PlatformSeeds;
import com.tfp.platform.security.domain.PlatformUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.OptionalLong;

/** The platform's users: looked up by the identity store, and for an approver's authority level. */
@ApplicationScoped
public class PlatformUsers {

  @PersistenceContext(unitName = "tfp")
  EntityManager em;

  @Inject PlatformSeeds seeds;
  @Inject com.tfp.platform.audit.application.AuditTrail audit;

  @Transactional
  public Optional<PlatformUser> find(String username) {
    seeds.ensureLoaded();
    return Optional.ofNullable(username == null ? null : em.find(PlatformUser.class, username));
  }

  /**
   * Replaces a user's hash made with weaker parameters by one at the current setting, after a successful sign-in
   * (the password is known only then); audited as PASSWORD_REHASHED with the parameters before and after.
   *
   * @return the row's version after the change
   */
  @Transactional
  public long rehash(String username, String newHash) {
    PlatformUser u = em.find(PlatformUser.class, username);
    if (u == null) return -1;
    var before = com.tfp.platform.security.domain.StoredHash.of(u.passwordHash());
    var after = com.tfp.platform.security.domain.StoredHash.of(newHash);
    u.rehashed(newHash);
    em.flush();
    java.util.Set<com.tfp.platform.shared.Role> roles = java.util.EnumSet.noneOf(com.tfp.platform.shared.Role.class);
    for (String r : u.roles()) {
      try {
        roles.add(com.tfp.platform.shared.Role.valueOf(r));
      } catch (IllegalArgumentException unknown) {
        // a role this version does not know is not an audit concern
      }
    }
    audit.success(new com.tfp.platform.shared.Actor(username, roles), "PASSWORD_REHASHED", "user/" + username,
        before.algorithm() + " " + before.iterations() + " iterations", after.algorithm() + " " + after.iterations() + " iterations");
    return u.version();
  }

  /**
   * The user's row version, which every change of password, roles or state moves on — on whichever server it was made;
   * empty when the user is gone. One indexed read.
   */
  @Transactional
  public OptionalLong versionOf(String username) {
    var found = em.createQuery("select u.version from PlatformUser u where u.username = :n", Long.class).setParameter("n", username)
        .getResultList();
    return found.isEmpty() ? OptionalLong.empty() : OptionalLong.of(found.get(0));
  }

  @Transactional
  public String authorityLevelOf(String username) {
    return find(username).map(PlatformUser::authorityLevel).orElse(null);
  }
}
