package com.tfp.platform.eod.application;

import com.tfp.platform.audit.application.AuditTrail;
import com.tfp.platform.audit.application.Audited;
import com.tfp.platform.eod.domain.EodClaim;
import com.tfp.platform.eod.domain.EodRun;
import com.tfp.platform.shared.Actor;
import com.tfp.platform.shared.InvalidInputException;
import com.tfp.platform.shared.NotFoundException;
import com.tfp.platform.shared.Role;
import com.tfp.spi.LocalizedText;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts end of day as the Jakarta Batch job {@code eod}, one job execution per business date: one date, or a
 * catch-up over every missed date up to {@code until}, each next date started when the previous one closed. A date is
 * closed once and every posting of its deal step is made once, so a stopped, failed or killed run is finished by
 * starting end of day again: the new run takes over the date's partitions after their last committed chunk.
 * One run at a time holds a business date, across servers: the launch claims it in the database ({@link EodClaim}).
 */
@ApplicationScoped
public class EodRuns {

  public static final String JOB = "eod";
  static final int MAX_DAYS = 400;

  @PersistenceContext(unitName = "tfp")
  EntityManager em;

  @Inject BusinessDates dates;
  @Inject AuditTrail audit;
  @Inject RunLog log;

  /** Partitions of the deal step (one thread each): the cores the server may give end of day [bank default, configurable]. */
  @Inject
  @ConfigProperty(name = "tfp.eod.partitions", defaultValue = "2")
  int partitions;

  /** Deals per chunk: one transaction, one checkpoint [bank default, configurable]. */
  @Inject
  @ConfigProperty(name = "tfp.eod.chunk", defaultValue = "1000")
  int chunk;

  /** @param until run until the business date reaches it; null = one business day */
  @Audited(value = "EOD_START", target = "eod")
  public EodRun start(LocalDate until, Actor actor) {
    actor.require(Role.ADMIN);
    LocalDate today = dates.today();
    LocalDate target = until == null ? dates.nextBusinessDay(today) : until;
    if (target.isAfter(today.plusDays(MAX_DAYS))) {
      throw InvalidInputException.of("until", "一次最多补跑 " + MAX_DAYS + " 天", "at most " + MAX_DAYS + " days in one run");
    }
    EodRun run = claim(actor, today, target);
    if (!today.isBefore(target)) {
      log.finished(run.id(), EodRun.State.COMPLETED, today, "business date is " + today);
      return log.find(run.id());
    }
    return launch(run.id(), today);
  }

  /** Stops the run's current job after the chunks in flight (JobOperator.stop); starting end of day again finishes it. */
  @Audited(value = "EOD_STOP", target = "eod")
  public EodRun stop(long id, Actor actor) {
    actor.require(Role.ADMIN);
    EodRun r = get(id, actor);
    if (r.batchExecutionId() != null && (r.state() == EodRun.State.STARTING || r.state() == EodRun.State.RUNNING)) {
      try {
        BatchRuntime.getJobOperator().stop(r.batchExecutionId());
      } catch (jakarta.batch.operations.JobExecutionNotRunningException e) {
        // it ended meanwhile: nothing to stop
      }
      log.stopRequested(actor, r);
    }
    return log.find(id);
  }

  private EodRun launch(long runId, LocalDate date) {
    Properties p = new Properties();
    p.setProperty("runId", String.valueOf(runId));
    p.setProperty("businessDate", date.toString());
    p.setProperty("partitions", String.valueOf(partitions));
    p.setProperty("chunk", String.valueOf(chunk));
    JobOperator operator = BatchRuntime.getJobOperator();
    long execution;
    try {
      execution = operator.start(JOB, p);
    } catch (RuntimeException notLaunched) {
      // a run that never ran must not hold the date's claim
      log.finished(runId, EodRun.State.FAILED, date, "not launched: " + notLaunched);
      throw notLaunched;
    }
    return log.started(runId, execution);
  }

  /**
   * A date's job ended: closed when the business date moved past it, then the next date of a catch-up is started or
   * the run ends; a date that was not the business date or already closed ({@code nothingToDo}) counts as skipped; a
   * date still open otherwise failed (what the batch container said is kept in the run's message).
   */
  public void dateEnded(long runId, LocalDate date, boolean nothingToDo, String batchOutcome) {
    LocalDate now = dates.today();
    if (!now.isAfter(date) && !nothingToDo) {
      dateFailed(runId, date, batchOutcome);
      return;
    }
    log.dayDone(runId, now.isAfter(date) && !nothingToDo, now);
    EodRun run = log.find(runId);
    if (now.isBefore(run.untilDate()) && now.isAfter(date)) {
      launch(runId, now);
    } else {
      log.finished(runId, EodRun.State.COMPLETED, now, "business date is " + now);
    }
  }

  public void dateStopped(long runId, LocalDate date) {
    log.finished(runId, EodRun.State.STOPPED, dates.today(), "stopped during business date " + date + "; start end of day again to finish it");
  }

  private void dateFailed(long runId, LocalDate date, String why) {
    log.finished(runId, EodRun.State.FAILED, dates.today(), "business date " + date + " failed (" + why + "); start end of day again to finish it");
  }

  /**
   * The run, created with its claim on {@code today} in one transaction of its own (issue 14): a run still holding the
   * date refuses this one (409 with its id), on whichever server it was launched.
   */
  private EodRun claim(Actor actor, LocalDate today, LocalDate target) {
    try {
      return log.create(actor, today, target);
    } catch (EodAlreadyRunningException refused) {
      throw refused;
    } catch (RuntimeException raced) {
      // two launches inserted the date's claim at the same moment: the key let one through
      Long holder = log.claimant(today);
      if (holder != null) throw new EodAlreadyRunningException(today, holder);
      throw raced;
    }
  }

  @Transactional
  public EodRun get(long id, Actor actor) {
    actor.require(Role.ADMIN, Role.RISK_APPROVER, Role.IB_REVIEWER, Role.INTEGRATION, Role.INTEGRATION_SERVICING);
    EodRun r = em.find(EodRun.class, id);
    if (r == null) throw new NotFoundException(LocalizedText.of("未知日终批次 %s", "unknown end-of-day run %s").formatted(id));
    return r;
  }

  /** The run log, each change in its own transaction so progress shows while the job runs. */
  @ApplicationScoped
  public static class RunLog {
    @PersistenceContext(unitName = "tfp")
    EntityManager em;

    @Inject AuditTrail audit;

    /** How long a run may hold its business date before the next launch takes it over: its server died (bank default, configurable). */
    @Inject
    @ConfigProperty(name = "tfp.eod.claimMinutes", defaultValue = "60")
    long claimMinutes;

    /** The run and its claim on {@code from}, together; a live claim of another run refuses it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public EodRun create(Actor actor, LocalDate from, LocalDate until) {
      EodClaim claim = em.find(EodClaim.class, from, LockModeType.PESSIMISTIC_WRITE);
      if (claim != null && claim.heldBy(em.find(EodRun.class, claim.runId()), Duration.ofMinutes(claimMinutes))) {
        throw new EodAlreadyRunningException(from, claim.runId());
      }
      EodRun run = new EodRun(actor.name(), from, until);
      em.persist(run);
      em.flush();
      if (claim == null) em.persist(new EodClaim(from, run.id()));
      else claim.passTo(run.id());
      em.flush();
      audit.success(actor, "EOD_START", "eod/" + run.id(), "business date " + from, "run until " + until);
      return run;
    }

    /** The run holding {@code businessDate}, if any. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Long claimant(LocalDate businessDate) {
      EodClaim c = em.find(EodClaim.class, businessDate);
      return c == null ? null : c.runId();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void stopRequested(Actor actor, EodRun run) {
      audit.success(actor, "EOD_STOP", "eod/" + run.id(), run.state().name(), "stop requested of job execution " + run.batchExecutionId());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public EodRun started(long runId, long execution) {
      EodRun r = em.find(EodRun.class, runId);
      r.started(execution);
      return r;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public EodRun find(long runId) {
      return em.find(EodRun.class, runId);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void dayDone(long runId, boolean processed, LocalDate now) {
      em.find(EodRun.class, runId).dayDone(processed, now);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finished(long runId, EodRun.State state, LocalDate now, String message) {
      EodRun r = em.find(EodRun.class, runId);
      r.finished(state, now, message);
      audit.success(new Actor(r.requestedBy(), java.util.Set.of(Role.ADMIN)), "EOD_" + state, "eod/" + runId,
          "from " + r.fromDate(), "business date " + now + ", " + r.daysProcessed() + " day(s) closed: " + message);
    }
  }
}
