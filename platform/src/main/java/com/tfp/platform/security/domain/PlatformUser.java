package com.tfp.platform.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** A user of the platform: a PBKDF2 password hash (never the password), roles, and an approver's authority level. */
@Entity
@Table(name = "PLATFORM_USER")
@jakarta.persistence.EntityListeners(com.tfp.platform.security.infrastructure.PlatformUserChanges.class)
public class PlatformUser {
  @Id
  @Column(length = 60)
  private String username;

  @Column(nullable = false, length = 300)
  private String passwordHash;

  @Column(nullable = false, length = 200)
  private String roleNames;

  @Column(length = 40)
  private String authorityLevel;

  private boolean enabled = true;

  /** The user's branch (issue 16: they see and act on its customers and deals); null: head office, the whole bank. */
  @Column(length = 20)
  private String branch;

  @Version private long version;

  protected PlatformUser() {}

  public PlatformUser(String username, String passwordHash, Set<String> roles, String authorityLevel) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.roleNames = String.join(";", roles);
    this.authorityLevel = authorityLevel == null || authorityLevel.isBlank() ? null : authorityLevel;
  }

  /** A new hash of the same or a new password (a raised iteration count, issue 16); the row's change drops its cached credentials. */
  public void rehashed(String newHash) {
    this.passwordHash = newHash;
  }

  public PlatformUser inBranch(String branch) {
    this.branch = branch == null || branch.isBlank() ? null : branch.trim();
    return this;
  }

  public String branch() { return branch; }
  public String username() { return username; }
  public String passwordHash() { return passwordHash; }
  public String authorityLevel() { return authorityLevel; }
  public boolean enabled() { return enabled; }
  /** Moves on with every change of the row: the verified-credential caches of every server compare it. */
  public long version() { return version; }

  public Set<String> roles() {
    return Arrays.stream(roleNames.split(";")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
  }
}
