package com.tfp.platform.eod.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.platform.reference.domain.ProductServicing;
import com.tfp.spi.calc.DayCount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** End of day's rules for one deal: overdue transfer at maturity (004 Art.25), one accrual per calendar night (004 Art.13, X8). */
class DealRulesTest {

  static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);
  static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
  static final DealRules RULES = new DealRules(FRIDAY, MONDAY, new BigDecimal("1.5"),
      p -> new ProductServicing(p, "13201", "13604", "50108", "60021", false, "004 appendix 6"),
      c -> c.equals("CNY") ? DayCount.ACT_365 : DayCount.ACT_360);

  static LiveDeal deal(String currency, boolean overdue, LocalDate maturity, LocalDate disbursed, LocalDate lastAccrual) {
    return new LiveDeal(7, "C1", "bill-purchase", currency, overdue, new BigDecimal("36000.00"), new BigDecimal("0.05"), maturity, disbursed, lastAccrual);
  }

  @Test
  void aFridayAccruesTheThreeNightsUpToMondayAtTheCurrencysDayCount004Art13() {
    DealClose usd = RULES.close(deal("USD", false, MONDAY.plusDays(30), FRIDAY.minusDays(3), FRIDAY.minusDays(1)));
    assertEquals(List.of(FRIDAY, FRIDAY.plusDays(1), FRIDAY.plusDays(2)), usd.accruals().stream().map(DealClose.Accrual::day).toList());
    assertEquals(0, new BigDecimal("5.0000000000").compareTo(usd.accruals().get(0).amount()), "36000 x 5% / 360");
    assertEquals("ACT_365", RULES.close(deal("CNY", false, MONDAY.plusDays(30), FRIDAY, null)).accruals().get(0).dayCount());
    assertNull(usd.overdueTransfer());
  }

  @Test
  void aDealUnpaidAtMaturityMovesToOverdueOnceAndAccruesAtThePenaltyRate004Art25() {
    DealClose c = RULES.close(deal("USD", false, FRIDAY, FRIDAY.minusDays(20), FRIDAY.minusDays(1)));
    assertTrue(c.fallsOverdue());
    assertEquals("13604", c.overdueTransfer().postings().get(0).account());
    assertEquals("13201", c.overdueTransfer().postings().get(1).account());
    assertTrue(c.overdueTransfer().source().contains("004 Art.25"));
    assertEquals(0, new BigDecimal("0.075").compareTo(c.accruals().get(0).annualRate()), "5% x 1.5 [bank default]");
    assertTrue(c.accruals().get(0).overdueRate());
    assertFalse(RULES.close(deal("USD", true, FRIDAY.minusDays(5), FRIDAY.minusDays(20), FRIDAY.minusDays(1))).fallsOverdue(), "already overdue");
  }

  @Test
  void nightsAlreadyAccruedOrBeforeTheDisbursementAreNotAccruedAgain() {
    assertEquals(List.of(), RULES.close(deal("USD", false, MONDAY.plusDays(30), FRIDAY.minusDays(3), FRIDAY.plusDays(2))).accruals());
    assertEquals(List.of(FRIDAY.plusDays(2)),
        RULES.close(deal("USD", false, MONDAY.plusDays(30), FRIDAY.plusDays(2), null)).accruals().stream().map(DealClose.Accrual::day).toList());
  }
}
