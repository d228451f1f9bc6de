package com.tfp.platform.deal.domain;

import java.util.Set;

/**
 * The life of a deal: draft → submitted → documents reviewed (International Business) → approved (possibly after
 * escalation above an approver's authority) / rejected / returned → disbursed → settled or overdue → closed.
 */
public enum ApplicationStatus {
  DRAFT,
  SUBMITTED,
  DOCUMENTS_REVIEWED,
  ESCALATED,
  APPROVED,
  REJECTED,
  RETURNED,
  DISBURSED,
  OVERDUE,
  SETTLED,
  CLOSED;

  /** Deals whose documents may not back another financing (PRODUCTS.md X2). */
  public static final Set<ApplicationStatus> ENDED = Set.of(REJECTED, SETTLED, CLOSED);

  public boolean live() {
    return !ENDED.contains(this);
  }

  public boolean outstanding() {
    return this == DISBURSED || this == OVERDUE;
  }
}
