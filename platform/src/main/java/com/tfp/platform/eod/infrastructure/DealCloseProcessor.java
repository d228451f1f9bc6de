package com.tfp.platform.eod.infrastructure;

import com.tfp.platform.eod.application.DealEndOfDay;
import com.tfp.platform.eod.domain.DealRules;
import com.tfp.platform.eod.domain.LiveDeal;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;

/** Applies end of day's rules (overdue transfer, accrual: {@link DealRules}, read for the date by {@link DealEndOfDay}) to each deal of a partition. */
@Named("dealCloseProcessor")
@Dependent
public class DealCloseProcessor implements ItemProcessor {

  @Inject @BatchProperty(name = "businessDate") String businessDate;
  @Inject DealEndOfDay rules;

  private DealRules day;

  @Override
  public Object processItem(Object item) {
    if (day == null) day = rules.on(LocalDate.parse(businessDate));
    return day.close((LiveDeal) item);
  }
}
