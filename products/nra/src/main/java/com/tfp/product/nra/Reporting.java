package com.tfp.product.nra;

import com.tfp.spi.evaluation.Evaluation;

/**
 * What must happen around an NRA deal that no fact captures. Art.6: balance-of-payments reporting to SAFE for every NRA
 * financing; PBoC cross-border RMB reporting when the deal involves an RMB NRA account's opening, changes or cross-border
 * flows — taken to be every CNY deal (the proceeds and repayment move through the RMB NRA), and for other currencies a
 * person confirms that no RMB NRA flow is involved. Art.7: AML reporting and a review of the NRA account's flows.
 */
final class Reporting {

  private Reporting() {}

  static void apply(NraDeal deal, Evaluation.Builder out) {
    out.obligation("NRA-BOP-REPORT", "001 NRA Art.6",
        "按国家外汇管理局规定办理国际收支申报", "File the balance-of-payments declaration with SAFE");
    if ("CNY".equals(deal.currency())) {
      out.obligation("NRA-RMB-REPORT", "001 NRA Art.6",
          "人民币NRA账户跨境收支：按人民银行规定报送人民币跨境收付信息",
          "Cross-border flows of the RMB NRA account: report the RMB cross-border payment information to the PBoC");
    } else {
      out.check("NRA-RMB-FLOWS", "001 NRA Art.6",
          "确认本笔业务不涉及人民币NRA账户的开立、变更、撤销或跨境收支；如涉及，须向人民银行报送人民币跨境收付信息",
          "Confirm that the deal involves no opening, change, closing or cross-border flow of an RMB NRA account; if it"
              + " does, the RMB cross-border payment information must be reported to the PBoC");
    }
    out.obligation("NRA-AML-REPORT", "001 NRA Art.7",
        "持续进行大额和可疑交易报告及名单监控", "Keep up large and suspicious transaction reporting and list screening");
    out.obligation("NRA-FEES", "001 NRA Art.8",
        "按所做业务品种的收费标准向申请人收取费用", "Collect the fees of the variant's fee schedule from the applicant");
    out.check("NRA-ACCOUNT-FLOWS", "001 NRA Art.7",
        "严格审查该境外机构NRA账户资金收付的真实性与合法性", "Review the genuineness and legality of the NRA account's receipts and payments");
    out.check("NRA-TRADE-BACKGROUND", "001 NRA Art.3",
        "核实真实贸易背景（合同、发票、运输单据与信用证相符）", "Verify the genuine trade background (contract, invoice and transport documents match the L/C)");
  }
}
