package com.tfp.platform.audit.application;

import com.tfp.platform.audit.domain.RefusalWindow;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refusals the interfaces see before any service does — a 401 (no or a wrong credential) and a 403 of the role layer
 * (JAX-RS roles, web.xml constraints) — recorded in the audit trail with user, roles, operation, target and reason,
 * within a {@link RefusalWindow}: {@code tfp.audit.refusals.perClientPerMinute} (20) records per client (and user) and
 * {@code tfp.audit.refusals.perMinute} (300) in all, the rest as one summary record. A refusal a service already
 * recorded (its own {@link Audited} failure) is not recorded again ({@link AuditTrail#recordedOnThisThread}).
 */
@ApplicationScoped
public class Refusals {

  /** One refusal: who (the name tried, for a 401), with which roles, what, on what, why, from where. */
  public record Refusal(int status, String user, String roles, String operation, String target, String reason, String client) {}

  @Inject AuditTrail trail;

  @Inject
  @ConfigProperty(name = "tfp.audit.refusals.perClientPerMinute", defaultValue = "20")
  int perClient;

  @Inject
  @ConfigProperty(name = "tfp.audit.refusals.perMinute", defaultValue = "300")
  int perMinute;

  private RefusalWindow window;

  @PostConstruct
  void init() {
    window = new RefusalWindow(60_000, perClient, perMinute, 10_000);
  }

  public void record(Refusal r) {
    String key = r.status() == 401 ? "401 " + r.client() : r.status() + " " + r.user() + "@" + r.client();
    RefusalWindow.Decision d;
    synchronized (this) {
      d = window.offer(key, System.currentTimeMillis());
    }
    if (d.summary() != null) trail.refusal("system", "", "REFUSALS_COALESCED", "-", d.summary());
    if (d.record()) {
      trail.refusal(r.user() == null || r.user().isBlank() ? "anonymous" : r.user(), r.roles(), r.operation(), r.target(),
          "HTTP " + r.status() + " from " + r.client() + ": " + r.reason());
    }
  }
}
