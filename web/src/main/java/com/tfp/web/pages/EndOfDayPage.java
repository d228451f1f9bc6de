package com.tfp.web.pages;

import com.tfp.platform.eod.application.BusinessDates;
import com.tfp.platform.eod.application.EndOfDay;
import com.tfp.platform.eod.application.EodRuns;
import com.tfp.platform.eod.domain.EodDay;
import com.tfp.platform.eod.domain.EodProgress;
import com.tfp.platform.eod.domain.EodRun;
import com.tfp.platform.ledger.application.Journal;
import com.tfp.platform.ledger.application.TrialBalance;
import com.tfp.spi.LocalizedText;
import com.tfp.web.security.Actors;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * End of day for the administrator: run it (the platform's Jakarta Batch job, as {@code POST /eod}), follow its progress
 * (the page polls the run), see each processed day's figures, and the trial balance up to the business date.
 */
@Named("eodPage")
@ViewScoped
public class EndOfDayPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject EodRuns runs;
  @Inject EndOfDay endOfDay;
  @Inject BusinessDates dates;
  @Inject Journal journal;
  @Inject Language language;

  private Long runId;
  private transient EodRun run;
  private transient TrialBalance trialBalance;
  private transient EodProgress dealProgress;

  public void start() {
    try {
      run = runs.start(null, Actors.of(FacesContext.getCurrentInstance().getExternalContext()));
      runId = run.id();
    } catch (RuntimeException e) {
      LocalizedText refusal = PlatformRefusal.textOf(e);
      if (refusal == null) throw e;
      FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, language.of(refusal), null));
    }
  }

  public EodRun getRun() {
    if (run == null && runId != null) run = runs.get(runId, Actors.of(FacesContext.getCurrentInstance().getExternalContext()));
    return run;
  }

  /** Stops the run after the chunks in flight; running end of day again finishes the date from its last committed chunk. */
  public void stop() {
    if (runId != null) run = runs.stop(runId, Actors.of(FacesContext.getCurrentInstance().getExternalContext()));
  }

  /** The deal step of the date being closed (percent, deals per second, time left, per partition); null before it starts. */
  public EodProgress getDealProgress() {
    if (dealProgress == null && runId != null) dealProgress = endOfDay.progress(runId);
    return dealProgress;
  }

  public boolean isRunning() {
    return getRun() != null && (run.state() == EodRun.State.STARTING || run.state() == EodRun.State.RUNNING);
  }

  /** Days done of the days to do, the date being closed counted by its share of deals done, 0-100. */
  public int getProgress() {
    if (getRun() == null) return 0;
    if (!isRunning() && run.state() == EodRun.State.COMPLETED) return 100;
    long days = Math.max(1, ChronoUnit.DAYS.between(run.fromDate(), run.untilDate()));
    EodProgress deals = getDealProgress();
    long doneDays = 100L * (run.daysProcessed() + run.daysSkipped());
    long current = deals == null || !isRunning() ? 0 : deals.percent();
    return (int) Math.min(99, (doneDays + current) / days);
  }

  public List<EodDay> getDays() {
    return runId == null ? List.of() : endOfDay.daysOf(runId);
  }

  public LocalDate getBusinessDate() {
    return dates.today();
  }

  public TrialBalance getTrialBalance() {
    if (trialBalance == null) trialBalance = journal.trialBalance(dates.today(), Actors.of(FacesContext.getCurrentInstance().getExternalContext()));
    return trialBalance;
  }

  /** The poll: read the run again. */
  public void refresh() {
    run = null;
    trialBalance = null;
    dealProgress = null;
  }

  public String accountName(TrialBalance.Row row) {
    return language.isEnglish() ? row.nameEn() : row.nameZh();
  }
}
