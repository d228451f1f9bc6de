package com.tfp.platform.idempotency.application;

import com.tfp.platform.idempotency.domain.IdempotentCommand;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The record of keyed commands; every change commits on its own, before or after the command's own transaction. */
@ApplicationScoped
public class IdempotencyStore {

  @PersistenceContext(unitName = "tfp")
  EntityManager em;

  /** Records the command as in flight; fails (duplicate key) when the key is already recorded. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(String key, String actor, String command, String requestHash) {
    em.persist(new IdempotentCommand(key, actor, command, requestHash));
    em.flush();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public IdempotentCommand find(String key) {
    return em.find(IdempotentCommand.class, key);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void complete(String key, int status, String location, String body) {
    em.find(IdempotentCommand.class, key).done(status, location, body);
  }

  /** A command that failed is forgotten, so that a corrected retry with the same key may run. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void forget(String key) {
    IdempotentCommand c = em.find(IdempotentCommand.class, key);
    if (c != null && c.state() == IdempotentCommand.State.IN_FLIGHT) em.remove(c);
  }
}
