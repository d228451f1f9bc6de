package com.tfp.platform.audit.application;

import com.tfp.platform.audit.domain.AuditRecord;
import com.tfp.platform.shared.Actor;
import com.tfp.platform.shared.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
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
    em.persist(new AuditRecord(actor.name(), roles(actor), command, target, before, after, "OK", null));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failure(Actor actor, String command, String target, String detail) {
    em.persist(new AuditRecord(actor == null ? "anonymous" : actor.name(), actor == null ? "" : roles(actor), command, target, null, null,
        "REFUSED", detail));
  }

  /** Every record of one target ({@code application/7}), oldest first; callers check who may see the target. */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<AuditRecord> ofTarget(String target) {
    return em.createQuery("select a from AuditRecord a where a.target = :t order by a.id", AuditRecord.class)
        .setParameter("t", target).getResultList();
  }

  @Transactional
  public List<AuditRecord> search(String target, String actorName, int max, Actor actor) {
    actor.require(Role.ADMIN, Role.RISK_APPROVER);
    StringBuilder q = new StringBuilder("select a from AuditRecord a where 1 = 1");
    if (target != null) q.append(" and a.target = :t");
    if (actorName != null) q.append(" and a.actor = :u");
    q.append(" order by a.id desc");
    var query = em.createQuery(q.toString(), AuditRecord.class).setMaxResults(Math.min(Math.max(max, 1), 1000));
    if (target != null) query.setParameter("t", target);
    if (actorName != null) query.setParameter("u", actorName);
    return query.getResultList();
  }

  private static String roles(Actor a) {
    return a.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
  }
}
