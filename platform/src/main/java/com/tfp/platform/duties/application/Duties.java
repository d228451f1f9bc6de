package com.tfp.platform.duties.application;

import com.tfp.platform.duties.domain.DealParties;
import com.tfp.platform.duties.domain.Duty;
import com.tfp.platform.duties.domain.DutyPolicy;
import com.tfp.platform.duties.domain.DutyRule;
import com.tfp.platform.audit.application.Audited;
import com.tfp.platform.audit.application.AuditedCommand;
import com.tfp.platform.shared.Actor;
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

  /** A command on the bank's rules, named in the audit trail as its duty ({@code PARAMETER_CHANGE} …). */
  public record RuleCommand(Duty duty) implements AuditedCommand {
    @Override
    public String auditedName() {
      return duty.name();
    }
  }

  /**
   * A command on the bank's rules (no deal): a refusal is one audit record on the target here, in every interface
   * alike (REST, SOAP, the pages) — {@link Audited} in its refusal-only mode, the one way a refusal is audited.
   */
  @Audited(refusalsOnly = true)
  public void checkRuleChange(RuleCommand command, Actor actor, String target) {
    policy.check(command.duty(), actor, DealParties.NONE);
  }

  public List<DutyPolicy.Row> table() {
    return policy.table();
  }
}
