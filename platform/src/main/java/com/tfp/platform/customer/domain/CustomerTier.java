package com.tfp.platform.customer.domain;

/** 002 Art.9-12. Golden customers are actively-developed customers of large scale and inherit every such rule. */
public enum CustomerTier {
  TARGET,
  ACTIVELY_DEVELOPED,
  GOLDEN,
  NON_TARGET;

  /** 002 Art.26 (line extension) and Art.41 apply to actively-developed customers, golden ones included. */
  public boolean activelyDeveloped() {
    return this == ACTIVELY_DEVELOPED || this == GOLDEN;
  }

  /** 002 Art.14: credit lines are for target and actively-developed customers; others get single-transaction approvals. */
  public boolean mayHoldLines() {
    return this != NON_TARGET;
  }
}
