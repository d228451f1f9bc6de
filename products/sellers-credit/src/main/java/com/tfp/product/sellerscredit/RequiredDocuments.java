package com.tfp.product.sellerscredit;

import static com.tfp.product.sellerscredit.SellersCreditSchema.DEFERRED_PAYMENT;
import static com.tfp.product.sellerscredit.SellersCreditSchema.FULL_GUARANTEE;

import com.tfp.spi.evaluation.DocumentSpec;
import com.tfp.spi.evaluation.Evaluation;
import java.util.List;

/**
 * The application materials of 003 Art.10 (every loan; leasing companies only items 一, 二, 五-九, 十五 per Art.12),
 * Art.11 (single or series contract loans, service outsourcing included: Art.14 treats those as contract loans) and
 * Art.12 (leasing). Items the seed marks "如涉及" are optional unless a fact shows they apply.
 */
final class RequiredDocuments {

  static final DocumentSpec APPLICATION = DocumentSpec.of("SC-APPLICATION", "借款申请书", "Loan application", "003 Art.10");
  static final DocumentSpec BORROWER_PROFILE = DocumentSpec.of("SC-BORROWER-PROFILE",
      "借款人及担保人基本情况、营业执照副本、近3年经审计财务报告及本年近期财务报表、年资金周转次数和出口换汇成本计算数据",
      "Borrower's and guarantor's profile, business licence, audited accounts of the last 3 years and recent statements, "
          + "the data for the turnover count and the export FX cost", "003 Art.10");
  static final DocumentSpec EXPORT_RECORD = DocumentSpec.of("SC-EXPORT-RECORD",
      "近3年产品出口情况（海关证明等）及当年出口计划；服务外包或软件出口企业另附商务合同及近3年承接项目证明",
      "Exports of the last 3 years (customs evidence etc.) and this year's export plan; outsourcing or software exporters also "
          + "their contracts and the last 3 years' projects", "003 Art.10").when("租赁公司除外", "all but leasing");
  static final DocumentSpec EXPORT_CONTRACTS = DocumentSpec.of("SC-EXPORT-CONTRACTS",
      "已签订的出口合同（或关键设备销售合同、改装维修合同）、订单、意向性文件",
      "Signed export contracts (or key-equipment sales, repair or conversion contracts), orders, letters of intent",
      "003 Art.10").when("租赁公司除外", "all but leasing");
  static final DocumentSpec GOVERNMENT_APPROVALS = DocumentSpec.of("SC-GOVERNMENT-APPROVALS",
      "政府主管部门批准文件；大型出口信贷项目按规定程序取得的意见（如涉及）",
      "Government approvals; for large export credits the opinions the state procedure requires (where applicable)",
      "003 Art.10").when("如涉及", "where applicable");
  static final DocumentSpec OWN_FUNDS = DocumentSpec.of("SC-OWN-FUNDS",
      "用于出口卖方信贷的自有资金和通过其他渠道已筹集资金情况", "Own funds and funds raised through other channels for the exports",
      "003 Art.10");
  static final DocumentSpec SECURITY_PLAN = DocumentSpec.of("SC-SECURITY-PLAN",
      "还款担保方案；抵（质）押的权属证明和价值评估报告", "Repayment security plan; title and valuation of pledged or mortgaged assets",
      "003 Art.10").when("有担保时", "when security is given");
  static final DocumentSpec INSURANCE_INTENT = DocumentSpec.of("SC-INSURANCE-INTENT",
      "出口信用保险承保意向性文件", "Export credit insurer's letter of intent", "003 Art.10").when("如涉及", "where applicable");
  static final DocumentSpec FOREIGN_APPROVALS = DocumentSpec.of("SC-FOREIGN-APPROVALS",
      "项目涉及其他国家有权机构批准文件、项目可行性分析报告", "Approvals of other countries' authorities, project feasibility study",
      "003 Art.10").when("如涉及", "where applicable");
  static final DocumentSpec PREPAYMENT_EVIDENCE = DocumentSpec.of("SC-PREPAYMENT-EVIDENCE",
      "已收预付款或进度款证明及收结汇水单，应收进度款的支付保证，延期支付部分的支付保证",
      "Evidence of prepayments or progress payments received, payment guarantee for progress payments due and for the "
          + "deferred part", "003 Art.10").when("商务合同贷款或延期付款项目", "contract loans or deferred-payment projects");
  static final DocumentSpec GROUP_UNDERTAKING = DocumentSpec.of("SC-GROUP-UNDERTAKING",
      "集团母公司出具的贷款仅用于明确下属企业具体出口业务且不重复融资的承诺",
      "Group parent's undertaking that the loan serves only the named member's exports and is not double financing",
      "003 Art.10").when("集团母公司为下属企业借款时", "group parent borrowing for a member");
  static final DocumentSpec AGENCY_AGREEMENT = DocumentSpec.of("SC-AGENCY-AGREEMENT",
      "代理出口协议、货物出口的海关证明（或本行认可的说明及其他出口证明）",
      "Export agency agreement and customs evidence of export (or an accepted explanation and other evidence)",
      "003 Art.10").when("代理出口时", "agent exports");
  static final DocumentSpec REPAIR_RECORDS = DocumentSpec.of("SC-REPAIR-RECORDS",
      "境外船舶或飞机修理和改装记录证明（海关、税务等）", "Records of repair or conversion of foreign ships or aircraft (customs, tax …)",
      "003 Art.10").when("改装或修理国外船舶、飞机", "repair or conversion of foreign ships or aircraft");
  static final DocumentSpec BRANCH_AUTHORISATION = DocumentSpec.of("SC-BRANCH-AUTHORISATION",
      "合作律师事务所出具的借款资格法律意见书及总公司融资授权文件",
      "Legal opinion of a panel law firm on the branch's capacity to borrow and the head office's financing authorisation",
      "003 Art.10").when("借款人为分公司时", "branch borrowers");
  static final DocumentSpec OTHER = DocumentSpec.of("SC-OTHER", "本行认为必要的其他材料", "Other materials the bank deems necessary",
      "003 Art.10").when("如需", "as required");
  static final DocumentSpec COMMERCIAL_CONTRACTS = DocumentSpec.of("SC-COMMERCIAL-CONTRACTS",
      "拟申请贷款的单一或系列商务合同", "The single or series commercial contracts to be financed", "003 Art.11")
      .when("商务合同贷款（含服务外包）", "contract loans (outsourcing included)");
  static final DocumentSpec CONTRACT_CASH_FLOW = DocumentSpec.of("SC-CONTRACT-CASH-FLOW",
      "执行商务合同的现金流量表及证明材料和经济效益情况分析", "Cash-flow table of the contracts with evidence, and economic analysis",
      "003 Art.11").when("商务合同贷款（含服务外包）", "contract loans (outsourcing included)");
  static final DocumentSpec LEASE_CONTRACTS = DocumentSpec.of("SC-LEASE-CONTRACTS",
      "租赁标的物采购合同、租赁合同（暂无法签订的，草签文本、意向书或其他契约性文件）",
      "Purchase contract of the leased asset and the lease (if not yet signed: the initialled draft, letter of intent or other "
          + "contractual document)", "003 Art.12").when("租赁公司", "leasing");
  static final DocumentSpec LEASE_RECEIPTS = DocumentSpec.of("SC-LEASE-RECEIPTS",
      "已收合同款收结汇水单、应收租金的支付保证", "Receipts of contract payments received, payment guarantee for the rents due",
      "003 Art.12").when("租赁公司", "leasing");
  static final DocumentSpec LEASE_ASSIGNMENTS = DocumentSpec.of("SC-LEASE-ASSIGNMENTS",
      "设备保险权益、租赁合同权益、租赁保证金及担保受益权转让给本行的协议（或转让承诺函）",
      "Assignments to the bank of the insurance, the lease, the lease deposit and the lessee's guarantees (or an undertaking "
          + "to assign)", "003 Art.12").when("租赁公司", "leasing");
  static final DocumentSpec CHINA_CONTENT = DocumentSpec.of("SC-CHINA-CONTENT",
      "租赁标的物中国成分比例测算证明材料", "Evidence of the China-content calculation of the leased asset", "003 Art.12")
      .when("租赁公司", "leasing");

  static final List<DocumentSpec> CATALOGUE = List.of(APPLICATION, BORROWER_PROFILE, EXPORT_RECORD, EXPORT_CONTRACTS,
      GOVERNMENT_APPROVALS, OWN_FUNDS, SECURITY_PLAN, INSURANCE_INTENT, FOREIGN_APPROVALS, PREPAYMENT_EVIDENCE,
      GROUP_UNDERTAKING, AGENCY_AGREEMENT, REPAIR_RECORDS, BRANCH_AUTHORISATION, OTHER, COMMERCIAL_CONTRACTS,
      CONTRACT_CASH_FLOW, LEASE_CONTRACTS, LEASE_RECEIPTS, LEASE_ASSIGNMENTS, CHINA_CONTENT);

  private RequiredDocuments() {}

  static void apply(Deal deal, Evaluation.Builder result) {
    LoanVariant v = deal.variant();
    boolean leasing = v.isLeasing();
    result.document(APPLICATION, true);
    result.document(BORROWER_PROFILE, true);
    if (!leasing) {
      result.document(EXPORT_RECORD, true);
      result.document(EXPORT_CONTRACTS, true);
    }
    result.document(GOVERNMENT_APPROVALS, false);
    result.document(OWN_FUNDS, true);
    result.document(SECURITY_PLAN, deal.flag(FULL_GUARANTEE));
    result.document(INSURANCE_INTENT, false);
    result.document(FOREIGN_APPROVALS, false);
    if (!leasing) {
      // the prepayment rule of Art.6(九)2 and the deferred-payment guarantee of Art.6(八) rest on this evidence
      result.document(PREPAYMENT_EVIDENCE, v.isContractLoan() || deal.flag(DEFERRED_PAYMENT));
      result.document(GROUP_UNDERTAKING, false);
      result.document(AGENCY_AGREEMENT, false);
      if (deal.sector().filter(s -> s == Sector.REPAIR_CONVERSION).isPresent()) result.document(REPAIR_RECORDS, true);
      result.document(BRANCH_AUTHORISATION, false);
    }
    result.document(OTHER, false);
    if (v.isContractLoan() || v.isOutsourcing()) {
      result.document(COMMERCIAL_CONTRACTS, true);
      result.document(CONTRACT_CASH_FLOW, true);
    }
    if (leasing) {
      result.document(LEASE_CONTRACTS, true);
      result.document(LEASE_RECEIPTS, true);
      result.document(LEASE_ASSIGNMENTS, true);
      result.document(CHINA_CONTENT, true);
    }
  }
}
