package com.tfp.platform.duties.application;

import com.tfp.platform.audit.application.AuditTrail;
import com.tfp.platform.audit.application.Audited;
import com.tfp.platform.duties.domain.DealParties;
import com.tfp.platform.duties.domain.Duty;
import com.tfp.platform.duties.domain.RuleChange;
import com.tfp.platform.duties.domain.RuleChangeKind;
import com.tfp.platform.duties.domain.RuleChangeStatus;
import com.tfp.platform.shared.Actor;
import com.tfp.platform.shared.ConflictException;
import com.tfp.platform.shared.ForbiddenException;
import com.tfp.platform.shared.InvalidInputException;
import com.tfp.platform.shared.NotFoundException;
import com.tfp.platform.shared.Page;
import com.tfp.platform.shared.PageRequest;
import com.tfp.platform.shared.Role;
import com.tfp.spi.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Objects;

/**
 * Four eyes on the bank's rules (rule SOD-RULES-FOUR-EYES of {@link com.tfp.platform.duties.domain.DutyPolicy}): a
 * parameter, discount-rate or risk-class change and a product's release are proposed by one administrator and take
 * effect when a different one approves. Each proposal, approval, rejection and withdrawal is one audit record on the
 * rule's target with the old and the new value and both users; a refused decision is one REFUSED record
 * ({@link Audited}). Approval locks the proposal's row, so of two concurrent approvals one applies and the other gets a
 * 409; a proposal whose old value is no longer in force is stale (409): it must be proposed again.
 */
@ApplicationScoped
public class RuleChanges {

  @PersistenceContext(unitName = "tfp")
  EntityManager em;

  @Inject AuditTrail audit;
  @Inject Duties duties;
  @Inject Instance<RuleChangeTarget> targets;

  /**
   * Records a proposal (the caller checked the proposer's duty and the value); nothing changes until it is approved.
   * Runs in the caller's transaction.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public RuleChange propose(RuleChangeKind kind, String target, String productId, String subject, String oldValue, String newValue,
      String reason, Actor proposer) {
    RuleChange c = new RuleChange(kind, target, productId, subject, oldValue, newValue, reason, proposer.name());
    em.persist(c);
    em.flush();
    audit.success(proposer, kind.name() + "_PROPOSED", target, oldValue, newValue,
        "rule change " + c.id() + " proposed by " + proposer.name() + (reason == null ? "" : ": " + reason) + "; waits for another ADMIN");
    return c;
  }

  /** Proposals by status (null: all), newest first; administrators only. */
  @Transactional
  public Page<RuleChange> list(RuleChangeStatus status, PageRequest page, Actor actor) {
    actor.require(Role.ADMIN);
    String where = status == null ? "" : " where c.status = :s";
    var query = em.createQuery("select c from RuleChange c" + where + " order by c.id desc", RuleChange.class)
        .setFirstResult(page.offset()).setMaxResults(page.limit());
    var count = em.createQuery("select count(c) from RuleChange c" + where, Long.class);
    if (status != null) {
      query.setParameter("s", status);
      count.setParameter("s", status);
    }
    return new Page<>(query.getResultList(), count.getSingleResult(), page);
  }

  @Transactional
  public RuleChange find(Long id, Actor actor) {
    actor.require(Role.ADMIN);
    return load(id, LockModeType.NONE);
  }

  /**
   * A different administrator approves: the change applies now, recorded on its target as the command it is
   * ({@code PARAMETER_SET} …) with the old and new value, the approver as actor and the proposer in the detail.
   */
  @Transactional
  @Audited(value = "RULE_CHANGE_APPROVE", target = "rule-change")
  public RuleChange approve(Long id, Actor actor) {
    RuleChange c = load(id, LockModeType.PESSIMISTIC_WRITE);
    duties.check(Duty.RULE_CHANGE_APPROVE, actor, DealParties.proposal(c.proposedBy()));
    RuleChangeTarget holder = targetOf(c.kind());
    String now = holder.currentValue(c);
    if (c.status() == RuleChangeStatus.PENDING && !Objects.equals(now, c.oldValue())) {
      throw new ConflictException(LocalizedText.of("规则变更 %s 已过时：提议时为 %s，现为 %s；请重新提议",
          "rule change %s is stale: proposed against %s, now %s; propose it again").formatted(c.id(), c.oldValue(), now));
    }
    c.decide(RuleChangeStatus.APPROVED, actor.name(), null);
    holder.apply(c, actor);
    em.flush();
    audit.success(actor, c.kind().name(), c.target(), c.oldValue(), c.newValue(),
        "rule change " + c.id() + " proposed by " + c.proposedBy() + ", approved by " + actor.name());
    return c;
  }

  /** A different administrator rejects, with a reason; nothing changes. */
  @Transactional
  @Audited(value = "RULE_CHANGE_REJECT", target = "rule-change")
  public RuleChange reject(Long id, String reason, Actor actor) {
    RuleChange c = load(id, LockModeType.PESSIMISTIC_WRITE);
    duties.check(Duty.RULE_CHANGE_REJECT, actor, DealParties.proposal(c.proposedBy()));
    String why = requireReason(reason);
    c.decide(RuleChangeStatus.REJECTED, actor.name(), why);
    em.flush();
    audit.success(actor, c.kind().name() + "_REJECTED", c.target(), c.oldValue(), c.newValue(),
        "rule change " + c.id() + " proposed by " + c.proposedBy() + ", rejected by " + actor.name() + ": " + why);
    return c;
  }

  /** The proposer takes a pending proposal back; nobody else may. */
  @Transactional
  @Audited(value = "RULE_CHANGE_WITHDRAW", target = "rule-change")
  public RuleChange withdraw(Long id, Actor actor) {
    actor.require(Role.ADMIN);
    RuleChange c = load(id, LockModeType.PESSIMISTIC_WRITE);
    if (!c.proposedBy().equals(actor.name())) {
      throw new ForbiddenException(LocalizedText.of("只有提出人可以撤回规则变更 %s（提出人 %s）",
          "only the proposer may withdraw rule change %s (proposed by %s)").formatted(c.id(), c.proposedBy()));
    }
    c.decide(RuleChangeStatus.WITHDRAWN, actor.name(), null);
    em.flush();
    audit.success(actor, c.kind().name() + "_WITHDRAWN", c.target(), c.oldValue(), c.newValue(),
        "rule change " + c.id() + " withdrawn by its proposer " + actor.name());
    return c;
  }

  private RuleChange load(Long id, LockModeType lock) {
    RuleChange c = id == null ? null : em.find(RuleChange.class, id, lock);
    if (c == null) throw new NotFoundException(LocalizedText.of("未知规则变更 %s", "unknown rule change %s").formatted(id));
    return c;
  }

  private RuleChangeTarget targetOf(RuleChangeKind kind) {
    return targets.stream().filter(t -> t.kinds().contains(kind)).findFirst()
        .orElseThrow(() -> new IllegalStateException("nothing applies rule changes of kind " + kind));
  }

  private static String requireReason(String reason) {
    if (reason == null || reason.isBlank()) throw InvalidInputException.of("reason", "须说明理由", "a reason is required");
    if (reason.length() > 500) throw InvalidInputException.of("reason", "不得超过 500 字", "at most 500 characters");
    return reason.strip();
  }
}
