package com.tfp.product.domesticlc;

import com.tfp.spi.testing.TestDeal;

/**
 * The product's typical deal for tests; the shared {@link TestDeal} parses and evaluates it as the platform would.
 * Defaults: a CNY 1,000,000.00 L/C issued 2026-03-02, expiring 2026-06-30, payable 90 days after issue (2026-05-31),
 * value date 2026-03-02, a target customer rated BBB with security in place.
 */
final class Deal {

  static final DomesticLcPlugin PLUGIN = new DomesticLcPlugin();

  private Deal() {}

  static TestDeal of(String variant) {
    TestDeal d = TestDeal.of(PLUGIN).variant(variant).currency("CNY").valueDate("2026-03-02")
        .with("lcAmount", "1000000.00")
        .with("issueDate", "2026-03-02")
        .with("lcExpiryDate", "2026-06-30")
        .with("paymentTermDays", 90)
        .with("customerTier", "TARGET")
        .with("creditRating", "BBB")
        .with("securityProvided", true);
    if (variant.equals("SELLER_BILL_PURCHASE") || variant.equals("FORFAITING")) d.with("acceptedAmount", "1000000.00");
    if (variant.equals("FORFAITING")) d.with("discountRate", "0.036");
    return d;
  }
}
