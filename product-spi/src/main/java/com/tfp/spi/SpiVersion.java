package com.tfp.spi;

/** The version of this SPI. A plug-in declares the range it was built for; the host refuses plug-ins outside it. */
public final class SpiVersion {

  /**
   * Raised in minor steps for additions (backwards compatible), in major steps for breaking changes. 1.1: facts of
   * sibling variants are ignored and reported ({@code FactsParser.read}), {@code Condition.anyOf}, what an absent fact
   * means ({@code FactSpec.whenAbsent}), the values an evaluation used that the request did not carry
   * ({@code Evaluation.defaults}), the bank's discount-rate table ({@code EvaluationContext.discountRate}), and a
   * plug-in may refuse an input the schema cannot express with {@code InvalidFactsException} (a 400, not a failure).
   * 1.2: the 002 Art.41 import margin table as a building block ({@code calc.ImportMargin}). 1.3: building blocks for
   * what products wrote alike — the platform's check of every answer, called by the platform and the compatibility kit
   * ({@code evaluation.EvaluationSanity}), an amount as a message shows it ({@code Money.show}), the claim and trade
   * documents of insured products ({@code insurance.InsuredTradeDocuments}). 1.4: {@link Since} on every type and
   * member added after 1.0 (the compatibility kit holds a plug-in's lower bound to what its bytecode uses), a limit
   * set by a parameter ({@code BindingLimit.limit(ConfiguredValue, …)}). Additions only: japicmp holds every 1.x to the
   * released 1.1.0 (product-spi/src/baseline), and {@code SinceTest} every addition since then to a {@code @Since}.
   */
  public static final SemanticVersion CURRENT = SemanticVersion.parse("1.4.0");

  private SpiVersion() {}
}
