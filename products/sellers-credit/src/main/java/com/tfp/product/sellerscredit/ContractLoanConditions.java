package com.tfp.product.sellerscredit;

import static com.tfp.product.sellerscredit.SellersCreditSchema.CONTRACT_SIGNED;
import static com.tfp.product.sellerscredit.SellersCreditSchema.PREPAYMENT_RATIO;

import com.tfp.spi.calc.Money;
import com.tfp.spi.evaluation.Evaluation;
import java.math.BigDecimal;

/**
 * 003 Art.6(九)1-2, for loans executing single or series export contracts: the contract is signed (hard), and the
 * prepayment — for ships the sum of progress payments before delivery — is at least 15% of the contract amount,
 * judged case by case but never below 10%: 15% and more is in order, 10% to 15% is REFERRED, under 10% is REJECTED.
 */
final class ContractLoanConditions {

  static final String SIGNED = "SC-CONTRACT-SIGNED";
  static final String PREPAYMENT = "SC-PREPAYMENT";
  static final BigDecimal PREPAYMENT_RULE = new BigDecimal("0.15");
  static final BigDecimal PREPAYMENT_FLOOR = new BigDecimal("0.10");
  private static final String SOURCE = "003 Art.6";

  private ContractLoanConditions() {}

  /** Whether the prepayment meets the 15% rule, which also opens the 90% cap of Art.14. */
  static boolean prepaymentRuleMet(Deal deal) {
    return deal.facts().requireDecimal(PREPAYMENT_RATIO).compareTo(PREPAYMENT_RULE) >= 0;
  }

  static void apply(Deal deal, Evaluation.Builder result) {
    if (!deal.variant().isContractLoan()) return;
    if (!deal.flag(CONTRACT_SIGNED)) {
      result.reject(SIGNED, SOURCE, "商务合同贷款须出口合同（或关键设备购销合同）已经签订（第六条（九）1），未签订",
          "A contract loan needs the export contract (or key-equipment sales contract) signed (Art.6(九)1): it is not");
    }
    BigDecimal ratio = deal.facts().requireDecimal(PREPAYMENT_RATIO);
    String shown = Money.percent(ratio);
    if (ratio.compareTo(PREPAYMENT_RULE) >= 0) {
      result.info(PREPAYMENT, SOURCE, "预付款比例" + shown + "不低于15%",
          "Prepayment " + shown + " is at least 15%");
    } else if (ratio.compareTo(PREPAYMENT_FLOOR) >= 0) {
      result.refer(PREPAYMENT, SOURCE,
          "预付款比例" + shown + "低于15%但不低于10%：审批人可根据进口商信誉、借款人履约能力、担保方式判断接受，须记录理由；融资比例不超过85%",
          "Prepayment " + shown + " is below 15% but not below 10%: an approver may accept it on the importer's standing, "
              + "the borrower's capacity and the security, recording why; the cap stays at 85%");
    } else {
      result.reject(PREPAYMENT, SOURCE, "预付款比例" + shown + "低于最低10%（第六条（九）2）",
          "Prepayment " + shown + " is below the 10% floor (Art.6(九)2)");
    }
    result.check("SC-PROGRESS-PAYMENT-GUARANTEE", SOURCE,
        "确认对项目进度款支付已提供必要的保证（第六条（九）2）", "Confirm the necessary guarantee for the progress payments (Art.6(九)2)");
    if (deal.sector().filter(s -> s == Sector.SHIP).isPresent()) {
      result.check("SC-SHIP-PROGRESS-PAYMENTS", SOURCE,
          "船舶：预付款比例应按交船前进度款之和计算，核对所填比例",
          "Ships: the prepayment ratio is the sum of progress payments before delivery; verify the ratio given");
    }
  }
}
