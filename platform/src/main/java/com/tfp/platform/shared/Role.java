package com.tfp.platform.shared;

/**
 * Who does what (002 Art.29-34): the customer manager originates (maker), International Business reviews documents and
 * runs the operations, Risk Management approves within its authority and releases suspended lines, the administrator
 * runs end of day and maintains parameters, legacy systems integrate: an origination account (INTEGRATION: evaluations,
 * applications, SOAP) and a servicing account (INTEGRATION_SERVICING: disbursement, collection), never the same
 * system user (issue 16, segregation of duties).
 */
public enum Role {
  CUSTOMER_MANAGER,
  IB_REVIEWER,
  RISK_APPROVER,
  ADMIN,
  INTEGRATION,
  INTEGRATION_SERVICING;

  public static final String[] NAMES = {"CUSTOMER_MANAGER", "IB_REVIEWER", "RISK_APPROVER", "ADMIN", "INTEGRATION", "INTEGRATION_SERVICING"};
}
