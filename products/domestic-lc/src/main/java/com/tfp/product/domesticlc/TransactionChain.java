package com.tfp.product.domesticlc;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.calc.BindingLimit;
import com.tfp.spi.calc.Money;
import com.tfp.spi.evaluation.Evaluation;
import java.math.BigDecimal;

/**
 * 001 国内证 Art.4 (PRODUCTS.md X7): when a customer finances several stages of one transaction, the later stage's
 * disbursement first repays the earlier stage, and only the rest goes to the customer. Packing loan → seller's bill
 * purchase → forfaiting; the buyer side has no funded stage before it (issuance is a commitment, not a loan).
 */
final class TransactionChain {

  static final String SOURCE = "001 国内证 Art.4";

  private TransactionChain() {}

  /** The part of the disbursement that repays the earlier stage, or null when there is none. */
  static BigDecimal apply(LcDeal deal, BigDecimal maxAmount, BindingLimit<BigDecimal> caps, Evaluation.Builder out) {
    BigDecimal outstanding = deal.earlierStageOutstanding();
    if (!deal.variant().followsEarlierStage() || outstanding == null || outstanding.signum() == 0 || maxAmount == null) {
      return null;
    }
    BigDecimal repayment = Money.round(outstanding.min(maxAmount), deal.currency());
    BigDecimal toCustomer = maxAmount.subtract(repayment);
    caps.explain(LocalizedText.of("首先偿还前一环节融资余额", "First repays the earlier stage's outstanding"), repayment, SOURCE);
    caps.explain(LocalizedText.of("其余付给客户", "The rest paid to the customer"), toCustomer, SOURCE);
    BigDecimal left = outstanding.subtract(repayment);
    if (left.signum() > 0) {
      out.info("DLC-CHAIN", SOURCE,
          "本笔融资款 " + deal.show(maxAmount) + " 全部用于偿还前一环节融资（余额 " + deal.show(outstanding) + "），前一环节尚余 "
              + deal.show(left) + " 须按其原到期日另行归还",
          "The whole disbursement of " + deal.show(maxAmount) + " repays the earlier stage (outstanding "
              + deal.show(outstanding) + "); " + deal.show(left) + " of it remains due at its own maturity");
    } else {
      out.info("DLC-CHAIN", SOURCE,
          "本笔融资款首先偿还前一环节融资 " + deal.show(repayment) + "，其余 " + deal.show(toCustomer) + " 付给客户",
          "The disbursement first repays the earlier stage's " + deal.show(repayment) + "; the rest, "
              + deal.show(toCustomer) + ", goes to the customer");
    }
    out.check("DLC-CHAIN-SAME-TRANSACTION", SOURCE,
        "确认前一环节融资与本笔融资属同一笔交易（同一信用证项下）",
        "Confirm that the earlier-stage financing belongs to the same transaction (the same L/C)");
    out.obligation("DLC-CHAIN-REPAY", SOURCE,
        "放款时先将 " + deal.show(repayment) + " 用于归还前一环节融资，再将余额划付客户",
        "At disbursement, apply " + deal.show(repayment) + " to the earlier stage first, then pay the rest to the customer");
    return repayment;
  }
}
