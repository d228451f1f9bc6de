package com.tfp.platform.deal.application;

import com.tfp.platform.audit.application.AuditTrail;
import com.tfp.platform.audit.application.AuditedCommand;
import com.tfp.platform.audit.application.Audited;
import com.tfp.platform.customer.application.CustomerDirectory;
import com.tfp.platform.customer.domain.Customer;
import com.tfp.platform.deal.domain.Application;
import com.tfp.platform.deal.domain.ApplicationStatus;
import com.tfp.platform.deal.domain.DocumentClaim;
import com.tfp.platform.deal.domain.TradeDocument;
import com.tfp.platform.duties.application.Duties;
import com.tfp.platform.duties.domain.Duty;
import com.tfp.platform.eod.application.BusinessDates;
import com.tfp.platform.evaluation.application.EvaluationCommand;
import com.tfp.spi.evaluation.AppliedDefault;
import com.tfp.platform.evaluation.application.EvaluationOutcome;
import com.tfp.platform.evaluation.application.EvaluationService;
import com.tfp.platform.line.application.CreditLines;
import com.tfp.platform.reference.application.BankReference;
import com.tfp.platform.security.application.PlatformUsers;
import com.tfp.platform.shared.Actor;
import com.tfp.platform.shared.ConflictException;
import com.tfp.platform.shared.InvalidInputException;
import com.tfp.platform.shared.NotFoundException;
import com.tfp.platform.shared.Page;
import com.tfp.platform.shared.PageRequest;
import com.tfp.platform.shared.StaleVersionException;
import com.tfp.platform.shared.Role;
import com.tfp.platform.shared.RuleViolationException;
import com.tfp.spi.LocalizedText;
import com.tfp.spi.evaluation.Decision;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.Finding;
import com.tfp.spi.evaluation.LineOccupation;
import com.tfp.spi.evaluation.Severity;
import com.tfp.spi.evaluation.Step;
import com.tfp.spi.facts.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Deals from creation to approval: created from an evaluation by the product's active plug-in (customer facts from the
 * master), refused when a document already backs a live deal (X2), then taken through maker-checker decisions.
 */
@ApplicationScoped
@Audited
public class Applications {

  private static final Logger LOG = Logger.getLogger(Applications.class.getName());
  /** Record components only (fields): derived accessors such as LocalizedText.isComplete() are not part of a snapshot. */
  private static final Jsonb JSON = JsonbBuilder.create(new jakarta.json.bind.JsonbConfig()
      .withPropertyVisibilityStrategy(new jakarta.json.bind.config.PropertyVisibilityStrategy() {
        @Override
        public boolean isVisible(java.lang.reflect.Field field) {
          return !java.lang.reflect.Modifier.isStatic(field.getModifiers());
        }

        @Override
        public boolean isVisible(java.lang.reflect.Method method) {
          return false;
        }
      }));

  /** What a decision carries: the action, the comment, acknowledgements of REFER findings, a new maturity (EXTEND). */
  /** @param expectedVersion the version the caller decided on (If-Match), or null to act on the current one */
  public record DecisionCommand(String action, String comment, Map<String, String> acknowledgements, LocalDate newMaturityDate,
      Long expectedVersion) implements AuditedCommand {

    /** The decisions a deal knows; anything else is refused as an unknown action. */
    static final Set<String> ACTIONS = Set.of("SUBMIT", "REVIEW", "APPROVE", "REJECT", "RETURN", "ACKNOWLEDGE", "EXTEND", "CLOSE");

    /** APPLICATION_APPROVE and so on, for a known action; an unknown one stays APPLICATION_DECIDE. */
    @Override
    public String auditedName() {
      return action != null && ACTIONS.contains(action) ? "APPLICATION_" + action : null;
    }
  }

  @PersistenceContext(unitName = "tfp")
  EntityManager em;

  @Inject EvaluationService evaluations;
  @Inject CustomerDirectory customers;
  @Inject CreditLines lines;
  @Inject BusinessDates dates;
  @Inject BankReference bank;
  @Inject PlatformUsers users;
  @Inject AuditTrail audit;
  @Inject Duties duties;
  @Inject com.tfp.platform.customer.application.Entitlements entitlements;

  @Transactional
  @Audited(value = "APPLICATION_CREATE", target = "application")
  public Application create(NewApplication n, Actor actor, List<FieldError> alreadyFound) {
    duties.check(Duty.CREATE, actor, com.tfp.platform.duties.domain.DealParties.NONE);
    List<FieldError> errors = new ArrayList<>(alreadyFound);
    if (n.evaluation().customerId() == null) errors.add(fe("customerId", "必填：业务须关联客户", "required: a deal belongs to a customer"));
    if (n.requestedAmount() == null || n.requestedAmount().signum() <= 0) errors.add(fe("requestedAmount", "须为正数", "must be a positive amount"));
    if (n.documents() == null || n.documents().isEmpty()) {
      errors.add(fe("documents", "每笔业务须附贸易单据（类型、号码、出具人）（000 第三、十一条）", "every deal carries its trade documents (type, number, issuer) (000 §3, §11)"));
    } else {
      for (int i = 0; i < n.documents().size(); i++) {
        NewApplication.Document d = n.documents().get(i);
        if (d.type() == null || !d.type().matches("[A-Z][A-Z0-9_-]{1,29}")) errors.add(fe("documents[" + i + "].type", "须为单据类型代码，如 INVOICE", "must be a document type code such as INVOICE"));
        if (d.number() == null || d.number().isBlank() || d.number().length() > 80) errors.add(fe("documents[" + i + "].number", "必填", "required"));
      }
    }
    for (var money : Map.of("cashMargin", opt(n.cashMargin()), "pledgeCover", opt(n.pledgeCover()), "fees", opt(n.fees())).entrySet()) {
      if (money.getValue().signum() < 0) errors.add(fe(money.getKey(), "不得为负", "must not be negative"));
    }
    if (n.interestRate() != null && (n.interestRate().signum() < 0 || n.interestRate().compareTo(BigDecimal.ONE) > 0)) {
      errors.add(fe("interestRate", "须为 0 至 1 之间的年利率", "must be an annual rate between 0 and 1"));
    }
    EvaluationCommand command = n.evaluation();
    // entitlements (issue 16): the evaluation refuses a customer of another branch before it reads its facts — one
    // check, one audit record (this command's: APPLICATION_CREATE on customer/<id>)
    List<AppliedDefault> defaulted = List.of();
    if (command.valueDate() == null && errors.stream().noneMatch(e -> e.field().equals("valueDate"))) {
      defaulted = List.of(valueDateDefault());
      command = withValueDate(command, dates.today());
    }
    EvaluationOutcome outcome = evaluations.evaluate(command, actor, errors, defaulted);
    Evaluation e = outcome.evaluation();
    Customer customer = customers.find(n.evaluation().customerId());
    for (NewApplication.Document d : n.documents()) {
      String k = new TradeDocument(d.type(), d.number().trim(), d.issuer()).claimKey(customer.id());
      DocumentClaim existing = k == null ? null : em.find(DocumentClaim.class, k);
      if (existing != null && !java.util.Objects.equals(existing.applicationId(), n.earlierStageDealId())) {
        throw doubleFinancing(k, existing.applicationId(), existing.productId());
      }
    }
    if (e.decision() == Decision.REJECT) {
      String rejects = e.findings().stream().filter(f -> f.severity() == Severity.REJECT).map(f -> f.code() + " (" + f.source() + ")").collect(Collectors.joining(", "));
      throw new RuleViolationException(LocalizedText.of("评估结论为拒绝，不能建立业务：%s", "the evaluation REJECTs the deal: %s").formatted(rejects, rejects));
    }
    if (e.maxAmount() != null && n.requestedAmount().compareTo(e.maxAmount()) > 0) {
      String source = e.amountSteps().stream().filter(Step::binding).map(Step::source).findFirst().orElse("evaluation");
      throw new RuleViolationException(LocalizedText.of("申请金额 %s 超过评估最高金额 %s（%s）", "the requested amount %s is above the evaluated maximum %s (%s)")
          .formatted(n.requestedAmount().toPlainString(), e.maxAmount().toPlainString(), source));
    }
    Application earlier = null;
    if (n.earlierStageDealId() != null) {
      earlier = em.find(Application.class, n.earlierStageDealId());
      if (earlier == null || !earlier.customerId().equals(customer.id())) {
        throw InvalidInputException.of("earlierStageDealId", "须为同一客户的前一阶段业务", "must be an earlier-stage deal of the same customer");
      }
    }
    String counterparty = n.counterpartyId();
    if (counterparty == null && e.lineOccupation() == LineOccupation.INSURER) {
      Object insurer = outcome.evaluation() == null ? null : n.evaluation().facts().get("insurer");
      if (insurer != null) counterparty = customers.insurerByCode(insurer.toString()).id();
    }
    if (counterparty != null) customers.find(counterparty);
    BigDecimal rate = n.interestRate() != null ? n.interestRate() : bank.interestRate(outcome.currency());
    Set<String> referCodes = e.findings().stream().filter(f -> f.severity() == Severity.REFER).map(Finding::code).collect(Collectors.toCollection(LinkedHashSet::new));
    List<TradeDocument> docs = n.documents().stream().map(d -> new TradeDocument(d.type(), d.number().trim(), d.issuer())).toList();
    LocalDate today = dates.today();
    Application app = new Application(customer.id(), outcome.product(), outcome.productVersion(), outcome.variant(), outcome.currency(),
        outcome.valueDate(), n.requestedAmount(), e.decision().name(), e.maxAmount(), e.maturityDate(), e.riskClass(), e.lineOccupation(),
        e.marginRatio(), e.earlierStageRepayment(), referCodes, snapshot(outcome), docs, n.earlierStageDealId(), counterparty,
        opt(n.cashMargin()), opt(n.pledgeCover()), rate, opt(n.fees()), actor.name(), today);
    em.persist(app);
    em.flush();
    claimDocuments(app, earlier);
    audit.success(actor, "APPLICATION_CREATE", "application/" + app.id(), null, app.snapshot());
    LOG.info("deal " + app.id() + " created: " + app.productId() + " " + app.productVersion() + " for " + app.customerId());
    return app;
  }

  /**
   * What {@link #create} would evaluate, recording nothing (the application page's preview): the same value-date
   * default, listed among the evaluation's defaults.
   */
  public EvaluationOutcome preview(EvaluationCommand command, Actor actor) {
    if (command.valueDate() != null) return evaluations.evaluate(command, actor);
    return evaluations.evaluate(withValueDate(command, dates.today()), actor, List.of(), List.of(valueDateDefault()));
  }

  /** API.md: the value date of a new deal is the business date unless the request names one (as for disbursement). */
  private AppliedDefault valueDateDefault() {
    LocalDate businessDate = dates.today();
    return new AppliedDefault("valueDate", businessDate.toString(), LocalizedText.of(
        "未提供起息日：取本行营业日 " + businessDate, "No value date given: the bank's business date " + businessDate),
        "API.md Deals", false);
  }

  private static EvaluationCommand withValueDate(EvaluationCommand c, LocalDate valueDate) {
    return new EvaluationCommand(c.product(), c.variant(), c.currency(), valueDate, c.customerId(), c.facts());
  }

  /** PRODUCTS.md X2: each financeable document may back one live deal, across all products. */
  private void claimDocuments(Application app, Application earlierStage) {
    Set<String> keys = new LinkedHashSet<>();
    for (TradeDocument d : app.documents()) {
      String k = d.claimKey(app.customerId());
      if (k != null) keys.add(k);
    }
    for (String k : keys) {
      DocumentClaim existing = em.find(DocumentClaim.class, k, LockModeType.PESSIMISTIC_WRITE);
      if (existing != null) {
        if (earlierStage != null && existing.applicationId() == earlierStage.id()) {
          existing.passTo(app.id(), app.productId());
          continue;
        }
        throw doubleFinancing(k, existing.applicationId(), existing.productId());
      }
      em.persist(new DocumentClaim(k, app.id(), app.productId()));
    }
    try {
      em.flush();
    } catch (PersistenceException raced) {
      throw new ConflictException(LocalizedText.of("单据已被另一笔同时提交的业务占用（X2 禁止重复融资）",
          "a document is being claimed by another deal submitted at the same time (PRODUCTS.md X2: no double financing)"));
    }
  }

  private ConflictException doubleFinancing(String key, long dealId, String product) {
    Application other = em.find(Application.class, dealId);
    String status = other == null ? "?" : other.status().name();
    return new ConflictException(LocalizedText.of("重复融资：单据 %s 已用于在途业务 %s（产品 %s，状态 %s）（X2；000 第十三条）",
        "double financing: document %s already backs live deal %s (product %s, %s) (PRODUCTS.md X2; 000 §13)")
        .formatted(key, dealId, product, status));
  }

  /** Releases the deal's document claims once it no longer lives (rejected, settled). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void releaseDocuments(long dealId) {
    em.createQuery("delete from DocumentClaim c where c.applicationId = :d").setParameter("d", dealId).executeUpdate();
  }

  @Transactional
  @Audited(value = "APPLICATION_DECIDE", target = "application")
  public Application decide(Long id, DecisionCommand cmd, Actor actor) {
    entitled(find(id), actor);
    Application app = lock(id);
    if (cmd.expectedVersion() != null && cmd.expectedVersion() != app.version()) {
      throw new StaleVersionException(LocalizedText.of("业务 %s 已被他人更新（当前版本 %s，请求版本 %s），请刷新后再决定",
          "deal %s has changed since you read it (version %s now, %s in the request): reload and decide again")
          .formatted(id, app.version(), cmd.expectedVersion()));
    }
    String before = app.snapshot();
    if (cmd.acknowledgements() != null) cmd.acknowledgements().forEach((code, note) -> app.acknowledge(duties.policy(), actor, code, note));
    String action = cmd.action() == null ? "" : cmd.action();
    switch (action) {
      case "SUBMIT" -> app.submit(duties.policy(), actor, cmd.comment());
      case "REVIEW" -> app.reviewDocuments(duties.policy(), actor, cmd.comment());
      case "APPROVE" -> approve(app, actor, cmd.comment());
      case "REJECT" -> {
        app.reject(duties.policy(), actor, cmd.comment());
        releaseDocuments(app.id());
      }
      case "RETURN" -> app.returnToMaker(duties.policy(), actor, cmd.comment());
      case "ACKNOWLEDGE" -> {
        duties.check(Duty.ACKNOWLEDGE, actor, app.parties());
        if (cmd.acknowledgements() == null || cmd.acknowledgements().isEmpty()) throw InvalidInputException.of("acknowledgements", "必填", "required");
      }
      case "EXTEND" -> extend(app, cmd, actor);
      case "CLOSE" -> {
        app.close(duties.policy(), actor, cmd.comment());
        lines.dealEnded(app.id(), actor.name());
      }
      default -> throw InvalidInputException.of("action", "须为 SUBMIT、REVIEW、APPROVE、REJECT、RETURN、ACKNOWLEDGE、EXTEND 或 CLOSE",
          "must be SUBMIT, REVIEW, APPROVE, REJECT, RETURN, ACKNOWLEDGE, EXTEND or CLOSE");
    }
    em.flush();
    audit.success(actor, cmd.auditedName(), "application/" + app.id(), before, app.snapshot());
    LOG.info("deal " + app.id() + " " + action + " by " + actor.name() + " -> " + app.status());
    return app;
  }

  private void approve(Application app, Actor actor, String comment) {
    Customer customer = customers.find(app.customerId());
    if (app.lineOccupation() == LineOccupation.CUSTOMER && customers.record(customer).linesSuspended()) {
      throw new ConflictException(LocalizedText.of("客户 %s 的授信额度已暂停使用，须风险管理部门审核恢复（002 第四十四、四十五条）",
          "customer %s has its lines suspended until Risk Management releases them (002 Art.44-45)").formatted(customer.id()));
    }
    BigDecimal authority = bank.authorityCny(users.authorityLevelOf(actor.name()));
    BigDecimal amountCny = bank.convert(app.requestedAmount(), app.currency(), "CNY");
    app.approve(duties.policy(), actor, comment, authority, amountCny);
    if (app.status() == ApplicationStatus.APPROVED && app.lineOccupation() == LineOccupation.CUSTOMER
        && app.uncovered(app.requestedAmount()).signum() > 0 && !lines.hasCustomerLineFor(app.customerId(), app.productId(), app.id())) {
      lines.approveSingleTransaction(app.customerId(), app.id(), app.uncovered(app.requestedAmount()), app.currency(), app.maturityDate(), actor.name());
    }
  }

  /** An extension of maturity, where the product allows one: bill purchase does not (004 Art.25). */
  private void extend(Application app, DecisionCommand cmd, Actor actor) {
    duties.check(Duty.EXTEND, actor, app.parties());
    var servicing = bank.servicing(app.productId());
    if (!servicing.extensionAllowed()) {
      throw new RuleViolationException(LocalizedText.of("该产品到期不得办理展期，须转入逾期（%s）", "this product may not be extended at maturity; it moves to overdue (%s)")
          .formatted(servicing.source(), servicing.source()));
    }
    if (app.status() != ApplicationStatus.DISBURSED) throw new ConflictException(LocalizedText.of("只有已放款未逾期的业务可以展期", "only a disbursed deal not yet overdue can be extended"));
    if (cmd.newMaturityDate() == null || !cmd.newMaturityDate().isAfter(app.maturityDate())) throw InvalidInputException.of("newMaturityDate", "须晚于原到期日", "must be after the current maturity");
    app.extendMaturity(cmd.newMaturityDate(), actor, cmd.comment());
  }

  @Transactional
  @Audited(value = "APPLICATION_READ", target = "application") // a refused read (another branch's deal) names its deal
  public Application get(Long id, Actor actor) {
    actor.require(Role.values());
    return entitled(find(id), actor);
  }

  /** The deal, if its customer is in the actor's branch's portfolio (issue 16); else 403. */
  Application entitled(Application app, Actor actor) {
    entitlements.require(actor, customers.find(app.customerId()));
    return app;
  }

  @Transactional
  public Page<Application> list(String customerId, ApplicationStatus status, PageRequest page, Actor actor) {
    actor.require(Role.values());
    StringBuilder where = new StringBuilder(" from Application a where " + entitlements.condition(actor, "a.customerId"));
    if (customerId != null) where.append(" and a.customerId = :c");
    if (status != null) where.append(" and a.status = :s");
    var query = em.createQuery("select a" + where + " order by a.id", Application.class)
        .setFirstResult(page.offset()).setMaxResults(page.limit());
    var count = em.createQuery("select count(a)" + where, Long.class);
    entitlements.bind(actor, query);
    entitlements.bind(actor, count);
    if (customerId != null) {
      query.setParameter("c", customerId);
      count.setParameter("c", customerId);
    }
    if (status != null) {
      query.setParameter("s", status);
      count.setParameter("s", status);
    }
    return new Page<>(query.getResultList(), count.getSingleResult(), page);
  }

  public Application find(Long id) {
    Application a = id == null ? null : em.find(Application.class, id);
    if (a == null) throw new NotFoundException(LocalizedText.of("未知业务 %s", "unknown application %s").formatted(id));
    return a;
  }

  Application lock(Long id) {
    Application a = find(id);
    if (em.getLockMode(a) != LockModeType.PESSIMISTIC_WRITE) em.refresh(a, LockModeType.PESSIMISTIC_WRITE);
    return a;
  }

  private static String snapshot(EvaluationOutcome o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("product", o.product());
    m.put("productVersion", o.productVersion());
    m.put("variant", o.variant());
    m.put("currency", o.currency());
    m.put("valueDate", o.valueDate().toString());
    m.put("evaluation", o.evaluation());
    return JSON.toJson(m);
  }

  private static BigDecimal opt(BigDecimal d) {
    return d == null ? BigDecimal.ZERO : d;
  }

  private static FieldError fe(String field, String zh, String en) {
    return new FieldError(field, LocalizedText.of(zh, en));
  }
}
