package com.tfp.platform.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One command in the audit trail: who, when (UTC), what on which target, the state before and after, and the result.
 * Append-only: the class has no mutators, the trail no update or delete.
 */
@Entity
@Table(name = "AUDIT_RECORD")
public class AuditRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false) private LocalDateTime recordedAt;
  @Column(nullable = false, updatable = false, length = 60) private String actor;
  @Column(nullable = false, updatable = false, length = 200) private String actorRoles;
  @Column(nullable = false, updatable = false, length = 60) private String command;
  @Column(nullable = false, updatable = false, length = 120) private String target;
  @Lob @Column(updatable = false) private String stateBefore;
  @Lob @Column(updatable = false) private String stateAfter;
  @Column(nullable = false, updatable = false, length = 12) private String outcome;
  @Column(updatable = false, length = 1000) private String detail;

  protected AuditRecord() {}

  public AuditRecord(String actor, String roles, String command, String target, String before, String after, String outcome, String detail) {
    this.recordedAt = LocalDateTime.now(ZoneOffset.UTC);
    this.actor = actor;
    this.actorRoles = roles;
    this.command = command;
    this.target = target;
    this.stateBefore = before;
    this.stateAfter = after;
    this.outcome = outcome;
    this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
  }

  public Long id() { return id; }
  public LocalDateTime recordedAt() { return recordedAt; }
  public String actor() { return actor; }
  public String actorRoles() { return actorRoles; }
  public String command() { return command; }
  public String target() { return target; }
  public String stateBefore() { return stateBefore; }
  public String stateAfter() { return stateAfter; }
  public String outcome() { return outcome; }
  public String detail() { return detail; }
}
