package com.tfp.platform.shared;

import com.tfp.spi.LocalizedText;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The authenticated user behind a command, as the interface established it. Application services check roles on it
 * (every service, not only the endpoint) and record it in the audit trail.
 */
public record Actor(String name, Set<Role> roles) {

  public Actor {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  /** The end-of-day batch and the seeds act as the system. */
  public static Actor system() {
    return new Actor("system", EnumSet.of(Role.ADMIN));
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** @throws ForbiddenException unless the actor has one of the roles */
  public void require(Role... anyOf) {
    if (Arrays.stream(anyOf).noneMatch(roles::contains)) {
      String names = Arrays.stream(anyOf).map(Role::name).collect(Collectors.joining(", "));
      throw new ForbiddenException(LocalizedText.of("需要角色：%s", "requires one of the roles: %s").formatted(names));
    }
  }
}
