package com.tfp.platform.evaluation.domain;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.evaluation.Finding;
import com.tfp.spi.evaluation.Severity;
import com.tfp.spi.facts.ParsedFacts;
import java.util.List;

/**
 * Facts a request carried for another variant of the product (legacy systems send one record layout for all
 * variants): they were left out of the evaluation, and the answer says so, one INFO finding per fact. The rule is the
 * integration contract's, not a seed's: its source is {@code API.md}.
 */
public final class IgnoredFacts {

  public static final String CODE = "FACT-NOT-OF-VARIANT";
  public static final String SOURCE = "API.md Canonical facts";

  private IgnoredFacts() {}

  public static List<Finding> findings(List<ParsedFacts.IgnoredFact> ignored, String variant) {
    return ignored.stream().map(i -> {
      String of = i.variants().stream().sorted().toList().toString();
      return new Finding(CODE, Severity.INFO, LocalizedText.of(
          "已忽略 " + i.field() + "：该要素属于品种 " + of + "，不属于所选品种 " + variant + "，未参与评估",
          "Ignored " + i.field() + ": a fact of variant " + of + ", not of the chosen variant " + variant
              + "; it played no part in the evaluation"), SOURCE);
    }).toList();
  }
}
