package com.tfp.platform.eod.application;

import com.tfp.platform.customer.application.CustomerDirectory;
import com.tfp.platform.customer.domain.Customer;
import com.tfp.platform.deal.domain.Application;
import com.tfp.platform.deal.domain.ApplicationStatus;
import com.tfp.platform.deal.domain.DailyInterest;
import com.tfp.platform.deal.domain.InterestAccrual;
import com.tfp.platform.eod.domain.BusinessDate;
import com.tfp.platform.eod.domain.EodDay;
import com.tfp.platform.ledger.application.Journal;
import com.tfp.platform.ledger.domain.EntryDraft;
import com.tfp.platform.line.application.CreditLines;
import com.tfp.platform.reference.application.BankReference;
import com.tfp.platform.reference.domain.ProductServicing;
import com.tfp.spi.calc.DayCount;
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
 * End of day for one business date, in one transaction: overdue transfer of deals unpaid at maturity (004 Art.25, no
 * extension where the product allows none; Dr 13604 / Cr 13201, appendix 6), suspension of the lines of customers
 * with an advance (002 Art.45), interest accrual for every calendar night up to the next business day (004 Art.13,
 * X8), line expiry (002 Art.13-14), then the business date moves on. A date already closed is left as it is.
 */
@ApplicationScoped
public class EndOfDay {

  private static final Logger LOG = Logger.getLogger(EndOfDay.class.getName());

  @PersistenceContext(unitName = "tfp")
  EntityManager em;

  @Inject BusinessDates dates;
  @Inject BankReference bank;
  @Inject Journal journal;
  @Inject CreditLines lines;
  @Inject CustomerDirectory customers;

  /** @return true when this call closed the date, false when it was already closed */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean runDay(LocalDate date, long runId) {
    BusinessDate bd = dates.lockForEndOfDay();
    if (!bd.current().equals(date) || em.find(EodDay.class, date) != null) return false;
    LocalDate next = dates.nextBusinessDay(date);
    int overdue = 0;
    int suspended = 0;
    for (Application a : em.createQuery("select a from Application a where a.status = :s and a.maturityDate <= :d order by a.id", Application.class)
        .setParameter("s", ApplicationStatus.DISBURSED).setParameter("d", date).getResultList()) {
      if (a.principalOutstanding().signum() == 0) continue;
      ProductServicing s = bank.servicing(a.productId());
      EntryDraft entry = new EntryDraft("OVERDUE_TRANSFER", a.currency(), "deal " + a.id() + " unpaid at maturity " + a.maturityDate()
          + ": moved to overdue" + (s.extensionAllowed() ? "" : ", no extension allowed") + "; Dr " + s.overdueAccount() + " / Cr " + s.loanAccount(),
          "004 Art.25; 004 appendix 6").transfer(s.overdueAccount(), s.loanAccount(), a.principalOutstanding());
      journal.post(entry, date, a.id(), a.customerId(), "eod");
      a.overdue(date);
      overdue++;
      Customer c = customers.find(a.customerId());
      c.markOverdue(true);
      suspended += lines.suspendAllOf(c.id(), "002 Art.45: advance on deal " + a.id() + " (overdue transfer, 004 Art.25)", date);
      LOG.info("deal " + a.id() + " moved to overdue on " + date + " (004 Art.25)");
    }
    BigDecimal multiplier = bank.overdueRateMultiplier();
    int accruals = 0;
    BigDecimal total = BigDecimal.ZERO;
    List<Application> outstanding = em.createQuery("select a from Application a where a.status in :s order by a.id", Application.class)
        .setParameter("s", List.of(ApplicationStatus.DISBURSED, ApplicationStatus.OVERDUE)).getResultList();
    for (Application a : outstanding) {
      if (a.principalOutstanding().signum() == 0) continue;
      DayCount dc = bank.dayCount(a.currency());
      boolean penalty = a.status() == ApplicationStatus.OVERDUE;
      BigDecimal rate = penalty ? a.interestRate().multiply(multiplier) : a.interestRate();
      for (LocalDate d = date; d.isBefore(next); d = d.plusDays(1)) {
        if (a.disbursedOn().isAfter(d) || em.find(InterestAccrual.class, InterestAccrual.key(a.id(), d)) != null) continue;
        BigDecimal amount = DailyInterest.of(a.principalOutstanding(), rate, dc);
        em.persist(new InterestAccrual(a.id(), d, date, a.principalOutstanding(), rate, dc.name(), amount, penalty));
        a.accrue(d, amount);
        accruals++;
        total = total.add(amount);
      }
    }
    int expired = lines.expireDue(next.minusDays(1));
    bd.advanceTo(next);
    em.persist(new EodDay(date, next, runId, accruals, total, overdue, suspended, expired));
    LOG.info("end of day " + date + " closed: " + accruals + " accruals, " + overdue + " overdue, " + suspended + " lines suspended, "
        + expired + " lines expired; business date now " + next);
    return true;
  }

  @Transactional
  public List<EodDay> daysOf(long runId) {
    return em.createQuery("select d from EodDay d where d.runId = :r order by d.businessDate", EodDay.class).setParameter("r", runId).getResultList();
  }
}
