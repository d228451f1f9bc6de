package com.tfp.platform.audit.application;

/**
 * A command parameter that names itself in the audit trail more precisely than the method it is passed to: a refused
 * decision on a deal is recorded as the APPROVE or EXTEND it was, not as a decision of some kind.
 */
public interface AuditedCommand {

  /** The command's name in the trail, e.g. {@code APPLICATION_APPROVE}; null to keep the method's {@link Audited} name. */
  String auditedName();
}
