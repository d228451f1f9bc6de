package com.tfp.product.sellerscredit;

import static com.tfp.product.sellerscredit.SellersCreditSchema.CONTRACT_SIGNED;

import com.tfp.spi.evaluation.Evaluation;

/**
 * 003 Art.8: a service-outsourcing borrower meets one of (一) state outsourcing subsidies last year and this year, or
 * (二) a signed outsourcing contract with the client. The contract is a fact; the subsidies are not, so without a signed
 * contract a person confirms the subsidies. Art.8 also applies Art.6(九) to these contract loans: the prepayment
 * ratio has no fact here (series prepayments are amounts in the loan currency against contracts in theirs) and goes to
 * the checklist.
 */
final class OutsourcingConditions {

  static final String CODE = "SC-OUTSOURCING-CONDITION";
  private static final String SOURCE = "003 Art.8";

  private OutsourcingConditions() {}

  static void apply(Deal deal, Evaluation.Builder result) {
    if (!deal.variant().isOutsourcing()) return;
    if (deal.flag(CONTRACT_SIGNED)) {
      result.info(CODE, SOURCE, "借款人已与服务外包发包商签订服务外包业务合同（第八条（二））",
          "The borrower has signed the outsourcing contract with the client (Art.8(二))");
    } else {
      result.check(CODE, SOURCE,
          "服务外包合同未签订：确认借款人上一年度和当年均享受财政部、商务部承接国际服务外包业务相关资金支持（第八条（一））；两项均不满足的不得办理",
          "No signed outsourcing contract: confirm the borrower received MOF/MOFCOM outsourcing support both last year and "
              + "this year (Art.8(一)); a borrower meeting neither is not eligible");
    }
    result.check("SC-OUTSOURCING-PREPAYMENT", "003 Art.6",
        "服务外包商务合同贷款适用第六条（九）：确认预付款不低于合同金额的15%（最低10%）并对进度款提供必要保证",
        "Outsourcing contract loans fall under Art.6(九) through Art.8: confirm prepayment of at least 15% of the contracts "
            + "(never below 10%) and the guarantee of progress payments");
  }
}
