package com.tfp.spi.evaluation;

/**
 * How strong a finding is (PRODUCTS.md X0). REJECT: a hard rule (必须, 不得, 禁止, 最高不超过, 不予) is not met and nobody
 * may override it. REFER: a soft rule (原则上, 一般, 谨慎办理, 审慎, 严格控制) is not met; an approver may make an exception
 * and must record why. INFO: what was checked and found in order.
 */
public enum Severity {
  INFO,
  REFER,
  REJECT
}
