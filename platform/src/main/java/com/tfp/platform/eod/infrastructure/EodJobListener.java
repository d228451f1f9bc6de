package com.tfp.platform.eod.infrastructure;

import com.tfp.platform.eod.application.EodRuns;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;

/** Hands the end of one business date's job to the run: the next date of a catch-up, or the run's end. */
@Named("eodJobListener")
@Dependent
public class EodJobListener extends AbstractJobListener {

  @Inject @BatchProperty(name = "runId") String runId;
  @Inject @BatchProperty(name = "businessDate") String businessDate;
  @Inject JobContext job;
  @Inject EodRuns runs;

  @Override
  public void afterJob() {
    long id = Long.parseLong(runId);
    LocalDate date = LocalDate.parse(businessDate);
    BatchStatus status = job.getBatchStatus();
    if (status == BatchStatus.STOPPING || status == BatchStatus.STOPPED) {
      runs.dateStopped(id, date);
    } else {
      runs.dateEnded(id, date, "CLOSED".equals(job.getExitStatus()), status + " / " + job.getExitStatus());
    }
  }
}
