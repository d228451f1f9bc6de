package com.tfp.platform.eod.infrastructure;

import com.tfp.platform.eod.application.BusinessDates;
import com.tfp.platform.eod.application.EndOfDay;
import com.tfp.platform.eod.application.EodRuns;
import com.tfp.platform.eod.domain.EodRun;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The step of the {@code eod} job: closes business date after business date until the run's target date is reached
 * (catch-up over missed days). Returns the step's exit status.
 */
@Named("eodBatchlet")
@Dependent
public class EodBatchlet extends AbstractBatchlet {

  private static final Logger LOG = Logger.getLogger(EodBatchlet.class.getName());

  @Inject
  @BatchProperty(name = "runId")
  String runId;

  @Inject EndOfDay endOfDay;
  @Inject BusinessDates dates;
  @Inject EodRuns.RunLog log;

  private volatile boolean stopping;

  @Override
  public String process() {
    long id = Long.parseLong(runId);
    EodRun run = log.find(id);
    log.running(id);
    try {
      LocalDate today = dates.today();
      while (today.isBefore(run.untilDate()) && !stopping) {
        boolean closed = endOfDay.runDay(today, id);
        LocalDate now = dates.today();
        log.dayDone(id, closed, now);
        if (now.equals(today)) break;
        today = now;
      }
      String msg = stopping ? "stopped at business date " + today : "business date is " + today;
      log.finished(id, EodRun.State.COMPLETED, today, msg);
      return "COMPLETED";
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "end of day run " + id + " failed", e);
      log.finished(id, EodRun.State.FAILED, dates.today(), e.toString());
      return "FAILED";
    }
  }

  @Override
  public void stop() {
    stopping = true;
  }
}
