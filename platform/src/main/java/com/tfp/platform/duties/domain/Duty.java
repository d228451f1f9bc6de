package com.tfp.platform.duties.domain;

import com.tfp.platform.shared.Role;
import com.tfp.spi.LocalizedText;
import java.util.EnumSet;
import java.util.Set;

/**
 * The commands that move money or change the rules, each with the roles that may give it and where that comes from.
 * Who may not give it on a particular deal is in {@link DutyPolicy}'s rules. (The platform has no write-off command.)
 */
public enum Duty {
  CREATE(LocalizedText.of("建立业务", "create a deal"), "002 Art.30; API.md", Role.CUSTOMER_MANAGER, Role.INTEGRATION),
  SUBMIT(LocalizedText.of("提交", "submit"), "002 Art.30, Art.33", Role.CUSTOMER_MANAGER, Role.INTEGRATION),
  REVIEW(LocalizedText.of("单证审核", "document review"), "002 Art.32; 004 Art.19", Role.IB_REVIEWER),
  ACKNOWLEDGE(LocalizedText.of("确认 REFER 例外", "acknowledge a REFER finding"), "PRODUCTS.md X0; 002 Art.31", Role.RISK_APPROVER),
  APPROVE(LocalizedText.of("审批", "approve"), "002 Art.31, Art.33", Role.RISK_APPROVER),
  APPROVE_ESCALATED(LocalizedText.of("审批上报业务", "approve an escalated deal"), "002 Art.33", Role.RISK_APPROVER),
  REJECT(LocalizedText.of("否决", "reject"), "002 Art.31-33", Role.IB_REVIEWER, Role.RISK_APPROVER),
  RETURN(LocalizedText.of("退回经办", "return to the maker"), "002 Art.31-33", Role.IB_REVIEWER, Role.RISK_APPROVER),
  EXTEND(LocalizedText.of("展期", "extend maturity"), "002 Art.26, Art.31", Role.RISK_APPROVER),
  DISBURSE(LocalizedText.of("放款", "disburse"), "002 Art.32(4); 004 Art.20", Role.IB_REVIEWER, Role.INTEGRATION_SERVICING),
  COLLECT(LocalizedText.of("收汇入账", "record proceeds (collection)"), "002 Art.32(4); 004 Art.23", Role.IB_REVIEWER, Role.INTEGRATION_SERVICING),
  CLOSE(LocalizedText.of("结清关闭", "close a settled deal"), "002 Art.36",
      Role.CUSTOMER_MANAGER, Role.IB_REVIEWER, Role.ADMIN, Role.INTEGRATION, Role.INTEGRATION_SERVICING),
  PARAMETER_CHANGE(LocalizedText.of("产品参数、贴现率变更", "product parameter or discount-rate change"), "002 Art.31(1); bank default, configurable", Role.ADMIN),
  RISK_CLASS_CHANGE(LocalizedText.of("风险类别变更", "risk-class change"), "002 Art.31(1), Art.21; bank default, configurable", Role.ADMIN),
  PRODUCT_QUARANTINE(LocalizedText.of("产品停用", "product quarantine"), "bank default, configurable", Role.ADMIN),
  PRODUCT_RELEASE(LocalizedText.of("产品恢复", "product release"), "bank default, configurable", Role.ADMIN),
  RULE_CHANGE_APPROVE(LocalizedText.of("复核批准规则变更", "approve a proposed rule change"), "004 appendix 3 (经办、复核); bank default, configurable", Role.ADMIN),
  RULE_CHANGE_REJECT(LocalizedText.of("复核否决规则变更", "reject a proposed rule change"), "004 appendix 3 (经办、复核); bank default, configurable", Role.ADMIN);

  private final LocalizedText label;
  private final String source;
  private final Set<Role> roles;

  Duty(LocalizedText label, String source, Role first, Role... more) {
    this.label = label;
    this.source = source;
    this.roles = Set.copyOf(EnumSet.of(first, more));
  }

  public LocalizedText label() { return label; }
  /** Where the roles come from. */
  public String source() { return source; }
  public Set<Role> roles() { return roles; }

  /** Whether the command changes the bank's rules rather than a deal (or decides on such a change). */
  public boolean changesRules() {
    return this == PARAMETER_CHANGE || this == RISK_CLASS_CHANGE || this == PRODUCT_QUARANTINE || this == PRODUCT_RELEASE
        || this == RULE_CHANGE_APPROVE || this == RULE_CHANGE_REJECT;
  }

  /**
   * Whether the command is only proposed and waits for a second administrator (four eyes, rule SOD-RULES-FOUR-EYES).
   * A quarantine is immediate: it takes a product out of service, which lowers risk, and a delay would keep a faulty
   * product evaluating; putting it back (release) waits.
   */
  public boolean fourEyes() {
    return this == PARAMETER_CHANGE || this == RISK_CLASS_CHANGE || this == PRODUCT_RELEASE;
  }
}
