package com.tfp.spi.evaluation;

import java.util.Set;

/**
 * What the platform knows of the customer from its own records, when the deal is tied to one. Plug-ins check their
 * record-based rules (e.g. no new bill purchase while one is overdue, 004 Art.28) against it instead of asking facts.
 *
 * @param productsWithOverdueDeals ids of the products in which the customer has an overdue deal
 * @param linesSuspended the customer's lines are suspended (advance or default, 002 Art.44-45)
 * @param hasAccount the customer keeps a settlement account with the bank
 * @param hasTradeFinanceLine the customer has a trade-finance line (or a single-transaction approval) in force
 */
public record CustomerRecord(
    String customerId,
    Set<String> productsWithOverdueDeals,
    boolean linesSuspended,
    boolean hasAccount,
    boolean hasTradeFinanceLine) {

  public CustomerRecord {
    productsWithOverdueDeals = Set.copyOf(productsWithOverdueDeals);
  }
}
