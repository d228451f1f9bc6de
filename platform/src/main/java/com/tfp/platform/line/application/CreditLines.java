package com.tfp.platform.line.application;

import com.tfp.platform.audit.application.AuditTrail;
import com.tfp.platform.audit.application.Audited;
import com.tfp.platform.customer.application.CustomerDirectory;
import com.tfp.platform.customer.domain.CounterpartyKind;
import com.tfp.platform.customer.domain.Customer;
import com.tfp.platform.eod.application.BusinessDates;
import com.tfp.platform.line.domain.CreditLine;
import com.tfp.platform.line.domain.LineCategory;
import com.tfp.platform.line.domain.LineLedgerEntry;
import com.tfp.platform.line.domain.LineStatus;
import com.tfp.platform.line.domain.LineTransfer;
import com.tfp.platform.line.domain.LineType;
import com.tfp.platform.line.domain.TransferRule;
import com.tfp.platform.reference.application.BankReference;
import com.tfp.platform.reference.application.ReferenceData;
import com.tfp.platform.shared.Actor;
import com.tfp.platform.shared.ConflictException;
import com.tfp.platform.shared.InvalidInputException;
import com.tfp.platform.shared.NotFoundException;
import com.tfp.platform.shared.Role;
import com.tfp.platform.shared.RuleViolationException;
import com.tfp.spi.LocalizedText;
import com.tfp.spi.evaluation.LineOccupation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Credit lines (002 ch.3, ch.7): granting, drawing and restoring (nominal 1:1, cover never occupies), transfers,
 * extension, suspension and release, expiry, and the per-customer line ledger. Drawings lock the line rows
 * ({@code PESSIMISTIC_WRITE}, the comprehensive line before its single lines), so concurrent disbursements can never
 * over-occupy a line.
 */
@ApplicationScoped
@Audited
public class CreditLines {

  private static final Logger LOG = Logger.getLogger(CreditLines.class.getName());

  @PersistenceContext(unitName = "tfp")
  EntityManager em;

  @Inject CustomerDirectory customers;
  @Inject BusinessDates dates;
  @Inject BankReference bank;
  @Inject ReferenceData reference;
  @Inject AuditTrail audit;
  @Inject com.tfp.platform.customer.application.Entitlements entitlements;

  @Transactional
  @Audited(value = "LINES_READ", target = "customer") // a refused read (another branch's customer) names its customer
  public List<LineState> linesOf(String customerId, Actor actor) {
    actor.require(Role.values());
    entitlements.require(actor, customers.find(customerId));
    List<LineState> out = new ArrayList<>();
    for (CreditLine l : em.createQuery("select l from CreditLine l where l.customerId = :c order by l.id", CreditLine.class)
        .setParameter("c", customerId).getResultList()) {
      out.add(state(l));
    }
    return out;
  }

  /**
   * Every line the actor may see, for the usage view: the whole bank for head office, the branch's customers (and the
   * bank-wide counterparties) for a branch user (issue 16); a bank's line book is hundreds, not millions.
   */
  @Transactional
  public List<LineState> allLines(Actor actor) {
    actor.require(Role.values());
    var query = em.createQuery("select l from CreditLine l where " + entitlements.condition(actor, "l.customerId")
        + " order by l.customerId, l.id", CreditLine.class);
    entitlements.bind(actor, query);
    return query.getResultList().stream().map(this::state).toList();
  }

  @Transactional
  @Audited(value = "LINE_LEDGER_READ", target = "customer")
  public List<LineLedgerEntry> ledgerOf(String customerId, Actor actor) {
    actor.require(Role.values());
    entitlements.require(actor, customers.find(customerId));
    return em.createQuery("select e from LineLedgerEntry e where e.customerId = :c order by e.id", LineLedgerEntry.class)
        .setParameter("c", customerId).getResultList();
  }

  @Transactional
  @Audited(value = "LINE_GRANT", target = "customer")
  public LineState grant(String customerId, NewLine n, Actor actor) {
    actor.require(Role.RISK_APPROVER);
    Customer c = customers.find(customerId);
    entitlements.require(actor, c);
    List<com.tfp.spi.facts.FieldError> errors = new ArrayList<>();
    if (n.code() == null || !n.code().matches("[A-Za-z0-9-]{2,60}")) errors.add(fe("code", "须为 2-60 位字母、数字或连字符", "must be 2-60 letters, digits or hyphens"));
    if (n.type() == null || n.type() == LineType.SINGLE_TRANSACTION) errors.add(fe("type", "须为 COMPREHENSIVE、SINGLE_PRODUCT、INSURER 或 FINANCIAL_INSTITUTION（单笔授信随审批产生）", "must be COMPREHENSIVE, SINGLE_PRODUCT, INSURER or FINANCIAL_INSTITUTION (single-transaction approvals come with the deal's approval)"));
    if (n.limit() == null || n.limit().signum() <= 0) errors.add(fe("limit", "须为正数", "must be positive"));
    if (n.currency() == null || !com.tfp.spi.calc.Money.isCurrency(n.currency())) errors.add(fe("currency", "须为 ISO 4217 币种", "must be an ISO 4217 currency"));
    if (n.start() == null) errors.add(fe("start", "必填", "required"));
    if (n.expiry() == null) errors.add(fe("expiry", "必填", "required"));
    if (!errors.isEmpty()) throw new InvalidInputException(errors);
    if (n.expiry().isAfter(n.start().plusYears(1)) || !n.expiry().isAfter(n.start())) {
      throw new RuleViolationException(LocalizedText.of("授信额度期限须在一年（含）以内（002 第十三、十四条）", "a line runs for at most one year (002 Art.13-14)"));
    }
    if ((n.type() == LineType.COMPREHENSIVE || n.type() == LineType.SINGLE_PRODUCT)
        && (c.kind() != CounterpartyKind.CORPORATE || c.tier() == null || !c.tier().mayHoldLines())) {
      throw new RuleViolationException(LocalizedText.of("授信额度仅适用于目标客户和积极发展类客户，其他客户采用单笔审批（002 第十四、十五条）",
          "lines are for target and actively-developed customers; others get single-transaction approvals (002 Art.14-15)"));
    }
    if (n.type() == LineType.INSURER && c.kind() != CounterpartyKind.INSURER
        || n.type() == LineType.FINANCIAL_INSTITUTION && c.kind() != CounterpartyKind.FINANCIAL_INSTITUTION) {
      throw new RuleViolationException(LocalizedText.of("保险公司/金融机构额度只能核定给相应的交易对手", "insurer / FI lines belong to insurers / financial institutions"));
    }
    if (n.type() == LineType.SINGLE_PRODUCT && (n.parentId() == null || n.riskClass() == null)) {
      throw InvalidInputException.of("parentId", "单项额度须包含于综合额度之内并注明风险类别（002 第十六条）", "a single-product line sits inside a comprehensive line and names its risk class (002 Art.16)");
    }
    if (!em.createQuery("select l.id from CreditLine l where l.code = :c", Long.class).setParameter("c", n.code()).getResultList().isEmpty()) {
      throw new ConflictException(LocalizedText.of("额度编号 %s 已存在", "line code %s already exists").formatted(n.code()));
    }
    CreditLine parent = null;
    if (n.parentId() != null) {
      parent = lock(n.parentId());
      if (!parent.customerId().equals(customerId) || parent.lineType() != LineType.COMPREHENSIVE) {
        throw new RuleViolationException(LocalizedText.of("单项额度须包含于该客户的综合额度之内（002 第十六条）", "a single line sits inside the customer's comprehensive line (002 Art.16)"));
      }
      if (freeOfComprehensive(parent).compareTo(n.limit()) < 0) {
        throw new RuleViolationException(LocalizedText.of("单项额度之和不得超过综合额度（002 第十六条）", "single lines may not exceed their comprehensive line (002 Art.16)"));
      }
    }
    CreditLine line = new CreditLine(n.code(), customerId, n.type(), n.category() == null ? LineCategory.TRADE_FINANCE : n.category(),
        n.parentId(), n.productId(), n.riskClass(), n.limit(), n.currency(), n.start(), n.expiry(), LineStatus.ACTIVE);
    em.persist(line);
    em.flush();
    ledger(line, null, LineLedgerEntry.Kind.GRANT, n.limit(), "line granted " + n.type() + " (002 Art.13-18, Art.33)", actor);
    audit.success(actor, "LINE_GRANT", "line/" + line.id(), null, line.snapshot());
    return state(line);
  }

  /**
   * Occupies the line the deal draws on, within the caller's transaction (002 Art.20-21): the uncovered part, 1:1.
   *
   * @param uncovered the deal amount less cash margin and eligible pledge, in the deal currency
   * @param counterpartyId for INSURER and FINANCIAL_INSTITUTION occupation: whose line
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Drawing occupy(String customerId, String productId, long dealId, LineOccupation occupation, String counterpartyId,
      BigDecimal uncovered, String currency, String actor) {
    LocalDate today = dates.today();
    if (occupation == LineOccupation.NONE) return Drawing.none("NONE: occupies no line (002 Art.12, Art.19)");
    if (uncovered.signum() <= 0) return Drawing.none("fully covered by cash margin or eligible pledge: occupies no line (002 Art.19, Art.21)");
    Long lineId = switch (occupation) {
      case CUSTOMER -> customerLineFor(customerId, productId, dealId);
      case INSURER, FINANCIAL_INSTITUTION -> counterpartyLine(counterpartyId, occupation);
      case NONE -> null;
    };
    CreditLine line = em.find(CreditLine.class, lineId);
    CreditLine parent = line.parentId() == null ? null : lock(line.parentId());
    line = lock(lineId);
    if (parent != null) parent.checkDrawable(today);
    line.checkDrawable(today);
    BigDecimal amount = bank.convert(uncovered, currency, line.currency());
    BigDecimal available = line.lineType() == LineType.COMPREHENSIVE ? freeOfComprehensive(line) : line.availableOnItsOwn();
    line.draw(amount, available);
    String basis = occupation + " line " + line.code() + ": " + amount.toPlainString() + " " + line.currency() + " (002 Art.20-21)";
    ledger(line, dealId, LineLedgerEntry.Kind.DRAWING, amount, "drawing for deal " + dealId + " (002 Art.20-21, Art.36)", actor, today);
    return new Drawing(line.id(), line.code(), amount, line.currency(), basis);
  }

  /** Restores {@code amount} (line currency) on repayment (002 Art.21). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void restore(long lineId, BigDecimal amount, long dealId, String why, String actor) {
    if (amount.signum() <= 0) return;
    CreditLine line = em.find(CreditLine.class, lineId);
    if (line.parentId() != null) lock(line.parentId());
    line = lock(lineId);
    line.restore(amount);
    ledger(line, dealId, LineLedgerEntry.Kind.RECOVERY, amount, why, actor, dates.today());
  }

  /** A single-transaction approval for a customer without a line (002 Art.15, Art.33(2)); it expires with the deal. */
  @Transactional(Transactional.TxType.MANDATORY)
  public CreditLine approveSingleTransaction(String customerId, long dealId, BigDecimal amount, String currency, LocalDate maturity, String actor) {
    LocalDate today = dates.today();
    CreditLine line = CreditLine.singleTransaction("ST-" + dealId, customerId, dealId, amount, currency, today,
        maturity == null || maturity.isBefore(today) ? today.plusYears(1) : maturity);
    em.persist(line);
    em.flush();
    ledger(line, dealId, LineLedgerEntry.Kind.GRANT, amount, "single-transaction approval for deal " + dealId + " (002 Art.15)", actor, today);
    return line;
  }

  /** True when the deal will find a customer line of its own (a single-product or comprehensive line, or its approval). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean hasCustomerLineFor(String customerId, String productId, long dealId) {
    return !candidateCustomerLines(customerId, productId, dealId).isEmpty();
  }

  /** Closes what ended with a deal: its single-transaction approval (002 Art.15) and transfers made for it (Art.25). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void dealEnded(long dealId, String actor) {
    LocalDate today = dates.today();
    for (CreditLine l : em.createQuery("select l from CreditLine l where l.dealId = :d and l.status <> :closed", CreditLine.class)
        .setParameter("d", dealId).setParameter("closed", LineStatus.CLOSED).getResultList()) {
      l.close("the deal it served has ended (002 Art.15)");
      ledger(l, dealId, LineLedgerEntry.Kind.EXPIRY, BigDecimal.ZERO, "single-transaction approval ends with deal " + dealId + " (002 Art.15)", actor, today);
    }
    for (LineTransfer t : em.createQuery("select t from LineTransfer t where t.dealId = :d and t.state = 'ACTIVE'", LineTransfer.class)
        .setParameter("d", dealId).getResultList()) {
      CreditLine from = lock(t.fromLineId());
      CreditLine to = lock(t.toLineId());
      to.changeLimit(to.limitAmount().subtract(t.amountIn()));
      from.changeLimit(from.limitAmount().add(t.amountOut()));
      t.reversed();
      ledger(to, dealId, LineLedgerEntry.Kind.TRANSFER_REVERSAL, t.amountIn().negate(), "transfer " + t.id() + " reversed: deal " + dealId + " closed (002 Art.25)", actor, today);
      ledger(from, dealId, LineLedgerEntry.Kind.TRANSFER_REVERSAL, t.amountOut(), "transfer " + t.id() + " reversed: deal " + dealId + " closed (002 Art.25)", actor, today);
    }
  }

  @Transactional
  @Audited(value = "LINE_TRANSFER", target = "line")
  public LineTransfer transfer(Long fromLineId, Long toLineId, BigDecimal amountOut, BigDecimal amountIn, Long dealId,
      boolean originalApproverConsents, Actor actor) {
    actor.require(Role.CUSTOMER_MANAGER, Role.IB_REVIEWER, Role.RISK_APPROVER);
    if (fromLineId == null || toLineId == null || fromLineId.equals(toLineId)) throw InvalidInputException.of("toLineId", "须为另一条额度", "must be another line");
    if (amountOut == null) throw InvalidInputException.of("amount", "必填", "required");
    CreditLine first = line(fromLineId);
    CreditLine second = line(toLineId);
    entitlements.require(actor, customers.find(first.customerId()));
    if (!first.customerId().equals(second.customerId())) {
      throw new RuleViolationException(LocalizedText.of("额度调剂限于同一客户（002 第二十二条）", "transfers are between one customer's lines (002 Art.22)"));
    }
    TransferRule.Assessment a = TransferRule.assess(side(first), side(second), amountOut, amountIn, originalApproverConsents);
    if (a.route() == TransferRule.Route.ORIGINAL_APPROVER) actor.require(Role.RISK_APPROVER);
    String before = first.snapshot() + " | " + second.snapshot();
    // lock in id order (parents first) so two transfers never deadlock
    List<Long> order = new ArrayList<>();
    for (CreditLine l : List.of(first, second)) if (l.parentId() != null) order.add(l.parentId());
    order.add(fromLineId);
    order.add(toLineId);
    order.stream().distinct().sorted().forEach(this::lock);
    CreditLine from = lock(fromLineId);
    CreditLine to = lock(toLineId);
    BigDecimal freeOfSource = from.lineType() == LineType.COMPREHENSIVE ? freeOfComprehensive(from) : from.availableOnItsOwn();
    if (a.amountOut().compareTo(freeOfSource) > 0) {
      throw new ConflictException(LocalizedText.of("调出额度 %s 可用余额不足", "line %s has not enough available to transfer").formatted(from.code()));
    }
    from.changeLimit(from.limitAmount().subtract(a.amountOut()));
    to.changeLimit(to.limitAmount().add(a.amountIn()));
    for (CreditLine l : List.of(from, to)) {
      if (l.parentId() != null) {
        CreditLine p = lock(l.parentId());
        if (freeOfComprehensive(p).signum() < 0 && !(p.id().equals(from.id()) || p.id().equals(to.id()))) {
          throw new RuleViolationException(LocalizedText.of("单项额度之和不得超过综合额度（002 第十六条）", "single lines may not exceed their comprehensive line (002 Art.16)"));
        }
      }
    }
    LocalDate today = dates.today();
    LineTransfer t = new LineTransfer(from.id(), to.id(), a, dealId, actor.name(), today);
    em.persist(t);
    em.flush();
    String why = "transfer " + t.id() + " " + a.route() + " (" + a.source() + "), risk equivalent change " + a.riskEquivalentChange().toPlainString();
    ledger(from, dealId, LineLedgerEntry.Kind.TRANSFER_OUT, a.amountOut().negate(), why, actor.name(), today);
    ledger(to, dealId, LineLedgerEntry.Kind.TRANSFER_IN, a.amountIn(), why, actor.name(), today);
    audit.success(actor, "LINE_TRANSFER", "line/" + from.id(), before, from.snapshot() + " | " + to.snapshot() + " | " + why);
    return t;
  }

  /**
   * 002 Art.26: an actively-developed customer whose renewal was filed at least a month before expiry may keep using
   * the old line for at most three months after it, with security in place.
   */
  @Transactional
  @Audited(value = "LINE_EXTEND", target = "line")
  public LineState extend(Long lineId, LocalDate until, LocalDate renewalFiledOn, boolean securityInPlace, Actor actor) {
    actor.require(Role.CUSTOMER_MANAGER, Role.RISK_APPROVER);
    if (until == null) throw InvalidInputException.of("until", "必填", "required");
    if (renewalFiledOn == null) throw InvalidInputException.of("renewalFiledOn", "必填", "required");
    entitlements.require(actor, customers.find(line(lineId).customerId()));
    CreditLine line = lock(lineId);
    Customer c = customers.find(line.customerId());
    String before = line.snapshot();
    int maxMonths = Integer.parseInt(bank.setting("line.extension.maxMonths", "3"));
    int filedBefore = Integer.parseInt(bank.setting("line.extension.filedMonthsBefore", "1"));
    if (c.tier() == null || !c.tier().activelyDeveloped()) {
      throw new RuleViolationException(LocalizedText.of("额度延期仅适用于积极发展类客户（002 第二十六条）", "only actively-developed customers' lines may be extended (002 Art.26)"));
    }
    if (renewalFiledOn.isAfter(line.expiryDate().minusMonths(filedBefore))) {
      throw new RuleViolationException(LocalizedText.of("续授信材料须在到期前一个月报至有权审批机构（002 第二十六条）", "the renewal must have been filed at least one month before expiry (002 Art.26)"));
    }
    if (until.isAfter(line.expiryDate().plusMonths(maxMonths)) || !until.isAfter(line.expiryDate())) {
      throw new RuleViolationException(LocalizedText.of("额度延期最长不超过三个月（002 第二十六条）", "a line may be extended by at most three months (002 Art.26)"));
    }
    if (!securityInPlace) {
      throw new RuleViolationException(LocalizedText.of("额度延期须有效落实担保条件（002 第二十六条）", "an extension needs the security in place (002 Art.26)"));
    }
    line.extendUntil(until, "extended to " + until + ", renewal filed " + renewalFiledOn + " (002 Art.26)");
    if (line.status() == LineStatus.EXPIRED) line.release("extended (002 Art.26)");
    ledger(line, null, LineLedgerEntry.Kind.EXTENSION, BigDecimal.ZERO, "extended to " + until + " (002 Art.26)", actor.name(), dates.today());
    audit.success(actor, "LINE_EXTEND", "line/" + line.id(), before, line.snapshot());
    return state(line);
  }

  /** 002 Art.44-45: the business department suspends a line on an advance, a default or a material change. */
  @Transactional
  @Audited(value = "LINE_SUSPEND", target = "line")
  public LineState suspend(Long lineId, String reason, Actor actor) {
    actor.require(Role.CUSTOMER_MANAGER, Role.RISK_APPROVER);
    entitlements.require(actor, customers.find(line(lineId).customerId()));
    CreditLine line = lock(lineId);
    String before = line.snapshot();
    line.suspend("002 Art.44-45: " + (reason == null ? "suspended" : reason));
    ledger(line, null, LineLedgerEntry.Kind.SUSPENSION, BigDecimal.ZERO, line.statusReason(), actor.name(), dates.today());
    audit.success(actor, "LINE_SUSPEND", "line/" + line.id(), before, line.snapshot());
    return state(line);
  }

  /** 002 Art.45: only Risk Management decides whether a suspended line may be used again. */
  @Transactional
  @Audited(value = "LINE_RELEASE", target = "line")
  public LineState release(Long lineId, String reason, Actor actor) {
    actor.require(Role.RISK_APPROVER);
    entitlements.require(actor, customers.find(line(lineId).customerId()));
    CreditLine line = lock(lineId);
    if (line.status() != LineStatus.SUSPENDED) throw new ConflictException(LocalizedText.of("额度 %s 未暂停", "line %s is not suspended").formatted(line.code()));
    String before = line.snapshot();
    line.release("released by Risk Management (002 Art.45): " + (reason == null ? "" : reason));
    ledger(line, null, LineLedgerEntry.Kind.RELEASE, BigDecimal.ZERO, line.statusReason(), actor.name(), dates.today());
    audit.success(actor, "LINE_RELEASE", "line/" + line.id(), before, line.snapshot());
    return state(line);
  }

  /** End of day: suspends every active line of a customer with an advance or default (002 Art.45). */
  @Transactional(Transactional.TxType.MANDATORY)
  public int suspendAllOf(String customerId, String reason, LocalDate businessDate) {
    int n = 0;
    for (Long id : em.createQuery("select l.id from CreditLine l where l.customerId = :c and l.status = :s order by l.id", Long.class)
        .setParameter("c", customerId).setParameter("s", LineStatus.ACTIVE).getResultList()) {
      CreditLine l = lock(id);
      l.suspend(reason);
      ledger(l, null, LineLedgerEntry.Kind.SUSPENSION, BigDecimal.ZERO, reason, "eod", businessDate);
      n++;
    }
    return n;
  }

  /** End of day: lines whose term (and extension) ended on or before {@code businessDate} expire (002 Art.13-14). */
  @Transactional(Transactional.TxType.MANDATORY)
  public int expireDue(LocalDate businessDate) {
    int n = 0;
    for (CreditLine l : em.createQuery("select l from CreditLine l where l.status = :s and l.expiryDate <= :d", CreditLine.class)
        .setParameter("s", LineStatus.ACTIVE).setParameter("d", businessDate).getResultList()) {
      if (l.lastDrawingDate().isAfter(businessDate)) continue;
      l.expire("term ended " + l.lastDrawingDate() + " (002 Art.13-14)");
      ledger(l, null, LineLedgerEntry.Kind.EXPIRY, BigDecimal.ZERO, l.statusReason(), "eod", businessDate);
      n++;
    }
    return n;
  }

  public CreditLine line(Long id) {
    CreditLine l = id == null ? null : em.find(CreditLine.class, id);
    if (l == null) throw new NotFoundException(LocalizedText.of("未知额度 %s", "unknown line %s").formatted(id));
    return l;
  }

  /** The line, row-locked for this transaction and re-read under the lock (once: later calls keep pending changes). */
  private CreditLine lock(Long id) {
    CreditLine l = em.find(CreditLine.class, id);
    if (l == null) throw new NotFoundException(LocalizedText.of("未知额度 %s", "unknown line %s").formatted(id));
    if (em.getLockMode(l) != LockModeType.PESSIMISTIC_WRITE) em.refresh(l, LockModeType.PESSIMISTIC_WRITE);
    return l;
  }

  private List<Long> candidateCustomerLines(String customerId, String productId, long dealId) {
    List<Long> ids = em.createQuery("select l.id from CreditLine l where l.dealId = :d and l.status <> :closed", Long.class)
        .setParameter("d", dealId).setParameter("closed", LineStatus.CLOSED).getResultList();
    if (!ids.isEmpty()) return ids;
    ids = em.createQuery("select l.id from CreditLine l where l.customerId = :c and l.lineType = :t and l.productId = :p"
        + " and l.status <> :closed order by l.id", Long.class).setParameter("c", customerId).setParameter("t", LineType.SINGLE_PRODUCT)
        .setParameter("p", productId).setParameter("closed", LineStatus.CLOSED).getResultList();
    if (!ids.isEmpty()) return ids;
    List<CreditLine> comprehensive = em.createQuery("select l from CreditLine l where l.customerId = :c and l.lineType = :t"
        + " and l.category = :cat and l.status <> :closed order by l.id", CreditLine.class).setParameter("c", customerId)
        .setParameter("t", LineType.COMPREHENSIVE).setParameter("cat", LineCategory.TRADE_FINANCE).setParameter("closed", LineStatus.CLOSED)
        .getResultList();
    // an active comprehensive line first; a suspended or expired one still names the line that refuses the drawing
    return comprehensive.stream().sorted((a, b) -> Boolean.compare(b.status() == LineStatus.ACTIVE, a.status() == LineStatus.ACTIVE))
        .map(CreditLine::id).toList();
  }

  private Long customerLineFor(String customerId, String productId, long dealId) {
    List<Long> ids = candidateCustomerLines(customerId, productId, dealId);
    if (ids.isEmpty()) {
      throw new ConflictException(LocalizedText.of("客户 %s 没有可占用的授信额度，须单笔审批（002 第十四、十五条）",
          "customer %s has no line to occupy: a single-transaction approval is needed (002 Art.14-15)").formatted(customerId));
    }
    return ids.get(0);
  }

  private Long counterpartyLine(String counterpartyId, LineOccupation occupation) {
    LineType type = occupation == LineOccupation.INSURER ? LineType.INSURER : LineType.FINANCIAL_INSTITUTION;
    if (counterpartyId == null) {
      throw new ConflictException(LocalizedText.of("占用%s额度须指明交易对手", "occupying a %s line needs the counterparty").formatted(type, type));
    }
    List<Long> ids = em.createQuery("select l.id from CreditLine l where l.customerId = :c and l.lineType = :t and l.status <> :closed order by l.id", Long.class)
        .setParameter("c", counterpartyId).setParameter("t", type).setParameter("closed", LineStatus.CLOSED).getResultList();
    if (ids.isEmpty()) {
      throw new ConflictException(LocalizedText.of("交易对手 %s 没有%s额度", "counterparty %s has no %s line").formatted(counterpartyId, type));
    }
    return ids.get(0);
  }

  /** A comprehensive line less the limits of its single lines and its own drawings (002 Art.16). */
  private BigDecimal freeOfComprehensive(CreditLine comprehensive) {
    BigDecimal reserved = em.createQuery("select coalesce(sum(l.limitAmount), 0) from CreditLine l where l.parentId = :p and l.status <> :closed", BigDecimal.class)
        .setParameter("p", comprehensive.id()).setParameter("closed", LineStatus.CLOSED).getSingleResult();
    return comprehensive.limitAmount().subtract(reserved).subtract(comprehensive.occupied());
  }

  private LineState state(CreditLine l) {
    BigDecimal total = l.occupied();
    BigDecimal available;
    if (l.lineType() == LineType.COMPREHENSIVE) {
      BigDecimal children = em.createQuery("select coalesce(sum(c.occupied), 0) from CreditLine c where c.parentId = :p", BigDecimal.class)
          .setParameter("p", l.id()).getSingleResult();
      total = total.add(children);
      available = freeOfComprehensive(l);
    } else {
      available = l.availableOnItsOwn();
    }
    if (l.status() != LineStatus.ACTIVE) available = BigDecimal.ZERO;
    return new LineState(l, total, available, coefficient(l));
  }

  private BigDecimal coefficient(CreditLine l) {
    return l.riskClass() == null ? BigDecimal.ONE : reference.riskCoefficient(l.riskClass());
  }

  private TransferRule.Side side(CreditLine l) {
    return new TransferRule.Side(l.category(), l.lineType() == LineType.SINGLE_PRODUCT, coefficient(l));
  }

  private void ledger(CreditLine line, Long dealId, LineLedgerEntry.Kind kind, BigDecimal amount, String why, Actor actor) {
    ledger(line, dealId, kind, amount, why, actor.name(), dates.today());
  }

  private void ledger(CreditLine line, Long dealId, LineLedgerEntry.Kind kind, BigDecimal amount, String why, String actor, LocalDate date) {
    em.persist(new LineLedgerEntry(line, dealId, kind, amount, date, why, actor));
    LOG.info("line " + line.code() + " " + kind + " " + amount.toPlainString() + (dealId == null ? "" : " deal " + dealId));
  }

  private static com.tfp.spi.facts.FieldError fe(String field, String zh, String en) {
    return new com.tfp.spi.facts.FieldError(field, LocalizedText.of(zh, en));
  }
}
