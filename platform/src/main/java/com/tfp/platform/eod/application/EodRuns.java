package com.tfp.platform.eod.application;

import com.tfp.platform.audit.application.AuditTrail;
import com.tfp.platform.audit.application.Audited;
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
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Properties;

/**
 * Starts end of day as the Jakarta Batch job {@code eod}: one business date, or a catch-up over every missed date up
 * to {@code until}. Each date is its own transaction and is closed once, so a failed or repeated run is safe to re-run.
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
    EodRun run = log.create(actor, today, target);
    Properties p = new Properties();
    p.setProperty("runId", String.valueOf(run.id()));
    JobOperator operator = BatchRuntime.getJobOperator();
    long execution = operator.start(JOB, p);
    return log.started(run.id(), execution);
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

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public EodRun create(Actor actor, LocalDate from, LocalDate until) {
      EodRun run = new EodRun(actor.name(), from, until);
      em.persist(run);
      em.flush();
      audit.success(actor, "EOD_START", "eod/" + run.id(), "business date " + from, "run until " + until);
      return run;
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
