package com.tfp.platform.eod.infrastructure;

import com.tfp.platform.eod.application.EndOfDay;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;

/** The job's last step, once per business date: suspensions, line expiry, the business date moves on. */
@Named("closeDayBatchlet")
@Dependent
public class CloseDayBatchlet extends AbstractBatchlet {

  @Inject @BatchProperty(name = "runId") String runId;
  @Inject @BatchProperty(name = "businessDate") String businessDate;
  @Inject EndOfDay endOfDay;

  @Override
  public String process() {
    endOfDay.closeDay(LocalDate.parse(businessDate), Long.parseLong(runId));
    return "COMPLETED";
  }
}
