package com.tfp.platform.deal.domain;

import java.math.BigDecimal;

/**
 * 004 Art.23: proceeds first repay the bank's principal, then interest, then fees; the remainder is paid to the
 * applicant; a shortfall stays the applicant's debt.
 */
public final class ProceedsWaterfall {

  /** How proceeds were applied, and what is still owed after them. */
  public record Split(BigDecimal proceeds, BigDecimal principal, BigDecimal interest, BigDecimal fees, BigDecimal remainder, BigDecimal stillOwed) {}

  private ProceedsWaterfall() {}

  public static Split apply(BigDecimal proceeds, BigDecimal principalOwed, BigDecimal interestOwed, BigDecimal feesOwed) {
    if (proceeds.signum() <= 0) throw new IllegalArgumentException("proceeds must be positive");
    BigDecimal left = proceeds;
    BigDecimal principal = left.min(principalOwed);
    left = left.subtract(principal);
    BigDecimal interest = left.min(interestOwed);
    left = left.subtract(interest);
    BigDecimal fees = left.min(feesOwed);
    left = left.subtract(fees);
    BigDecimal owed = principalOwed.subtract(principal).add(interestOwed.subtract(interest)).add(feesOwed.subtract(fees));
    return new Split(proceeds, principal, interest, fees, left, owed);
  }
}
