package com.tfp.platform.ledger.domain;

import java.math.BigDecimal;

/** One debit or credit of an amount to an account, before it is part of a balanced entry. */
public record Posting(String account, Side side, BigDecimal amount) {
  public enum Side { DEBIT, CREDIT }

  public static Posting debit(String account, BigDecimal amount) {
    return new Posting(account, Side.DEBIT, amount);
  }

  public static Posting credit(String account, BigDecimal amount) {
    return new Posting(account, Side.CREDIT, amount);
  }
}
