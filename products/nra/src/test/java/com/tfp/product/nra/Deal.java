package com.tfp.product.nra;

import com.tfp.spi.testing.TestDeal;

/**
 * The product's typical deal for tests; the shared {@link TestDeal} parses and evaluates it as the platform would.
 * Defaults: USD 1,000,000.00 of compliant documents under an L/C of the bank's own domestic branch, NRA open, AML
 * cleared, 3.6% p.a., value date 2026-03-31, payment maturity 2026-06-29 (90 days).
 */
final class Deal {

  static final NraPlugin PLUGIN = new NraPlugin();

  private Deal() {}

  static TestDeal of(String variant) {
    return TestDeal.of(PLUGIN).variant(variant).currency("USD").valueDate("2026-03-31")
        .with("documentAmount", "1000000.00")
        .with("nraAccountOpen", true)
        .with("lcIssuer", "OWN_DOMESTIC_BRANCH")
        .with("amlCleared", true)
        .with("discountRate", "0.036")
        .with("maturityDate", "2026-06-29");
  }
}
