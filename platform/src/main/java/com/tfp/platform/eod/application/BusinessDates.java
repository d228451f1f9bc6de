package com.tfp.platform.eod.application;

import com.tfp.platform.eod.domain.BusinessDate;
import com.tfp.platform.reference.application.BankReference;
import com.tfp.platform.reference.infrastructure.PlatformSeeds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/** Reads the business date; end of day is the only writer. */
@ApplicationScoped
public class BusinessDates {

  @PersistenceContext(unitName = "tfp")
  EntityManager em;

  @Inject BankReference reference;
  @Inject PlatformSeeds seeds;

  @Transactional
  public LocalDate today() {
    seeds.ensureLoaded();
    BusinessDate d = em.find(BusinessDate.class, BusinessDate.THE_ONE);
    return d == null ? reference.firstBusinessDate() : d.current();
  }

  /** The business date row, locked for end of day (created on first use from the seeded start date). */
  @Transactional(Transactional.TxType.MANDATORY)
  public BusinessDate lockForEndOfDay() {
    BusinessDate d = em.find(BusinessDate.class, BusinessDate.THE_ONE, LockModeType.PESSIMISTIC_WRITE);
    if (d == null) {
      d = new BusinessDate(reference.firstBusinessDate());
      em.persist(d);
      em.flush();
    }
    return d;
  }

  /** The next business day after {@code date} by the bank's calendar. */
  public LocalDate nextBusinessDay(LocalDate date) {
    return reference.calendar().plusBusinessDays(date, 1);
  }
}
