package com.tfp.platform.duties.application;

import com.tfp.platform.duties.domain.RuleChange;
import com.tfp.platform.duties.domain.RuleChangeKind;
import com.tfp.platform.shared.Actor;
import java.util.Set;

/**
 * What holds the rules a {@link RuleChange} changes (the reference data, the catalogue): it says what is in force now and
 * applies an approved change. {@link RuleChanges} finds it by kind, so the duties feature names no other feature.
 */
public interface RuleChangeTarget {

  Set<RuleChangeKind> kinds();

  /** The value in force now, spelled as a proposal's old value: a proposal whose old value differs is stale. */
  String currentValue(RuleChange change);

  /** Applies an approved change within the approval's transaction (the approval records the audit). */
  void apply(RuleChange change, Actor approver);
}
