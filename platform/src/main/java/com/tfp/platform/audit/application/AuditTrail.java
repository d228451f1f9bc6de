package com.tfp.platform.audit.application;

import com.tfp.platform.audit.domain.AuditRecord;
import com.tfp.platform.shared.Actor;
import com.tfp.platform.shared.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import com.tfp.platform.shared.Page;
import com.tfp.platform.shared.PageRequest;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The append-only audit trail. A successful command is recorded in its own transaction, so the record and the change
 * commit or roll back together; a refused or failed command is recorded in a new transaction, so it stays.
 */
@ApplicationScoped
public class AuditTrail {

  @PersistenceContext(unitName = "tfp")
  EntityManager em;

  @Transactional(Transactional.TxType.MANDATORY)
  public void success(Actor actor, String command, String target, String before, String after) {
    success(actor, command, target, before, after, null);
  }

  /** A success with a note: e.g. who proposed and who approved a rule change. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void success(Actor actor, String command, String target, String before, String after, String detail) {
    em.persist(new AuditRecord(actor.name(), roles(actor), command, target, before, after, "OK", detail));
  }

  /** Whether a refusal or failure was recorded on this thread since {@link #startRequest} (the interfaces ask, issue 16). */
  private static final ThreadLocal<Boolean> RECORDED = new ThreadLocal<>();

  /** A request begins on this thread: nothing recorded for it yet. */
  public static void startRequest() {
    RECORDED.remove();
  }

  public static boolean recordedOnThisThread() {
    return Boolean.TRUE.equals(RECORDED.get());
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failure(Actor actor, String command, String target, String detail) {
    RECORDED.set(Boolean.TRUE);
    em.persist(new AuditRecord(actor == null ? "anonymous" : actor.name(), actor == null ? "" : roles(actor), command, target, null, null,
        "REFUSED", detail));
  }

  /** A refusal before any service (401, a role-layer 403), as {@link Refusals} passes it on. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void refusal(String user, String roles, String operation, String target, String detail) {
    RECORDED.set(Boolean.TRUE);
    em.persist(new AuditRecord(cut(user, 60), cut(roles, 200), cut(operation, 60), cut(target, 120), null, null, "REFUSED", detail));
  }

  private static String cut(String s, int max) {
    return s == null ? "-" : s.length() <= max ? s : s.substring(0, max);
  }

  /** Every record of one target ({@code application/7}), oldest first; callers check who may see the target. */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<AuditRecord> ofTarget(String target) {
    return em.createQuery("select a from AuditRecord a where a.target = :t order by a.id", AuditRecord.class)
        .setParameter("t", target).getResultList();
  }

  /**
   * The trail, newest first, filtered by target, actor (user) and a UTC date-time range ({@code from} inclusive,
   * {@code to} exclusive; either may be null), one page of it.
   */
  @Transactional
  public Page<AuditRecord> search(String target, String actorName, LocalDateTime from, LocalDateTime to, PageRequest page, Actor actor) {
    actor.require(Role.ADMIN, Role.RISK_APPROVER);
    StringBuilder where = new StringBuilder(" from AuditRecord a where 1 = 1");
    if (target != null) where.append(" and a.target = :t");
    if (actorName != null) where.append(" and a.actor = :u");
    if (from != null) where.append(" and a.recordedAt >= :f");
    if (to != null) where.append(" and a.recordedAt < :e");
    var query = em.createQuery("select a" + where + " order by a.id desc", AuditRecord.class)
        .setFirstResult(page.offset()).setMaxResults(page.limit());
    var count = em.createQuery("select count(a)" + where, Long.class);
    for (var q : List.<jakarta.persistence.Query>of(query, count)) {
      if (target != null) q.setParameter("t", target);
      if (actorName != null) q.setParameter("u", actorName);
      if (from != null) q.setParameter("f", from);
      if (to != null) q.setParameter("e", to);
    }
    return new Page<>(query.getResultList(), count.getSingleResult(), page);
  }

  private static String roles(Actor a) {
    return a.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
  }
}
