package com.tfp.platform.duties.domain;

import com.tfp.platform.shared.Actor;
import com.tfp.platform.shared.ForbiddenException;
import com.tfp.platform.shared.Role;
import com.tfp.spi.LocalizedText;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Segregation of duties, in one place: which roles give each money-moving or rule-changing command ({@link Duty}) and
 * who may not give it on a particular deal (creator ≠ reviewer ≠ approver ≠ disburser). The deal, the servicing, the
 * reference data and the catalogue ask this policy before they act; a refusal is a {@link ForbiddenException} (403,
 * as maker ≠ checker always was) naming the rule.
 *
 * <p>Sources: 002 Art.29-34 give origination to Corporate Business (customer manager), document review and the
 * operations to International Business, approval within authority to Risk Management, escalation above it; 001 出口信用证
 * Art.4 has a deal reviewed by the customer, international and credit departments and then approved by an authorised
 * approver; 004 Art.18-20 and its appendix 3 (出口押汇审批表) have the branch apply, International Business review, the
 * approver decide and IB's handler book the bill purchase, each signing "以明确责任" (to make responsibility clear).
 * Where they are silent the rule is a bank default, configurable, and shown as such.
 */
public final class DutyPolicy {

  /** The roles that act on deals: a user changing the bank's rules holds none of them (rule SOD-RULES-DEAL-ROLE). */
  public static final Set<Role> DEAL_ROLES = Set.copyOf(EnumSet.of(Role.CUSTOMER_MANAGER, Role.IB_REVIEWER, Role.RISK_APPROVER,
      Role.INTEGRATION, Role.INTEGRATION_SERVICING));

  private static final Set<Duty> CHECKS = Set.copyOf(EnumSet.of(Duty.REVIEW, Duty.ACKNOWLEDGE, Duty.APPROVE, Duty.APPROVE_ESCALATED,
      Duty.REJECT, Duty.RETURN));
  private static final Set<Duty> RULE_CHANGES = Set.copyOf(EnumSet.of(Duty.PARAMETER_CHANGE, Duty.RISK_CLASS_CHANGE,
      Duty.PRODUCT_QUARANTINE, Duty.PRODUCT_RELEASE, Duty.RULE_CHANGE_APPROVE, Duty.RULE_CHANGE_REJECT));

  public static final List<DutyRule> RULES = List.of(
      new DutyRule("SOD-CHECK-CREATOR", CHECKS, Party.CREATOR,
          LocalizedText.of("经办人不得审核、审批、确认例外、否决或退回自己发起的业务（审贷分离）",
              "nobody may review, approve, acknowledge, reject or return a deal they created (maker ≠ checker)"),
          "002 Art.29-33; 001 出口信用证 Art.4", null, true),
      new DutyRule("SOD-APPROVE-REVIEWER", Set.of(Duty.APPROVE, Duty.APPROVE_ESCALATED), Party.REVIEWER,
          LocalizedText.of("单证审核人不得审批自己审核过的业务", "the document reviewer may not approve a deal they reviewed (reviewer ≠ approver)"),
          "001 出口信用证 Art.4; 002 Art.32-33", null, true),
      new DutyRule("SOD-ESCALATED-ESCALATOR", Set.of(Duty.APPROVE_ESCALATED), Party.ESCALATOR,
          LocalizedText.of("已上报的业务须由更高权限的另一审批人审批", "an escalated deal needs another, higher approver"),
          "002 Art.33", null, true),
      new DutyRule("SOD-DISBURSE-CREATOR", Set.of(Duty.DISBURSE), Party.CREATOR,
          LocalizedText.of("经办人不得为自己发起的业务放款", "the maker may not disburse a deal they created (creator ≠ disburser)"),
          "002 Art.30, Art.32(4); 004 Art.18-20, appendix 3", null, true),
      new DutyRule("SOD-DISBURSE-APPROVER", Set.of(Duty.DISBURSE), Party.APPROVER,
          LocalizedText.of("审批人不得为自己审批的业务放款", "the approver may not disburse a deal they approved (approver ≠ disburser)"),
          "002 Art.31-32; 004 Art.20, appendix 3", null, true),
      new DutyRule("SOD-DISBURSE-REVIEWER", Set.of(Duty.DISBURSE), Party.REVIEWER,
          LocalizedText.of("单证审核人不得为自己审核的业务放款（经办与复核分设）",
              "the document reviewer may not disburse a deal they reviewed (handler ≠ checker in International Business)"),
          "bank default, configurable (004 appendix 3 has IB's 经办 and 复核 sign apart; 004 Art.19-20 let IB review and book)",
          "disburserNotReviewer", false),
      new DutyRule("SOD-COLLECT-CREATOR", Set.of(Duty.COLLECT), Party.CREATOR,
          LocalizedText.of("经办人不得为自己发起的业务记录收汇", "the maker may not record the proceeds of a deal they created"),
          "bank default, configurable (004 Art.23, Art.30: proceeds are International Business's)", "collectorNotCreator", true),
      new DutyRule("SOD-EXTEND-CREATOR", Set.of(Duty.EXTEND), Party.CREATOR,
          LocalizedText.of("经办人不得为自己发起的业务展期", "the maker may not extend a deal they created"),
          "bank default, configurable (002 Art.26, Art.31)", "extenderNotCreator", true),
      new DutyRule("SOD-RULES-DEAL-ROLE", RULE_CHANGES, null,
          LocalizedText.of("变更产品参数、风险类别或停用/恢复产品的用户不得同时担任业务角色（经办、审核、审批、接口）",
              "who changes parameters, risk classes or a product's service holds no deal role (maker, reviewer, approver, integration)"),
          "bank default, configurable (002 Art.31(1)-(2): rules made and supervised apart from the business)", "ruleChangerHoldsNoDealRole", true),
      new DutyRule("SOD-RULES-FOUR-EYES", Set.of(Duty.RULE_CHANGE_APPROVE, Duty.RULE_CHANGE_REJECT), Party.CREATOR,
          LocalizedText.of("参数、贴现率、风险类别变更及产品恢复须由另一名管理员复核批准后生效；提出人不得复核自己的提议（产品停用即时生效：它降低风险）",
              "a parameter, discount-rate or risk-class change and a product's release take effect only when a different administrator "
                  + "approves them; the proposer may not approve or reject their own proposal (a quarantine is immediate: it lowers risk)"),
          "bank default, configurable (004 appendix 3: 经办 and 复核 sign apart, 以明确责任; 002 Art.31(1)-(2), Art.48 风险内控)",
          "ruleChangeFourEyes", true));

  /** One line of the policy as the ADMIN page, {@code GET /duties} and the README show it. */
  public record Row(Duty duty, Set<Role> roles, String rolesSource, List<RuleState> rules) {}

  /** A rule as it stands: in force or not, and whether that is the bank's own setting. */
  public record RuleState(DutyRule rule, boolean inForce) {}

  public static final DutyPolicy DEFAULT = new DutyPolicy(Map.of());

  private final Map<String, Boolean> inForce = new LinkedHashMap<>();

  /** @param settings the bank's own value of configurable rules, by property; absent ones keep their default */
  public DutyPolicy(Map<String, Boolean> settings) {
    for (DutyRule r : RULES) {
      inForce.put(r.id(), !r.configurable() || settings.getOrDefault(r.property(), r.inForceByDefault()));
    }
  }

  /**
   * @throws ForbiddenException when the actor lacks a role of the command, or a rule in force forbids this actor on this
   *     deal; the message names the rule and its source
   */
  public void check(Duty duty, Actor actor, DealParties parties) {
    if (duty.roles().stream().noneMatch(actor::has)) {
      String names = duty.roles().stream().map(Role::name).sorted().collect(Collectors.joining(", "));
      throw new ForbiddenException(LocalizedText.of("%s 需要角色：%s（%s）", "%s requires one of the roles: %s (%s)")
          .formatted(duty.name(), names, duty.source()));
    }
    for (DutyRule r : RULES) {
      if (!r.duties().contains(duty) || !inForce.get(r.id())) continue;
      boolean breaks = r.party() == null
          ? actor.roles().stream().anyMatch(DEAL_ROLES::contains)
          : actor.name().equals(parties.of(r.party()));
      if (breaks) {
        throw new ForbiddenException(LocalizedText.of("职责分离 " + r.id() + "：" + r.text().zh() + "（" + r.source() + "）",
            "segregation of duties " + r.id() + ": " + r.text().en() + " (" + r.source() + ")"));
      }
    }
  }

  public boolean inForce(String ruleId) {
    return inForce.getOrDefault(ruleId, false);
  }

  /** Every command with its roles and its rules, in command order. */
  public List<Row> table() {
    return java.util.Arrays.stream(Duty.values()).map(d -> new Row(d, d.roles(), d.source(),
        RULES.stream().filter(r -> r.duties().contains(d)).map(r -> new RuleState(r, inForce.get(r.id()))).toList())).toList();
  }
}
