package com.tfp.product.importbilladvance;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.calc.BindingLimit;
import com.tfp.spi.calc.ImportMargin;
import com.tfp.spi.calc.Money;
import com.tfp.spi.context.ConfiguredValue;
import com.tfp.spi.context.EvaluationContext;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.EvaluationRequest;
import com.tfp.spi.facts.CustomerFacts;
import com.tfp.spi.facts.Facts;
import java.math.BigDecimal;

/**
 * The largest advance: the lowest of the bank's advance ratio of the payment (002 Art.28, a bank default), the payment
 * less the margin of 002 Art.41, and the payment less the margin already held (002 Art.21: the covered part is not
 * financed).
 */
final class AdvanceAmount {

  private AdvanceAmount() {}

  static void apply(EvaluationRequest request, EvaluationContext context, Evaluation.Builder out) {
    Facts f = request.facts();
    BigDecimal bill = f.requireDecimal(ImportBillAdvanceFacts.BILL_AMOUNT);
    BigDecimal held = f.decimal(ImportBillAdvanceFacts.MARGIN_HELD).orElse(BigDecimal.ZERO);
    BindingLimit<BigDecimal> caps = BindingLimit.lowestAmount(request.currency());

    ConfiguredValue ratio = context.parameter(BankDefaults.ADVANCE_RATIO);
    caps.limit(ratio, "付款金额的" + Money.percent(ratio.decimal()), Money.percent(ratio.decimal()) + " of the payment",
        Money.times(bill, ratio.decimal()), "002 Art.28");

    ImportMargin.Margin margin = ImportMargin.of(f.text(CustomerFacts.CUSTOMER_TIER).orElse(null),
        f.text(CustomerFacts.CREDIT_RATING).orElse(null), f.flag(ImportBillAdvanceFacts.VOLATILE_GOODS), context);
    if (margin.known()) {
      BigDecimal afterMargin = Money.notNegative(bill.subtract(Money.times(bill, margin.ratio())));
      LocalizedText label = LocalizedText.of("付款金额扣除保证金 " + Money.percent(margin.ratio()) + "：" + margin.basis().zh(),
          "Payment less a margin of " + Money.percent(margin.ratio()) + ": " + margin.basis().en());
      if (margin.bankDefault()) caps.defaultLimit(label, afterMargin, ImportMargin.SOURCE);
      else caps.limit(label, afterMargin, ImportMargin.SOURCE);
      out.marginRatio(margin.ratio());
    } else {
      out.refer("IBA-MARGIN-UNKNOWN", ImportMargin.SOURCE, "保证金比例未定：" + margin.basis().zh() + "，须人工确定",
          "Margin not determined: " + margin.basis().en() + "; a person sets it");
      out.check("IBA-MARGIN", ImportMargin.SOURCE, "按客户分类和评级确定并收取保证金", "Set and take the margin by the customer's tier and rating");
    }
    if (held.signum() > 0) {
      caps.limit(LocalizedText.of("付款金额扣除已收保证金", "Payment less the margin already held"),
          Money.notNegative(bill.subtract(held)), "002 Art.21");
    }
    out.amount(caps);
  }
}
