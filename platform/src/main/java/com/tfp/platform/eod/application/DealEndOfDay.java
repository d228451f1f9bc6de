package com.tfp.platform.eod.application;

import com.tfp.platform.eod.domain.DealRules;
import com.tfp.platform.reference.application.BankReference;
import com.tfp.platform.reference.domain.ProductServicing;
import com.tfp.spi.calc.DayCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** End of day's rules ({@link DealRules}) for a business date, over the bank's reference data, read once per product and currency. */
@ApplicationScoped
public class DealEndOfDay {

  @Inject BankReference bank;
  @Inject BusinessDates dates;

  public DealRules on(LocalDate date) {
    Map<String, ProductServicing> servicing = new HashMap<>();
    Map<String, DayCount> dayCounts = new HashMap<>();
    return new DealRules(date, dates.nextBusinessDay(date), bank.overdueRateMultiplier(),
        p -> servicing.computeIfAbsent(p, bank::servicing), c -> dayCounts.computeIfAbsent(c, bank::dayCount));
  }
}
