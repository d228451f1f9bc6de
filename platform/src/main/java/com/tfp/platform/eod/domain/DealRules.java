package com.tfp.platform.eod.domain;

import com.tfp.platform.deal.domain.DailyInterest;
import com.tfp.platform.ledger.domain.EntryDraft;
import com.tfp.platform.reference.domain.ProductServicing;
import com.tfp.spi.calc.DayCount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * End of day's rules for one deal on one business date. A deal unpaid at maturity moves to overdue (004 Art.25: Dr the
 * product's overdue account / Cr its loan account, appendix 6; no extension where the servicing row allows none), then
 * it accrues interest for every calendar night up to the next business day (004 Art.13, X8: actual nights, the
 * currency's day count ACT/360 or ACT/365), at the overdue rate — the deal's rate × the bank's multiplier, 1.5 by
 * default — once overdue. A night already accrued (up to the deal's last accrued date) or before the disbursement is
 * not accrued.
 *
 * @param next the next business day: the nights from {@code date} up to it are accrued
 * @param servicing the product's servicing row (accounts, extension), by product id
 * @param dayCount the currency's day count (X8), by currency
 */
public record DealRules(LocalDate date, LocalDate next, BigDecimal overdueMultiplier, Function<String, ProductServicing> servicing,
    Function<String, DayCount> dayCount) {

  public DealClose close(LiveDeal d) {
    EntryDraft transfer = null;
    String note = null;
    boolean overdue = d.overdue();
    if (!overdue && d.maturityDate() != null && !d.maturityDate().isAfter(date)) {
      ProductServicing s = servicing.apply(d.productId());
      transfer = new EntryDraft("OVERDUE_TRANSFER", d.currency(), "deal " + d.id() + " unpaid at maturity " + d.maturityDate()
          + ": moved to overdue" + (s.extensionAllowed() ? "" : ", no extension allowed") + "; Dr " + s.overdueAccount() + " / Cr " + s.loanAccount(),
          "004 Art.25; 004 appendix 6").transfer(s.overdueAccount(), s.loanAccount(), d.principal());
      note = "unpaid at maturity " + d.maturityDate() + ": moved to overdue (004 Art.25)";
      overdue = true;
    }
    DayCount dc = dayCount.apply(d.currency());
    BigDecimal rate = overdue ? d.interestRate().multiply(overdueMultiplier) : d.interestRate();
    List<DealClose.Accrual> nights = new ArrayList<>(2);
    for (LocalDate night = date; night.isBefore(next); night = night.plusDays(1)) {
      if (d.disbursedOn() != null && d.disbursedOn().isAfter(night)) continue;
      if (d.lastAccrualDate() != null && !night.isAfter(d.lastAccrualDate())) continue;
      nights.add(new DealClose.Accrual(night, d.principal(), rate, dc.name(), DailyInterest.of(d.principal(), rate, dc), overdue));
    }
    return new DealClose(d, date, transfer, note, List.copyOf(nights));
  }
}
