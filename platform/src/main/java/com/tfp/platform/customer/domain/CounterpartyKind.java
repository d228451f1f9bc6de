package com.tfp.platform.customer.domain;

/** A corporate customer, or a counterparty whose own line a deal may occupy (002 Art.12; PRODUCTS.md §3, §5). */
public enum CounterpartyKind {
  CORPORATE,
  INSURER,
  FINANCIAL_INSTITUTION
}
