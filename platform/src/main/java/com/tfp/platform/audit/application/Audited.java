package com.tfp.platform.audit.application;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A command whose refusal or failure is recorded in the audit trail (successes record themselves with before/after),
 * or with {@link #refusalsOnly} only its refusals (a 403): the one way a service audits a refusal. Nested audited calls
 * make one record, the outermost command's.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {
  @Nonbinding
  String value() default "";

  /** The kind of target the first id parameter names (application, line …), as the trail spells targets. */
  @Nonbinding
  String target() default "";

  /**
   * Record only refusals ({@link com.tfp.platform.shared.ForbiddenException}), not other failures: for reads and
   * what-if commands whose invalid input is no event worth an audit record.
   */
  @Nonbinding
  boolean refusalsOnly() default false;
}
