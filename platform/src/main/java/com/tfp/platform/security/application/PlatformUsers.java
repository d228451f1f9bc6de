package com.tfp.platform.security.application;

import com.tfp.platform.reference.infrastructure.PlatformSeeds;
import com.tfp.platform.security.domain.PlatformUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The platform's users: looked up by the identity store, and for an approver's authority level. */
@ApplicationScoped
public class PlatformUsers {

  @PersistenceContext(unitName = "tfp")
  EntityManager em;

  @Inject PlatformSeeds seeds;

  @Transactional
  public Optional<PlatformUser> find(String username) {
    seeds.ensureLoaded();
    return Optional.ofNullable(username == null ? null : em.find(PlatformUser.class, username));
  }

  @Transactional
  public String authorityLevelOf(String username) {
    return find(username).map(PlatformUser::authorityLevel).orElse(null);
  }
}
