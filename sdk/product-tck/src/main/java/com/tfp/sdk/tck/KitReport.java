package com.tfp.sdk.tck;

import java.util.List;
import java.util.Optional;

/**
 * The kit's verdict on one plug-in, clause by clause, and the text a product owner reads.
 *
 * @param product the product id and version, or the location when it could not be loaded
 */
public record KitReport(String product, String location, String spiVersion, List<ClauseResult> results,
    ReleasedIdentity identity) {

  /** Reasons listed per clause in the text; the rest is counted. */
  private static final int SHOWN = 12;

  public KitReport {
    results = List.copyOf(results);
  }

  KitReport(String product, String location, String spiVersion, List<ClauseResult> results) {
    this(product, location, spiVersion, results, null);
  }

  /** The identity of the checked plug-in, to commit as {@value ReleasedIdentity#RESOURCE} at a release; empty when it did not load. */
  public Optional<String> identityText() {
    return Optional.ofNullable(identity).map(ReleasedIdentity::text);
  }

  public boolean passed() {
    return results.stream().allMatch(ClauseResult::passed);
  }

  public Optional<ClauseResult> result(Clause clause) {
    return results.stream().filter(r -> r.clause() == clause).findFirst();
  }

  public String text() {
    StringBuilder b = new StringBuilder();
    b.append("Product compatibility kit — ").append(product).append('\n');
    b.append("  plug-in: ").append(location).append('\n');
    b.append("  against SPI ").append(spiVersion).append('\n');
    for (ClauseResult r : results) {
      b.append(r.passed() ? "  PASS  " : "  FAIL  ").append(r.clause()).append(" — ").append(r.clause().promise()).append('\n');
      b.append("        checked: ").append(r.checked()).append('\n');
      r.failures().stream().limit(SHOWN).forEach(f -> b.append("        ✗ ").append(f).append('\n'));
      if (r.failures().size() > SHOWN) b.append("        … and ").append(r.failures().size() - SHOWN).append(" more\n");
    }
    long failed = results.stream().filter(r -> !r.passed()).count();
    b.append(failed == 0
        ? "  RESULT: PASS — all " + results.size() + " clauses hold\n"
        : "  RESULT: FAIL — " + failed + " of " + results.size() + " clauses do not hold\n");
    return b.toString();
  }

  @Override
  public String toString() {
    return text();
  }
}
