package com.tfp.platform.eod.infrastructure;

import com.tfp.platform.eod.application.EndOfDay;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;

/** The job's first step: opens the business date (plans its partitions) or ends the job with CLOSED when there is nothing to do. */
@Named("openDayBatchlet")
@Dependent
public class OpenDayBatchlet extends AbstractBatchlet {

  @Inject @BatchProperty(name = "runId") String runId;
  @Inject @BatchProperty(name = "businessDate") String businessDate;
  @Inject @BatchProperty(name = "partitions") String partitions;
  @Inject EndOfDay endOfDay;
  @Inject JobContext job;

  @Override
  public String process() {
    int n = partitions == null || partitions.isBlank() ? 2 : Integer.parseInt(partitions);
    String result = endOfDay.openDay(LocalDate.parse(businessDate), Long.parseLong(runId), n) ? "OPEN" : "CLOSED";
    job.setExitStatus(result);
    return result;
  }
}
