package com.tfp.sdk.tck;

import java.util.List;

/**
 * How a plug-in fared on one clause: PASS with what was checked, or FAIL with every reason.
 *
 * @param checked what the kit looked at, e.g. "4 example cases, 212 variations"
 */
public record ClauseResult(Clause clause, boolean passed, String checked, List<String> failures) {

  public ClauseResult {
    failures = List.copyOf(failures);
  }

  static ClauseResult of(Clause clause, String checked, List<String> failures) {
    return new ClauseResult(clause, failures.isEmpty(), checked, failures);
  }
}
