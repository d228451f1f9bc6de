package com.tfp.platform.line.domain;

/** What kind of credit a line is, for the transfer rules of 002 Art.22. */
public enum LineCategory {
  TRADE_FINANCE,
  GUARANTEE,
  WORKING_CAPITAL,
  DISCOUNT,
  ACCEPTANCE;

  /** 002 Art.22(1): working-capital, discount and acceptance lines may be moved into trade-finance or guarantee lines. */
  public boolean isGeneralCredit() {
    return this == WORKING_CAPITAL || this == DISCOUNT || this == ACCEPTANCE;
  }
}
