package com.tfp.platform.audit.application;

import com.tfp.platform.shared.Actor;
import com.tfp.platform.shared.ForbiddenException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
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

  /**
   * The audited commands this thread is inside, outermost first: a refusal or failure is recorded once, by the
   * outermost command that records that kind of exception (a new deal refused inside its evaluation is the refused
   * APPLICATION_CREATE, not also an evaluation's refusal).
   */
  private static final ThreadLocal<Deque<Audited>> ENCLOSING = ThreadLocal.withInitial(ArrayDeque::new);

  /** The binding without values (this class's own), for a command whose annotation the method and class do not show. */
  private static final Audited PLAIN = AuditedInterceptor.class.getAnnotation(Audited.class);

  @AroundInvoke
  Object record(InvocationContext ctx) throws Exception {
    Audited a = ctx.getMethod().getAnnotation(Audited.class);
    if (a == null) a = ctx.getMethod().getDeclaringClass().getAnnotation(Audited.class);
    if (a == null) a = PLAIN;
    Deque<Audited> enclosing = ENCLOSING.get();
    enclosing.addLast(a);
    try {
      return ctx.proceed();
    } catch (RuntimeException e) {
      boolean outerRecords = false;
      Iterator<Audited> outer = enclosing.iterator();
      for (int i = 0; i < enclosing.size() - 1; i++) outerRecords |= records(outer.next(), e);
      if (!outerRecords && records(a, e)) recordFailure(ctx, a, e);
      throw e;
    } finally {
      enclosing.removeLast();
      if (enclosing.isEmpty()) ENCLOSING.remove();
    }
  }

  private static boolean records(Audited a, RuntimeException e) {
    return !a.refusalsOnly() || e instanceof ForbiddenException;
  }

  private void recordFailure(InvocationContext ctx, Audited a, RuntimeException e) {
    Actor actor = null;
    String target = null;
    String named = null;
    String namedTarget = null;
    for (Object p : ctx.getParameters()) {
      if (p instanceof Actor who) actor = who;
      else if (p instanceof AuditedCommand c) {
        named = c.auditedName();
        namedTarget = c.auditedTarget();
      } else if (target == null && (p instanceof String || p instanceof Long)) target = String.valueOf(p);
    }
    String command = named != null ? named
        : !a.value().isEmpty() ? a.value() : ctx.getMethod().getDeclaringClass().getSimpleName() + "." + ctx.getMethod().getName();
    if (target != null && !a.target().isEmpty()) target = a.target() + "/" + target;
    if (namedTarget != null) target = namedTarget;
    try {
      trail.failure(actor, command, target == null ? "-" : target, e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (RuntimeException auditFailed) {
      e.addSuppressed(auditFailed);
    }
  }
}
