package com.tfp.spi.facts;

import com.tfp.spi.Since;
import java.util.List;
import java.util.Set;

/**
 * What {@link FactsParser#read} made of a request's facts: the typed facts of the chosen variant, and the facts given
 * that belong to other variants of the same product, which were left out.
 *
 * @param ignored in the order given; records' fields with their index ({@code facts.contracts[0].exportFxCost})
 */
@Since("1.1")
public record ParsedFacts(Facts facts, List<IgnoredFact> ignored) {

  public ParsedFacts {
    ignored = List.copyOf(ignored);
  }

  /**
   * A fact of a sibling variant, given and ignored.
   *
   * @param field the JSON path, e.g. {@code facts.contractAmount}
   * @param variants the variants the fact belongs to
   */
  public record IgnoredFact(String field, Set<String> variants) {
    public IgnoredFact {
      variants = Set.copyOf(variants);
    }
  }
}
