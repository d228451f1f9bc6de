package com.tfp.spi.testing;

import static com.tfp.spi.insurance.CreditInsuranceFacts.BUYER_LIMIT_APPROVED;
import static com.tfp.spi.insurance.CreditInsuranceFacts.CLAIM_AGREEMENT_SIGNED;
import static com.tfp.spi.insurance.CreditInsuranceFacts.GOODS_SHIPPED;
import static com.tfp.spi.insurance.CreditInsuranceFacts.INDEMNITY_ASSIGNMENT_SIGNED;
import static com.tfp.spi.insurance.CreditInsuranceFacts.INSURER;
import static com.tfp.spi.insurance.CreditInsuranceFacts.POLICY_VALID;
import static com.tfp.spi.insurance.CreditInsuranceFacts.PREMIUM_PAID;
import static com.tfp.spi.insurance.CreditInsuranceFacts.PRICE_TERM;
import static com.tfp.spi.insurance.CreditInsuranceFacts.SHIPMENT_DECLARED;
import static com.tfp.spi.insurance.CreditInsuranceFacts.SINOSURE;

import java.util.List;

/**
 * A Sinosure policy in order, for the tests of products built on {@code com.tfp.spi.insurance}: every yes/no
 * condition on the trade and the policy (001 RCC Art.6(5)-(9)) met, goods sold FOB so that the buyer insures the
 * cargo. The figures of the cover (limit balance, indemnity ratio, deductible) stay with each product's typical deal:
 * its worked numbers rest on them.
 */
public final class TestPolicy {

  /** The conditions of RCC Art.6(5)-(9), each a flag that must hold. */
  public static final List<String> CONDITIONS = List.of(POLICY_VALID, BUYER_LIMIT_APPROVED, SHIPMENT_DECLARED,
      PREMIUM_PAID, INDEMNITY_ASSIGNMENT_SIGNED, CLAIM_AGREEMENT_SIGNED, GOODS_SHIPPED);

  private TestPolicy() {}

  /** Adds the policy in order to the deal and returns it. */
  public static TestDeal inOrder(TestDeal deal) {
    deal.with(INSURER, SINOSURE).with(PRICE_TERM, "FOB");
    CONDITIONS.forEach(flag -> deal.with(flag, true));
    return deal;
  }
}
