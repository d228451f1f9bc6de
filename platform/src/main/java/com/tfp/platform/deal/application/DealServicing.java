package com.tfp.platform.deal.application;

import com.tfp.platform.audit.application.AuditTrail;
import com.tfp.platform.audit.application.Audited;
import com.tfp.platform.customer.application.CustomerDirectory;
import com.tfp.platform.customer.domain.Customer;
import com.tfp.platform.deal.domain.Application;
import com.tfp.platform.deal.domain.ApplicationStatus;
import com.tfp.platform.deal.domain.ProceedsWaterfall;
import com.tfp.platform.duties.application.Duties;
import com.tfp.platform.duties.domain.Duty;
import com.tfp.platform.eod.application.BusinessDates;
import com.tfp.platform.ledger.application.Journal;
import com.tfp.platform.ledger.domain.EntryDraft;
import com.tfp.platform.line.application.CreditLines;
import com.tfp.platform.line.application.Drawing;
import com.tfp.platform.reference.application.BankReference;
import com.tfp.platform.reference.domain.ProductServicing;
import com.tfp.platform.shared.Actor;
import com.tfp.platform.shared.ConflictException;
import com.tfp.platform.shared.InvalidInputException;
import com.tfp.platform.shared.Role;
import com.tfp.spi.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Money events of a deal: disbursement (occupies the line, repays an earlier stage first, X7; Dr loan / Cr 201) and
 * collection (the proceeds waterfall of 004 Art.23, restoring the line). Every event posts a balanced journal entry
 * with the accounts of the product's servicing row (004 appendix 6 for bill purchase).
 */
@ApplicationScoped
@Audited
public class DealServicing {

  private static final Logger LOG = Logger.getLogger(DealServicing.class.getName());
  /** 004 appendix 6: the customer's deposit account. */
  public static final String CUSTOMER_DEPOSIT = "201";
  /** Proceeds from abroad arrive through the nostro / clearing account ([default]). */
  public static final String NOSTRO = "1011";

  @PersistenceContext(unitName = "tfp")
  EntityManager em;

  @Inject Applications applications;
  @Inject CustomerDirectory customers;
  @Inject CreditLines lines;
  @Inject BusinessDates dates;
  @Inject BankReference bank;
  @Inject Journal journal;
  @Inject AuditTrail audit;
  @Inject Duties duties;

  @Transactional
  @Audited(value = "APPLICATION_DISBURSE", target = "application")
  public DisbursementResult disburse(Long id, BigDecimal requested, LocalDate valueDate, Actor actor) {
    duties.check(Duty.DISBURSE, actor, com.tfp.platform.duties.domain.DealParties.NONE);
    applications.entitled(applications.find(id), actor);
    Application app = applications.lock(id);
    duties.check(Duty.DISBURSE, actor, app.parties());
    String before = app.snapshot();
    LocalDate today = businessDateOf(valueDate, "放款起息日");
    if (app.status() != ApplicationStatus.APPROVED) {
      throw new ConflictException(LocalizedText.of("业务 %s 状态为 %s，只有已审批的业务可以放款", "deal %s is %s: only an approved deal can be disbursed").formatted(id, app.status()));
    }
    BigDecimal amount = requested == null ? app.requestedAmount() : requested;
    if (amount.signum() <= 0 || amount.compareTo(app.requestedAmount()) > 0) {
      throw InvalidInputException.of("amount", "放款金额须为正数且不超过审批金额 " + app.requestedAmount().toPlainString(),
          "must be positive and not above the approved amount " + app.requestedAmount().toPlainString());
    }
    Customer customer = customers.find(app.customerId());
    if (customer.defaulted()) {
      throw new ConflictException(LocalizedText.of("客户 %s 有垫款或其他违约，暂停授信使用（002 第四十五条）", "customer %s has an advance or default: credit use is suspended (002 Art.45)").formatted(customer.id()));
    }
    Drawing drawing = lines.occupy(app.customerId(), app.productId(), app.id(), app.lineOccupation(), app.counterpartyId(),
        app.uncovered(amount), app.currency(), actor.name());
    ProductServicing servicing = bank.servicing(app.productId());
    EntryDraft entry = new EntryDraft("DISBURSEMENT", app.currency(), "disbursement of deal " + app.id() + " (" + app.productId() + ") to "
        + app.customerId() + ": Dr " + servicing.loanAccount() + " / Cr " + CUSTOMER_DEPOSIT, servicing.source())
        .transfer(servicing.loanAccount(), CUSTOMER_DEPOSIT, amount);
    journal.post(entry, today, app.id(), app.customerId(), actor.name());
    BigDecimal repaid = BigDecimal.ZERO;
    if (app.earlierStageDealId() != null) repaid = repayEarlierStage(app, amount, today, actor);
    app.disbursed(amount, today, drawing.lineId(), drawing.lineCode(), drawing.amount(), drawing.basis(), actor.name());
    em.flush();
    audit.success(actor, "APPLICATION_DISBURSE", "application/" + app.id(), before, app.snapshot() + "; " + drawing.basis());
    LOG.info("deal " + app.id() + " disbursed " + amount.toPlainString() + " " + app.currency() + "; " + drawing.basis());
    return new DisbursementResult(app, amount, app.earlierStageDealId(), repaid, amount.subtract(repaid));
  }

  /** X7 (001 国内证 Art.4; 004 Art.22): the later stage's disbursement first repays the earlier stage's outstanding. */
  private BigDecimal repayEarlierStage(Application later, BigDecimal amount, LocalDate today, Actor actor) {
    Application earlier = applications.lock(later.earlierStageDealId());
    if (!earlier.status().outstanding()) return BigDecimal.ZERO;
    BigDecimal owed = earlier.principalOutstanding().add(earlier.interestDue()).add(earlier.feesDue());
    BigDecimal applied = amount.min(owed);
    if (applied.signum() == 0) return BigDecimal.ZERO;
    ProceedsWaterfall.Split split = ProceedsWaterfall.apply(applied, earlier.principalOutstanding(), earlier.interestDue(), earlier.feesDue());
    ProductServicing s = bank.servicing(earlier.productId());
    String principalAccount = earlier.status() == ApplicationStatus.OVERDUE ? s.overdueAccount() : s.loanAccount();
    EntryDraft entry = new EntryDraft("EARLIER_STAGE_REPAYMENT", earlier.currency(), "deal " + later.id() + " repays earlier stage "
        + earlier.id() + " first out of its disbursement", "PRODUCTS.md X7; 004 Art.22; 001 国内证 Art.4")
        .transfer(CUSTOMER_DEPOSIT, principalAccount, split.principal())
        .transfer(CUSTOMER_DEPOSIT, s.interestAccount(), split.interest())
        .transfer(CUSTOMER_DEPOSIT, s.feeAccount(), split.fees());
    if (!earlier.currency().equals(later.currency())) {
      throw new ConflictException(LocalizedText.of("前后阶段币种不同，不能自动归还", "the earlier stage is in another currency and cannot be repaid automatically"));
    }
    journal.post(entry, today, earlier.id(), earlier.customerId(), actor.name());
    earlier.repaidByLaterStage(later.id(), split, today);
    restoreLine(earlier, actor.name(), "earlier stage repaid by deal " + later.id() + " (PRODUCTS.md X7; 002 Art.21)");
    if (earlier.status() == ApplicationStatus.SETTLED) ended(earlier, actor.name());
    return split.principal().add(split.interest()).add(split.fees());
  }

  @Transactional
  @Audited(value = "APPLICATION_COLLECT", target = "application")
  public CollectionResult collect(Long id, BigDecimal proceeds, LocalDate valueDate, Actor actor) {
    duties.check(Duty.COLLECT, actor, com.tfp.platform.duties.domain.DealParties.NONE);
    applications.entitled(applications.find(id), actor);
    Application app = applications.lock(id);
    duties.check(Duty.COLLECT, actor, app.parties());
    String before = app.snapshot();
    LocalDate today = businessDateOf(valueDate, "收汇日");
    if (proceeds == null || proceeds.signum() <= 0) throw InvalidInputException.of("amount", "须为正数", "must be a positive amount");
    if (!app.status().outstanding()) {
      throw new ConflictException(LocalizedText.of("业务 %s 状态为 %s，没有待收回的款项", "deal %s is %s: nothing is outstanding").formatted(id, app.status()));
    }
    boolean wasOverdue = app.status() == ApplicationStatus.OVERDUE;
    ProceedsWaterfall.Split split = ProceedsWaterfall.apply(proceeds, app.principalOutstanding(), app.interestDue(), app.feesDue());
    ProductServicing s = bank.servicing(app.productId());
    String principalAccount = wasOverdue ? s.overdueAccount() : s.loanAccount();
    EntryDraft entry = new EntryDraft("COLLECTION", app.currency(), "proceeds of deal " + app.id() + ": principal, interest, fees;"
        + " the remainder stays with the customer", "004 Art.23; 004 appendix 6")
        .transfer(NOSTRO, CUSTOMER_DEPOSIT, proceeds)
        .transfer(CUSTOMER_DEPOSIT, principalAccount, split.principal())
        .transfer(CUSTOMER_DEPOSIT, s.interestAccount(), split.interest())
        .transfer(CUSTOMER_DEPOSIT, s.feeAccount(), split.fees());
    journal.post(entry, today, app.id(), app.customerId(), actor.name());
    app.collected(split, today, actor.name());
    BigDecimal restored = restoreLine(app, actor.name(), "repayment of deal " + app.id() + " restores the line (002 Art.21)");
    if (app.status() == ApplicationStatus.SETTLED) ended(app, actor.name());
    em.flush();
    audit.success(actor, "APPLICATION_COLLECT", "application/" + app.id(), before, app.snapshot());
    LOG.info("deal " + app.id() + " collected " + proceeds.toPlainString() + " -> " + app.status());
    return new CollectionResult(app, split, restored);
  }

  /** The line holds the uncovered part of what is still outstanding; the rest goes back (002 Art.21). */
  private BigDecimal restoreLine(Application app, String actor, String why) {
    if (app.lineId() == null || app.lineOccupied() == null) return BigDecimal.ZERO;
    String lineCurrency = lines.line(app.lineId()).currency();
    BigDecimal keep = app.principalOutstanding().signum() == 0 ? BigDecimal.ZERO
        : bank.convert(app.uncovered(app.principalOutstanding()), app.currency(), lineCurrency).min(app.lineOccupied());
    BigDecimal release = app.lineOccupied().subtract(keep);
    if (release.signum() > 0) {
      lines.restore(app.lineId(), release, app.id(), why, actor);
      app.lineRestoredTo(keep);
    }
    return release;
  }

  /** A deal that no longer lives frees its documents (X2), its single approval and transfers (002 Art.15, 25), its customer. */
  private void ended(Application app, String actor) {
    applications.releaseDocuments(app.id());
    lines.dealEnded(app.id(), actor);
    long stillOverdue = em.createQuery("select count(a) from Application a where a.customerId = :c and a.status = :s", Long.class)
        .setParameter("c", app.customerId()).setParameter("s", ApplicationStatus.OVERDUE).getSingleResult();
    if (stillOverdue == 0) customers.find(app.customerId()).markOverdue(false);
  }

  /** Money moves on the current business date only: a value date, when given, must be it. */
  private LocalDate businessDateOf(LocalDate valueDate, String whatZh) {
    LocalDate today = dates.today();
    if (valueDate != null && !valueDate.equals(today)) {
      throw InvalidInputException.of("valueDate", whatZh + "须为当前营业日 " + today, "the value date must be the current business date " + today);
    }
    return today;
  }
}
