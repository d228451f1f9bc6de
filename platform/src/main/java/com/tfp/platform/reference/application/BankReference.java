package com.tfp.platform.reference.application;

import com.tfp.platform.reference.domain.ApprovalAuthority;
import com.tfp.platform.reference.domain.BankSetting;
import com.tfp.platform.reference.domain.DayCountRule;
import com.tfp.platform.reference.domain.FxRate;
import com.tfp.platform.reference.domain.InterestRate;
import com.tfp.platform.reference.domain.ProductServicing;
import com.tfp.platform.shared.ConflictException;
import com.tfp.spi.LocalizedText;
import com.tfp.spi.calc.DayCount;
import com.tfp.spi.context.BusinessCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The reference data that services deals (as opposed to evaluating them): FX rates, interest rates, day counts, the
 * business-day calendar, approval authorities, product servicing (accounts, extension) and bank settings.
 */
@ApplicationScoped
public class BankReference {

  @PersistenceContext(unitName = "tfp")
  EntityManager em;

  @Inject ReferenceData reference;

  public BusinessCalendar calendar() {
    return reference.calendar();
  }

  /** X8: ACT/360 or ACT/365 by currency; currencies not listed use ACT/360 (day-count.csv). */
  public DayCount dayCount(String currency) {
    DayCountRule r = em.find(DayCountRule.class, currency);
    return r == null ? DayCount.ACT_360 : r.convention();
  }

  public BigDecimal interestRate(String currency) {
    InterestRate r = em.find(InterestRate.class, currency);
    if (r == null) throw new ConflictException(LocalizedText.of("币种 %s 没有贸易融资利率（参考数据）", "no trade-finance rate for %s in the reference data").formatted(currency));
    return r.annualRate();
  }

  /** Converts through CNY and rounds to cents: {@code amount} in {@code from} expressed in {@code to}. */
  public BigDecimal convert(BigDecimal amount, String from, String to) {
    if (from.equals(to)) return amount;
    BigDecimal cny = amount.multiply(cnyPerUnit(from));
    return cny.divide(cnyPerUnit(to), MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
  }

  private BigDecimal cnyPerUnit(String currency) {
    FxRate r = em.find(FxRate.class, currency);
    if (r == null) throw new ConflictException(LocalizedText.of("没有 %s 的汇率（参考数据）", "no FX rate for %s in the reference data").formatted(currency));
    return r.cnyPerUnit();
  }

  /** The authority amount (CNY) of an approver level, or zero when the level is unknown. */
  public BigDecimal authorityCny(String level) {
    if (level == null) return BigDecimal.ZERO;
    ApprovalAuthority a = em.find(ApprovalAuthority.class, level);
    return a == null ? BigDecimal.ZERO : a.maxAmountCny();
  }

  public ProductServicing servicing(String productId) {
    ProductServicing s = em.find(ProductServicing.class, productId);
    return s != null ? s : em.find(ProductServicing.class, ProductServicing.ANY);
  }

  public String setting(String key, String fallback) {
    BankSetting s = em.find(BankSetting.class, key);
    return s == null ? fallback : s.value();
  }

  public BigDecimal overdueRateMultiplier() {
    return new BigDecimal(setting("overdue.rateMultiplier", "1.5"));
  }

  public LocalDate firstBusinessDate() {
    return LocalDate.parse(setting("business.date.start", "2026-12-01"));
  }
}
