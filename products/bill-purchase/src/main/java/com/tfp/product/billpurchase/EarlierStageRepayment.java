package com.tfp.product.billpurchase;

import static com.tfp.product.billpurchase.BillPurchaseFacts.EARLIER_STAGE_OUTSTANDING;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.calc.BindingLimit;
import com.tfp.spi.calc.Money;
import com.tfp.spi.evaluation.Evaluation;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A packing loan under the same L/C is repaid first out of the bill-purchase disbursement ("出口押汇款项必须先归还我行
 * 打包贷款", 004 Art.22; PRODUCTS.md X7). The repayment cannot exceed what is disbursed; a packing loan larger than
 * the bill purchase leaves a remainder that the bill purchase does not clear, which an approver must accept.
 */
final class EarlierStageRepayment {

  static final String SOURCE = "004 Art.22";

  private EarlierStageRepayment() {}

  /** Adds the repayment as explanatory steps to the caps; returns it, or null when there is no earlier stage. */
  static BigDecimal apply(BillPurchaseDeal deal, BindingLimit<BigDecimal> caps, Evaluation.Builder out) {
    Optional<BigDecimal> outstanding = deal.facts().decimal(EARLIER_STAGE_OUTSTANDING).filter(o -> o.signum() > 0);
    Optional<BigDecimal> max = caps.result();
    if (outstanding.isEmpty() || max.isEmpty()) return null;
    String ccy = deal.currency();
    BigDecimal repayment = Money.round(outstanding.get().min(max.get()), ccy);
    caps.explain(LocalizedText.of("先归还同一信用证项下打包贷款", "First repays the packing loan under the same L/C"), repayment, SOURCE);
    caps.explain(LocalizedText.of("归还后付给客户的余额", "Paid to the customer after that repayment"), max.get().subtract(repayment), SOURCE);
    String amount = Money.show(outstanding.get(), ccy);
    String shortfall = Money.show(outstanding.get().subtract(max.get()), ccy);
    if (outstanding.get().compareTo(max.get()) > 0) {
      out.refer("BP-EARLIER-STAGE", SOURCE,
          "打包贷款余额 " + amount + " 超过押汇最高金额 " + max.get().toPlainString() + "：押汇款项全部用于还贷后仍有 "
              + outstanding.get().subtract(max.get()).toPlainString() + " 未还；审批人可在确认其他还款来源后批准并记录理由",
          "Packing loan outstanding " + amount + " exceeds the maximum bill purchase " + max.get().toPlainString()
              + ": even the whole disbursement leaves " + outstanding.get().subtract(max.get()).toPlainString()
              + " unpaid; an approver may accept once another repayment source is confirmed, recording why");
    } else {
      out.info("BP-EARLIER-STAGE", SOURCE,
          "押汇款项先归还同一信用证项下打包贷款 " + repayment.toPlainString() + "，余额付给客户",
          "The disbursement first repays the packing loan of " + repayment.toPlainString() + " under the same L/C; the rest goes to the customer");
    }
    return repayment;
  }
}
