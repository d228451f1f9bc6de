package com.tfp.platform.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tfp.platform.deal.domain.DailyInterest;
import com.tfp.platform.deal.domain.ProceedsWaterfall;
import com.tfp.spi.calc.DayCount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 004 Art.23: principal, interest, fees; the remainder to the applicant; a shortfall stays owed. */
class ProceedsWaterfallTest {

  @ParameterizedTest(name = "proceeds {0}")
  @CsvSource({
      // proceeds, principal, interest, fees, remainder, still owed   (owed: 90000 / 250 / 100)
      "100000.00, 90000.00, 250.00, 100.00, 9650.00, 0.00",
      "90300.00,  90000.00, 250.00,  50.00,    0.00, 50.00",
      "40000.00,  40000.00,   0.00,   0.00,    0.00, 50350.00",
  })
  void proceedsRepayPrincipalThenInterestThenFees_004Art23(String proceeds, String principal, String interest, String fees, String remainder, String owed) {
    var s = ProceedsWaterfall.apply(new BigDecimal(proceeds), new BigDecimal("90000.00"), new BigDecimal("250.00"), new BigDecimal("100.00"));
    assertEquals(0, s.principal().compareTo(new BigDecimal(principal)));
    assertEquals(0, s.interest().compareTo(new BigDecimal(interest)));
    assertEquals(0, s.fees().compareTo(new BigDecimal(fees)));
    assertEquals(0, s.remainder().compareTo(new BigDecimal(remainder)));
    assertEquals(0, s.stillOwed().compareTo(new BigDecimal(owed)));
  }

  @Test
  void dailyAccrualsAddUpToTheActualDaysFormulaToTheCent_004Art13_X8() {
    BigDecimal p = new BigDecimal("123456.78");
    BigDecimal r = new BigDecimal("0.055");
    BigDecimal sum = BigDecimal.ZERO;
    for (int d = 0; d < 37; d++) sum = sum.add(DailyInterest.of(p, r, DayCount.ACT_360));
    BigDecimal formula = p.multiply(r).multiply(BigDecimal.valueOf(37)).divide(BigDecimal.valueOf(360), 2, RoundingMode.HALF_UP);
    assertEquals(formula, sum.setScale(2, RoundingMode.HALF_UP));
    BigDecimal hkd = DailyInterest.of(new BigDecimal("365000"), new BigDecimal("0.05"), DayCount.ACT_365);
    assertEquals(0, hkd.compareTo(new BigDecimal("50")), "ACT/365 for HKD");
  }
}
