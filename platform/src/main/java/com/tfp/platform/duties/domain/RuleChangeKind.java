package com.tfp.platform.duties.domain;

/**
 * The rule-changing commands that wait for a second administrator ({@link RuleChange}), each with the duty it is. A
 * product's quarantine is not among them: it takes a product out of service at once, which only lowers risk.
 */
public enum RuleChangeKind {
  PARAMETER_SET(Duty.PARAMETER_CHANGE),
  PARAMETER_RESET(Duty.PARAMETER_CHANGE),
  DISCOUNT_RATE_SET(Duty.PARAMETER_CHANGE),
  RISK_CLASS_SET(Duty.RISK_CLASS_CHANGE),
  RISK_CLASS_RESET(Duty.RISK_CLASS_CHANGE),
  PRODUCT_RELEASE(Duty.PRODUCT_RELEASE);

  private final Duty duty;

  RuleChangeKind(Duty duty) {
    this.duty = duty;
  }

  public Duty duty() { return duty; }
}
