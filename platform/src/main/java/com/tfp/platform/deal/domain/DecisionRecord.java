package com.tfp.platform.deal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDateTime;

/** One step of the deal's workflow: who did what, from which state to which, with their comment (maker-checker as data). */
@Embeddable
public class DecisionRecord {
  @Column(name = "COMMAND_NAME", nullable = false, length = 30) private String command;
  @Enumerated(EnumType.STRING) @Column(name = "FROM_STATUS", length = 24) private ApplicationStatus fromStatus;
  @Enumerated(EnumType.STRING) @Column(name = "TO_STATUS", length = 24) private ApplicationStatus toStatus;
  @Column(name = "DECIDED_BY", nullable = false, length = 60) private String decidedBy;
  @Column(name = "NOTE", length = 1000) private String note;
  /** UTC. */
  @Column(name = "DECIDED_AT", nullable = false) private LocalDateTime decidedAt;

  protected DecisionRecord() {}

  public DecisionRecord(String command, ApplicationStatus from, ApplicationStatus to, String by, String note) {
    this.command = command;
    this.fromStatus = from;
    this.toStatus = to;
    this.decidedBy = by;
    this.note = note == null || note.length() <= 1000 ? note : note.substring(0, 1000);
    this.decidedAt = LocalDateTime.now(java.time.ZoneOffset.UTC);
  }

  public String command() { return command; }
  public ApplicationStatus fromStatus() { return fromStatus; }
  public ApplicationStatus toStatus() { return toStatus; }
  public String by() { return decidedBy; }
  public String note() { return note; }
  public LocalDateTime at() { return decidedAt; }
}
