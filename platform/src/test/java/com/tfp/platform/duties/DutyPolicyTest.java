package com.tfp.platform.duties;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.platform.duties.domain.DealParties;
import com.tfp.platform.duties.domain.Duty;
import com.tfp.platform.duties.domain.DutyPolicy;
import com.tfp.platform.duties.domain.DutyRule;
import com.tfp.platform.shared.Actor;
import com.tfp.platform.shared.ForbiddenException;
import com.tfp.platform.shared.Role;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The segregation-of-duties policy (002 Art.29-34; 001 出口信用证 Art.4; 004 Art.18-20, appendix 3), rule by rule. */
class DutyPolicyTest {

  /** A deal made by "maker", reviewed by "reviewer", escalated by "escalator", approved by "approver". */
  static final DealParties DEAL = new DealParties("maker", "reviewer", "escalator", "approver");

  static Actor actor(String name, Role... roles) {
    return new Actor(name, EnumSet.of(roles[0], roles));
  }

  /** duty, actor, the rule that refuses it (null: allowed). */
  static Stream<Arguments> matrix() {
    return Stream.of(
        Arguments.of(Duty.REVIEW, actor("maker", Role.IB_REVIEWER, Role.CUSTOMER_MANAGER), "SOD-CHECK-CREATOR"),
        Arguments.of(Duty.REVIEW, actor("other", Role.IB_REVIEWER), null),
        Arguments.of(Duty.APPROVE, actor("maker", Role.RISK_APPROVER), "SOD-CHECK-CREATOR"),
        Arguments.of(Duty.APPROVE, actor("reviewer", Role.RISK_APPROVER, Role.IB_REVIEWER), "SOD-APPROVE-REVIEWER"),
        Arguments.of(Duty.APPROVE, actor("other", Role.RISK_APPROVER), null),
        Arguments.of(Duty.APPROVE_ESCALATED, actor("escalator", Role.RISK_APPROVER), "SOD-ESCALATED-ESCALATOR"),
        Arguments.of(Duty.APPROVE_ESCALATED, actor("head", Role.RISK_APPROVER), null),
        Arguments.of(Duty.REJECT, actor("maker", Role.RISK_APPROVER), "SOD-CHECK-CREATOR"),
        Arguments.of(Duty.RETURN, actor("maker", Role.IB_REVIEWER), "SOD-CHECK-CREATOR"),
        Arguments.of(Duty.ACKNOWLEDGE, actor("maker", Role.RISK_APPROVER), "SOD-CHECK-CREATOR"),
        Arguments.of(Duty.DISBURSE, actor("maker", Role.IB_REVIEWER), "SOD-DISBURSE-CREATOR"),
        Arguments.of(Duty.DISBURSE, actor("approver", Role.IB_REVIEWER, Role.RISK_APPROVER), "SOD-DISBURSE-APPROVER"),
        Arguments.of(Duty.DISBURSE, actor("reviewer", Role.IB_REVIEWER), null), // bank default, not in force
        Arguments.of(Duty.DISBURSE, actor("ops", Role.INTEGRATION_SERVICING), null),
        Arguments.of(Duty.DISBURSE, actor("legacy", Role.INTEGRATION), "ROLE"),
        Arguments.of(Duty.COLLECT, actor("maker", Role.IB_REVIEWER), "SOD-COLLECT-CREATOR"),
        Arguments.of(Duty.COLLECT, actor("ops", Role.INTEGRATION_SERVICING), null),
        Arguments.of(Duty.EXTEND, actor("maker", Role.RISK_APPROVER), "SOD-EXTEND-CREATOR"),
        Arguments.of(Duty.CREATE, actor("ops", Role.INTEGRATION_SERVICING), "ROLE"),
        Arguments.of(Duty.SUBMIT, actor("legacy", Role.INTEGRATION), null),
        Arguments.of(Duty.PARAMETER_CHANGE, actor("admin", Role.ADMIN), null),
        Arguments.of(Duty.PARAMETER_CHANGE, actor("dual", Role.ADMIN, Role.CUSTOMER_MANAGER), "SOD-RULES-DEAL-ROLE"),
        Arguments.of(Duty.RISK_CLASS_CHANGE, actor("risk", Role.RISK_APPROVER), "ROLE"),
        Arguments.of(Duty.PRODUCT_QUARANTINE, actor("dual", Role.ADMIN, Role.IB_REVIEWER), "SOD-RULES-DEAL-ROLE"),
        Arguments.of(Duty.PRODUCT_RELEASE, actor("admin", Role.ADMIN), null),
        // four eyes on the rules (004 appendix 3 经办/复核; bank default): the proposer ("maker") does not check it
        Arguments.of(Duty.RULE_CHANGE_APPROVE, actor("maker", Role.ADMIN), "SOD-RULES-FOUR-EYES"),
        Arguments.of(Duty.RULE_CHANGE_REJECT, actor("maker", Role.ADMIN), "SOD-RULES-FOUR-EYES"),
        Arguments.of(Duty.RULE_CHANGE_APPROVE, actor("admin2", Role.ADMIN), null),
        Arguments.of(Duty.RULE_CHANGE_APPROVE, actor("dual", Role.ADMIN, Role.IB_REVIEWER), "SOD-RULES-DEAL-ROLE"),
        Arguments.of(Duty.RULE_CHANGE_REJECT, actor("risk", Role.RISK_APPROVER), "ROLE"));
  }

  @ParameterizedTest(name = "{0} by {1}: {2}")
  @MethodSource("matrix")
  void eachCommandIsRefusedExactlyWhereARuleSaysSo(Duty duty, Actor actor, String rule) {
    if (rule == null) {
      assertDoesNotThrow(() -> DutyPolicy.DEFAULT.check(duty, actor, DEAL));
      return;
    }
    ForbiddenException e = assertThrows(ForbiddenException.class, () -> DutyPolicy.DEFAULT.check(duty, actor, DEAL));
    assertTrue(e.getMessage().contains(rule.equals("ROLE") ? "requires one of the roles" : rule), e.getMessage());
  }

  @Test
  void aBankDefaultRuleFollowsTheBanksSetting() {
    DutyPolicy strict = new DutyPolicy(Map.of("disburserNotReviewer", true, "collectorNotCreator", false));
    assertThrows(ForbiddenException.class, () -> strict.check(Duty.DISBURSE, actor("reviewer", Role.IB_REVIEWER), DEAL));
    assertDoesNotThrow(() -> strict.check(Duty.COLLECT, actor("maker", Role.IB_REVIEWER), DEAL));
    assertTrue(strict.inForce("SOD-DISBURSE-REVIEWER"));
    assertFalse(strict.inForce("SOD-COLLECT-CREATOR"));
  }

  /** SOD-RULES-FOUR-EYES is a bank default: a bank that switches it off lets the proposer approve their own change. */
  @Test
  void fourEyesOnRuleChangesFollowsTheBanksSettingAndQuarantineIsImmediate() {
    DutyPolicy off = new DutyPolicy(Map.of("ruleChangeFourEyes", false));
    assertDoesNotThrow(() -> off.check(Duty.RULE_CHANGE_APPROVE, actor("maker", Role.ADMIN), DealParties.proposal("maker")));
    assertThrows(ForbiddenException.class,
        () -> DutyPolicy.DEFAULT.check(Duty.RULE_CHANGE_APPROVE, actor("maker", Role.ADMIN), DealParties.proposal("maker")));
    assertTrue(Duty.PARAMETER_CHANGE.fourEyes() && Duty.RISK_CLASS_CHANGE.fourEyes() && Duty.PRODUCT_RELEASE.fourEyes());
    assertFalse(Duty.PRODUCT_QUARANTINE.fourEyes(), "a quarantine lowers risk: immediate");
  }

  @Test
  void aRuleFromTheSeedsCannotBeSwitchedOff() {
    DutyPolicy p = new DutyPolicy(Map.of("anything", false));
    for (DutyRule r : DutyPolicy.RULES) if (!r.configurable()) assertTrue(p.inForce(r.id()), r.id());
    assertThrows(ForbiddenException.class, () -> p.check(Duty.DISBURSE, actor("maker", Role.IB_REVIEWER), DEAL));
  }

  @Test
  void everyCommandHasARowAndEveryRuleASource() {
    assertEquals(Duty.values().length, DutyPolicy.DEFAULT.table().size());
    for (DutyRule r : DutyPolicy.RULES) {
      assertFalse(r.source().isBlank(), r.id());
      assertTrue(r.configurable() == r.source().startsWith("bank default, configurable"), r.id() + ": a bank default says so");
    }
  }
}
