package com.tfp.product.insuredfinancing;

import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.insurance.CreditInsuranceConditions;

/**
 * What a person must confirm because no fact captures it (PRODUCTS.md §3 "Checklist"): the buyer relationship, the
 * payee, the importer and its country, seals, the exporter's capacity and experience, the policy-period total of 办法B,
 * and the policy review shared with insured factoring.
 */
final class ReviewChecklist {

  private ReviewChecklist() {}

  static void apply(Evaluation.Builder out) {
    out.check("IF-BUYER-RELATIONSHIP", "001 RCC Art.6(2)",
        "与国外进口企业有较稳定的业务往来关系", "A stable business relationship with the importer");
    out.check("IF-BENEFICIARY-PAYEE", "001 办法A §3(2)",
        "融资申请人是信用证的受益人或发票的收款人", "The applicant is the L/C beneficiary or the invoice payee");
    out.check("IF-IMPORTER-STANDING", "001 股份制 Art.9(1)",
        "国外进口商资信和实力良好，无拒付、延迟付款记录", "The importer's standing is good, with no refusal or late-payment record");
    out.check("IF-COUNTRY-STABILITY", "001 股份制 Art.9(2)",
        "进口商所在国/地区及货物目的地政局稳定，无战争、动乱或经济危机", "The importer's country and the destination are stable: no war, unrest or economic crisis");
    out.check("IF-SEALS", "001 股份制 Art.9(3)",
        "申请材料中出口商的签章真实、有效", "The exporter's seals and signatures on the application are authentic");
    out.check("IF-PERFORMANCE-CAPACITY", "001 办法A §3(2)",
        "审查出口商备货、生产情况及履约能力，结合进口商及其国家、赔付比例评估融资金额和期限是否合理",
        "Review the exporter's stock, production and capacity to perform; judge the amount and term against the importer, its country and the indemnity ratio");
    out.check("IF-EXPERIENCE", "001 股份制 Art.2(4)",
        "申请人具有较丰富的进出口业务经营经验和较高的业务管理水平",
        "The applicant has solid import/export experience and management");
    out.check("IF-POLICY-PERIOD-TOTAL", "001 办法B §4(2)",
        "客户在当期保单项下的全部融资总额不超过其信用额度的90%",
        "The customer's total financing under the current policy period stays within 90% of its credit limit");
    CreditInsuranceConditions.addPolicyReview(out, "IF");
  }
}
