package com.tfp.product.sellerscredit;

import com.tfp.spi.evaluation.Evaluation;

/**
 * The conditions of 003 no fact captures, for a person to confirm, and the duties after approval: Art.3 (agent
 * exports and group cash pooling without double financing), Art.6(四)-(七) and (十), Art.9 (a group member borrowing
 * for the contracting member), Art.14(三) (assessed export figures, PBoC conversion), Art.21 and Art.24 (use of
 * proceeds; PRODUCTS.md X9), Art.23 (AML under the stricter of PRC and project-country law), and the deal-by-deal
 * approval (PRODUCTS.md §6: 002's one-year lines serve short-term business).
 */
final class ReviewChecklist {

  private ReviewChecklist() {}

  static void apply(Deal deal, Evaluation.Builder result) {
    LoanVariant v = deal.variant();
    result.check("SC-DEAL-BY-DEAL-APPROVAL", "002 Art.15",
        "出口卖方信贷逐笔审批（单笔授信，计入客户授信总量）：002的一年期授信额度框架适用于短期业务",
        "Seller's credit is approved deal by deal (a single-transaction approval counting towards total credit): 002's "
            + "one-year line framework serves short-term business");
    if (!v.isLeasing()) {
      result.check("SC-BRANCH-AUTHORISATION", "003 Art.6",
          "借款人为分公司的，确认已取得总公司合法有效的融资授权（第六条（四））",
          "For a branch borrower, confirm the head office's valid financing authorisation (Art.6(四))");
    }
    result.check("SC-APPROVALS", "003 Art.6", v.isOperatingCapital()
            ? "确认项目已经我国及项目涉及的其他国家有权机构批准（如涉及，第六条（五））"
            : "确认项目已经我国及项目涉及国家有权机构批准，并已履行国家部委大型出口信贷管理程序（如涉及，第六条（五）（六））",
        v.isOperatingCapital()
            ? "Confirm the approvals of the PRC and other countries' authorities where needed (Art.6(五))"
            : "Confirm the approvals of the PRC and other countries' authorities and the state procedure for large export "
                + "credits, where needed (Art.6(五)(六))");
    if (!v.isOperatingCapital()) {
      result.check("SC-IMPORTER-STANDING", "003 Art.6", "确认进口商（船东）具备相应实力、资信状况良好（第六条（七））",
          "Confirm the importer (shipowner) has the strength and good standing required (Art.6(七))");
    }
    if (v.isOperatingCapital()) {
      result.check("SC-EXPORTS-STABLE", "003 Art.6",
          "原则上近3年出口额（自营及委托出口合计）相对稳定，核对（第六条（十）1）；不稳定的须审批人例外同意",
          "In principle exports of the last 3 years (own and agent exports) are relatively stable: check it (Art.6(十)1); "
              + "otherwise an approver must make an exception");
      result.check("SC-EXPORT-FIGURES-ASSESSED", "003 Art.14",
          "核对年出口额已结合近3年出口数据、报关、已签合同、市场行情和出口计划完成情况评估确定，增长率按近3年年均增长率并考虑在手合同（第十四条（三））",
          "Check that annual exports were assessed on 3 years' data, customs declarations, contracts, market and plan "
              + "fulfilment, and growth is the 3-year average adjusted for contracts in hand (Art.14(三))");
      if (deal.sector().filter(s -> s == Sector.REPAIR_CONVERSION).isPresent()) {
        result.check("SC-REPAIR-RECORDS", "003 Art.6",
            "改装或修理国外船舶、飞机：确认借款人能够提供相关记录（海关、税务等部门记录，第六条（十）2）",
            "Repair or conversion of foreign ships or aircraft: confirm the borrower's records (customs, tax …; Art.6(十)2)");
      }
    }
    if (v.isContractLoan()) {
      result.check("SC-CASH-FLOW-TABLE", "003 Art.14",
          "贷款金额通过编制项目（综合）现金流量表核定，且不超过上限（第十四条（一）1、（二）1）",
          "The amount is set from the project (combined) cash-flow table, within the cap (Art.14(一)1, (二)1)");
    }
    result.check("SC-FX-CONVERSION", "003 Art.14",
        "涉及不同币种的金额须按中国人民银行同期公布汇率折合为贷款币种后填报，核对",
        "Amounts in other currencies must be converted to the loan currency at the PBoC rate of the day: check them");
    result.check("SC-AGENT-GROUP-FUNDING", "003 Art.3",
        "代理出口或集团资金集中管理的，确认不重复融资，并在借款合同中明确用款单位及支持的具体出口（第三条）",
        "Agent exports or group cash pooling: confirm no double financing and that the loan contract names the user and the "
            + "exports financed (Art.3)");
    result.check("SC-GROUP-BORROWER", "003 Art.9",
        "集团内其他单位代执行合同单位借款的：确认已签委托协议明确项目实施、收汇、结算的权利义务，且执行合同单位承诺不重复融资（第九条）",
        "A group member borrowing for the contracting member: confirm the entrustment agreement (implementation, collection, "
            + "settlement) and the contracting member's no-double-financing undertaking (Art.9)");
    result.check("SC-AML-PROJECT-COUNTRY", "003 Art.23",
        "反洗钱：按孰严原则同时遵循项目所涉国反洗钱法律法规", "AML: apply the stricter of PRC law and the project countries' AML law");
    result.obligation("SC-NO-INTERMEDIARY-FEES", "003 Art.24",
        "贷款资金不得直接或采取隐匿及变形的手段用于支付中介费、代理费和佣金",
        "Loan proceeds may not pay intermediary fees, agency fees or commissions, directly or in disguise");
    result.obligation("SC-USE-OF-PROCEEDS", "003 Art.21",
        "监督借款人按申明用途使用贷款资金，并做好贷后管理", "Monitor that the borrower uses the loan as declared; post-loan management");
    if (v.isOutsourcing()) {
      result.obligation("SC-OUTSOURCING-USE", "003 Art.4",
          "服务外包贷款仅用于承接项目所涉研发、场地及设备租用、材料采购、人员工资、税费支出、技术鉴定等环节",
          "Outsourcing loans serve only the project's R&D, premises and equipment rent, materials, salaries, taxes and "
              + "technical appraisal");
    }
    if (v.isLeasing()) {
      result.obligation("SC-LEASE-ASSIGNMENT", "003 Art.12",
          "暂无法转让的保险权益、租赁合同权益、保证金及担保受益权，按承诺函落实转让给本行",
          "Complete the assignment to the bank of insurance, lease, deposit and guarantee rights that could not yet be "
              + "assigned, as undertaken");
    }
  }
}
