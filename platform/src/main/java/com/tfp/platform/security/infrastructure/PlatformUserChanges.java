package com.tfp.platform.security.infrastructure;

import com.tfp.platform.security.application.VerifiedCredentials;

import com.tfp.platform.security.domain.PlatformUser;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/** Whenever a user's row changes or goes, its verified credentials are forgotten: the next request verifies again. */
public class PlatformUserChanges {

  @PostUpdate
  @PostRemove
  void changed(PlatformUser user) {
    CDI.current().select(VerifiedCredentials.class).get().forget(user.username());
  }
}
