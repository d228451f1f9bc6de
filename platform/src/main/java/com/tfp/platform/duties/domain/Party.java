package com.tfp.platform.duties.domain;

import com.tfp.spi.LocalizedText;

/** The people a deal already names for a part of its life: whoever took one part may not take another where a rule says so. */
public enum Party {
  CREATOR(LocalizedText.of("经办人（建立业务者、规则变更的提出人）", "the maker (who created the deal, or proposed the rule change)")),
  REVIEWER(LocalizedText.of("单证审核人", "the document reviewer")),
  ESCALATOR(LocalizedText.of("上报人", "the approver who escalated it")),
  APPROVER(LocalizedText.of("审批人", "the approver"));

  private final LocalizedText label;

  Party(LocalizedText label) {
    this.label = label;
  }

  public LocalizedText label() { return label; }
}
