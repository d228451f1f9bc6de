package com.tfp.web.pages;

import com.tfp.platform.eod.application.BusinessDates;
import com.tfp.platform.eod.application.EndOfDay;
import com.tfp.platform.eod.application.EodRuns;
import com.tfp.platform.eod.domain.EodDay;
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

  public boolean isRunning() {
    return getRun() != null && (run.state() == EodRun.State.STARTING || run.state() == EodRun.State.RUNNING);
  }

  /** Days done of the days to do, 0-100. */
  public int getProgress() {
    if (getRun() == null) return 0;
    if (!isRunning()) return 100;
    long days = Math.max(1, ChronoUnit.DAYS.between(run.fromDate(), run.untilDate()));
    return (int) Math.min(99, 100 * (run.daysProcessed() + run.daysSkipped()) / days);
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
  }

  public String accountName(TrialBalance.Row row) {
    return language.isEnglish() ? row.nameEn() : row.nameZh();
  }
}
