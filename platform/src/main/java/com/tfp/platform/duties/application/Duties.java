package com.tfp.platform.duties.application;

import com.tfp.platform.duties.domain.DealParties;
import com.tfp.platform.duties.domain.Duty;
import com.tfp.platform.duties.domain.DutyPolicy;
import com.tfp.platform.duties.domain.DutyRule;
import com.tfp.platform.audit.application.AuditTrail;
import com.tfp.platform.shared.Actor;
import com.tfp.platform.shared.ForbiddenException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/**
 * The bank's segregation-of-duties policy: {@link DutyPolicy} with the bank's own value of each configurable rule,
 * {@code tfp.duties.<property>} (MicroProfile Config: a server.xml variable, a system property or an environment
 * variable such as {@code TFP_DUTIES_DISBURSERNOTREVIEWER}), read once at start.
 */
@ApplicationScoped
public class Duties {

  @Inject Config config;
  @Inject AuditTrail audit;

  private DutyPolicy policy = DutyPolicy.DEFAULT;

  @PostConstruct
  void init() {
    Map<String, Boolean> settings = new HashMap<>();
    for (DutyRule r : DutyPolicy.RULES) {
      if (r.configurable()) config.getOptionalValue("tfp.duties." + r.property(), Boolean.class).ifPresent(v -> settings.put(r.property(), v));
    }
    policy = new DutyPolicy(settings);
  }

  public DutyPolicy policy() {
    return policy;
  }

  /** @see DutyPolicy#check */
  public void check(Duty duty, Actor actor, DealParties parties) {
    policy.check(duty, actor, parties);
  }

  /**
   * A command on the bank's rules (no deal): a refusal is recorded in the audit trail with the target here, in every
   * interface alike (REST, SOAP, the pages), since the reference data and the catalogue are not {@code @Audited}.
   */
  public void checkRuleChange(Duty duty, Actor actor, String target) {
    try {
      policy.check(duty, actor, DealParties.NONE);
    } catch (ForbiddenException e) {
      audit.failure(actor, duty.name(), target, e.getClass().getSimpleName() + ": " + e.getMessage());
      throw e;
    }
  }

  public List<DutyPolicy.Row> table() {
    return policy.table();
  }
}
