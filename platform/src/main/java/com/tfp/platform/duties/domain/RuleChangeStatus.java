package com.tfp.platform.duties.domain;

/** Where a proposed rule change stands: waiting for a second administrator, or decided one way or another. */
public enum RuleChangeStatus {
  PENDING, APPROVED, REJECTED, WITHDRAWN
}
