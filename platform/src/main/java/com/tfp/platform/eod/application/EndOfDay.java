package com.tfp.platform.eod.application;

import com.tfp.platform.customer.application.CustomerDirectory;
import com.tfp.platform.customer.domain.Customer;
import com.tfp.platform.deal.domain.Application;
import com.tfp.platform.deal.domain.ApplicationStatus;
import com.tfp.platform.eod.domain.BusinessDate;
import com.tfp.platform.eod.domain.EodDay;
import com.tfp.platform.eod.domain.EodProgress;
import com.tfp.platform.eod.domain.PartitionProgress;
import com.tfp.platform.eod.infrastructure.EodPartitions;
import com.tfp.platform.line.application.CreditLines;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * End of day for one business date, as the Jakarta Batch job {@code eod}: {@link #openDay} plans the date's partitions,
 * the chunked, partitioned deal step moves deals unpaid at maturity to overdue (004 Art.25, no extension where the
 * product allows none; Dr 13604 / Cr 13201, appendix 6) and accrues interest for every calendar night up to the next
 * business day (004 Art.13, X8) — the rules are {@link DealEndOfDay}'s — and {@link #closeDay}, once per date, flags
 * the customers with an advance (004 Art.28) and suspends their lines (002 Art.45), expires lines (002 Art.13-14) and
 * moves the business date on. A date already closed is left as it is.
 */
@ApplicationScoped
public class EndOfDay {

  private static final Logger LOG = Logger.getLogger(EndOfDay.class.getName());

  @PersistenceContext(unitName = "tfp")
  EntityManager em;

  @Inject BusinessDates dates;
  @Inject CreditLines lines;
  @Inject CustomerDirectory customers;
  @Inject EodPartitions partitions;

  /** @return true when the date is the business date and still open (its partitions planned), false when there is nothing to do */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean openDay(LocalDate date, long runId, int partitionCount) {
    BusinessDate bd = dates.lockForEndOfDay();
    if (!bd.current().equals(date) || em.find(EodDay.class, date) != null) return false;
    List<PartitionProgress> plan = partitions.plan(date, runId, partitionCount);
    LOG.info("end of day " + date + " opened by run " + runId + ": " + plan.size() + " partition(s), "
        + plan.stream().mapToLong(p -> p.dealsTotal() - p.dealsDone()).sum() + " deal(s) to do");
    return true;
  }

  /**
   * Once the deal step is done: the customers of the deals moved to overdue today are flagged (no new bill purchase,
   * 004 Art.28) and their lines suspended (002 Art.45, the reason naming the customer's first such deal), due lines
   * expire, the date's figures are recorded and the business date moves to the next business day.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean closeDay(LocalDate date, long runId) {
    BusinessDate bd = dates.lockForEndOfDay();
    if (!bd.current().equals(date) || em.find(EodDay.class, date) != null) return false;
    // the deal step wrote the deals in JDBC: what this persistence unit holds of them is stale
    em.getEntityManagerFactory().getCache().evict(Application.class);
    LocalDate next = dates.nextBusinessDay(date);
    int suspended = 0;
    for (Object[] r : em.createQuery("select a.customerId, min(a.id) from Application a where a.status = :s and a.overdueSince = :d"
        + " group by a.customerId order by min(a.id)", Object[].class).setParameter("s", ApplicationStatus.OVERDUE).setParameter("d", date).getResultList()) {
      Customer c = customers.find((String) r[0]);
      c.markOverdue(true);
      suspended += lines.suspendAllOf(c.id(), "002 Art.45: advance on deal " + r[1] + " (overdue transfer, 004 Art.25)", date);
    }
    List<PartitionProgress> parts = partitions.of(date);
    long accruals = parts.stream().mapToLong(PartitionProgress::accruals).sum();
    long overdue = parts.stream().mapToLong(PartitionProgress::overdueTransfers).sum();
    BigDecimal total = parts.stream().map(PartitionProgress::interestAccrued).reduce(BigDecimal.ZERO, BigDecimal::add);
    int expired = lines.expireDue(next.minusDays(1));
    bd.advanceTo(next);
    em.persist(new EodDay(date, next, runId, (int) accruals, total, (int) overdue, suspended, expired));
    LOG.info("end of day " + date + " closed: " + accruals + " accruals, " + overdue + " overdue, " + suspended + " lines suspended, "
        + expired + " lines expired; business date now " + next);
    return true;
  }

  /** How far the deal step of the date the run is on has got. */
  public EodProgress progress(long runId) {
    List<PartitionProgress> parts = partitions.ofRun(runId);
    return parts.isEmpty() ? null : EodProgress.of(parts.get(0).businessDate(), parts);
  }

  @Transactional
  public List<EodDay> daysOf(long runId) {
    return em.createQuery("select d from EodDay d where d.runId = :r order by d.businessDate", EodDay.class).setParameter("r", runId).getResultList();
  }
}
