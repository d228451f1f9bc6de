package com.tfp.platform.ledger.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Debits and credits per account and currency of every entry up to a business date; balanced when, per currency,
 * total debits equal total credits.
 */
public record TrialBalance(LocalDate businessDate, List<Row> rows, List<Total> totals) {

  public record Row(String account, String nameZh, String nameEn, String currency, BigDecimal debits, BigDecimal credits, BigDecimal balance) {}

  public record Total(String currency, BigDecimal debits, BigDecimal credits, boolean balanced) {}

  public boolean balanced() {
    return totals.stream().allMatch(Total::balanced);
  }
}
