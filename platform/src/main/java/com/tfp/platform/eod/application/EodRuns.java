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
 * Starts end of day as the Jakarta Batch job {@code eod}: one business date, or a catch-up over every missed date up
 * to {@code until}. Each date is its own transaction and is closed once, so a failed or repeated run is safe to re-run.
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
    Properties p = new Properties();
    p.setProperty("runId", String.valueOf(run.id()));
    JobOperator operator = BatchRuntime.getJobOperator();
    long execution;
    try {
      execution = operator.start(JOB, p);
    } catch (RuntimeException notLaunched) {
      // a run that never ran must not hold the date's claim
      log.finished(run.id(), EodRun.State.FAILED, today, "not launched: " + notLaunched);
      throw notLaunched;
    }
    return log.started(run.id(), execution);
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
    public void running(long runId) {
      em.find(EodRun.class, runId).running();
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
