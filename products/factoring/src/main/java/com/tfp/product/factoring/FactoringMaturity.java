package com.tfp.product.factoring;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.calc.BindingLimit;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.facts.Facts;
import java.time.LocalDate;

/**
 * The financing runs to the receivable's due date: the bank collects the receivable itself (出口信保保理 Art.1, 账款收取)
 * and is repaid by the buyer's payment, or by Sinosure's indemnity when the buyer fails. The seed grants no period
 * after the due date, so none is added.
 */
final class FactoringMaturity {

  static final String SOURCE = "001 出口信保保理 Art.1";

  private FactoringMaturity() {}

  static void apply(Facts f, LocalDate valueDate, Evaluation.Builder out) {
    LocalDate due = f.requireDate(FactoringFacts.PAYMENT_DUE_DATE);
    BindingLimit<LocalDate> limits = BindingLimit.earliestDate();
    limits.limit(LocalizedText.of("应收账款付款到期日（以买方付款偿还）", "Payment due date of the receivable (repaid by the buyer's payment)"),
        due, SOURCE);
    out.maturity(limits, valueDate);
    if (!due.isAfter(valueDate)) {
      out.reject("FCT-TERM-NOT-AFTER-VALUE-DATE", SOURCE,
          "【硬性条件，不可豁免】应收账款付款到期日 " + due + " 不晚于融资日 " + valueDate + "：应收账款已到期或已逾期",
          "[Hard rule, cannot be overridden] The receivable's due date " + due + " is not after the value date " + valueDate
              + ": the receivable is already due or overdue");
    }
  }
}
