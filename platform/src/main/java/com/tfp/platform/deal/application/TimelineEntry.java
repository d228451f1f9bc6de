package com.tfp.platform.deal.application;

import com.tfp.platform.deal.domain.ApplicationStatus;
import java.time.LocalDateTime;

/**
 * One line of a deal's timeline: who (with the roles they acted in) did what, when, with which result — {@code OK}, or
 * {@code REFUSED} with the platform's reason — and, for a step that changed the deal, the status before and after and
 * the comment. System steps (end of day, a later stage repaying this one) have the role {@code SYSTEM}.
 */
public record TimelineEntry(LocalDateTime at, String actor, String actorRoles, String command, String outcome,
    ApplicationStatus fromStatus, ApplicationStatus toStatus, String note) {

  public boolean refused() {
    return "REFUSED".equals(outcome);
  }
}
