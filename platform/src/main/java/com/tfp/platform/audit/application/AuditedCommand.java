package com.tfp.platform.audit.application;

/**
 * A command parameter that names itself in the audit trail more precisely than the method it is passed to: a refused
 * decision on a deal is recorded as the APPROVE or EXTEND it was, not as a decision of some kind; a refused new deal on
 * the customer it names.
 */
public interface AuditedCommand {

  /** The command's name in the trail, e.g. {@code APPLICATION_APPROVE}; null to keep the method's {@link Audited} name. */
  default String auditedName() {
    return null;
  }

  /** The target in the trail, e.g. {@code customer/C001} for a new deal; null to take it from the id parameter. */
  default String auditedTarget() {
    return null;
  }
}
