package com.tfp.platform.audit.application;

import com.tfp.platform.shared.Actor;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Records a refused or failed command (who, what, on which target, why) once the command's own transaction has rolled
 * back: the interceptor runs outside {@code @Transactional} (priority below the transaction interceptor's), so the
 * record never waits for a second connection while the command still holds its row locks.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class AuditedInterceptor {

  @Inject AuditTrail trail;

  @AroundInvoke
  Object record(InvocationContext ctx) throws Exception {
    try {
      return ctx.proceed();
    } catch (RuntimeException e) {
      Actor actor = null;
      String target = null;
      String named = null;
      for (Object p : ctx.getParameters()) {
        if (p instanceof Actor a) actor = a;
        else if (p instanceof AuditedCommand c) named = c.auditedName();
        else if (target == null && (p instanceof String || p instanceof Long)) target = String.valueOf(p);
      }
      Audited a = ctx.getMethod().getAnnotation(Audited.class);
      String command = named != null ? named
          : a != null && !a.value().isEmpty() ? a.value() : ctx.getMethod().getDeclaringClass().getSimpleName() + "." + ctx.getMethod().getName();
      if (target != null && a != null && !a.target().isEmpty()) target = a.target() + "/" + target;
      try {
        trail.failure(actor, command, target == null ? "-" : target, e.getClass().getSimpleName() + ": " + e.getMessage());
      } catch (RuntimeException auditFailed) {
        e.addSuppressed(auditFailed);
      }
      throw e;
    }
  }
}
