package com.tfp.platform.duties.domain;

/** Who created, reviewed, escalated and approved a deal (null: nobody yet); {@link #NONE} for commands on the rules, {@link #proposal} for deciding on a rule change. */
public record DealParties(String creator, String reviewer, String escalator, String approver) {

  public static final DealParties NONE = new DealParties(null, null, null, null);

  /** A proposed rule change: its proposer is the maker, whom rule SOD-RULES-FOUR-EYES keeps from checking it. */
  public static DealParties proposal(String proposer) {
    return new DealParties(proposer, null, null, null);
  }

  public String of(Party party) {
    return switch (party) {
      case CREATOR -> creator;
      case REVIEWER -> reviewer;
      case ESCALATOR -> escalator;
      case APPROVER -> approver;
    };
  }
}
