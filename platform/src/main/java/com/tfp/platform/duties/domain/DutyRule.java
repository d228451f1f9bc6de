package com.tfp.platform.duties.domain;

import com.tfp.spi.LocalizedText;
import java.util.Set;

/**
 * One segregation-of-duties rule: on these commands the actor may not be this party of the deal (or, for a command on
 * the rules, may not hold a deal role). A rule with a {@code property} is a bank default the bank may switch
 * ({@code tfp.duties.<property>}, MicroProfile Config); one without comes from the seeds and is always in force.
 */
public record DutyRule(String id, Set<Duty> duties, Party party, LocalizedText text, String source, String property,
    boolean inForceByDefault) {

  /** Whether the bank may switch the rule (a bank default) or the seeds fix it. */
  public boolean configurable() {
    return property != null;
  }
}
