package com.tfp.platform.shared;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

/**
 * Tells whether a failure is the database refusing a concurrent update (a lock timeout, a stale version): a state
 * conflict the caller may retry, not an internal error. Interfaces ask here so they need not know the persistence API.
 */
public final class ConcurrentUpdate {

  private ConcurrentUpdate() {}

  public static boolean causedBy(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof PessimisticLockException || c instanceof LockTimeoutException || c instanceof OptimisticLockException) {
        return true;
      }
    }
    return false;
  }
}
