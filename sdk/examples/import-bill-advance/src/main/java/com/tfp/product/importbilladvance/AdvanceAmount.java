package com.tfp.product.importbilladvance;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.calc.BindingLimit;
import com.tfp.spi.calc.Money;
import com.tfp.spi.context.ConfiguredValue;
import com.tfp.spi.context.EvaluationContext;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.EvaluationRequest;
import com.tfp.spi.facts.Facts;
import java.math.BigDecimal;
import java.util.Optional;

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
    LocalizedText ratioLabel = ratio.mark("付款金额的" + Money.percent(ratio.decimal()), Money.percent(ratio.decimal()) + " of the payment");
    if (ratio.bankDefault()) caps.defaultLimit(ratioLabel, Money.times(bill, ratio.decimal()), "002 Art.28");
    else caps.limit(ratioLabel, Money.times(bill, ratio.decimal()), "002 Art.28");

    Optional<ImportMargin> margin = ImportMargin.of(f, context);
    if (margin.isPresent()) {
      ImportMargin m = margin.get();
      BigDecimal afterMargin = Money.notNegative(bill.subtract(Money.times(bill, m.ratio())));
      LocalizedText label = LocalizedText.of("付款金额扣除保证金 " + Money.percent(m.ratio()) + "（" + m.basis().zh() + "）"
              + (m.bankDefault() ? "（默认值，可由本行配置）" : "（本行设定）"),
          "Payment less a margin of " + Money.percent(m.ratio()) + " (" + m.basis().en() + ")"
              + (m.bankDefault() ? " (bank default, configurable)" : " (bank's own setting)"));
      if (m.bankDefault()) caps.defaultLimit(label, afterMargin, ImportMargin.SOURCE);
      else caps.limit(label, afterMargin, ImportMargin.SOURCE);
      out.marginRatio(m.ratio());
    } else {
      out.refer("IBA-MARGIN-UNKNOWN", ImportMargin.SOURCE, "客户分类（目标客户还需评级）未知，保证金比例须人工确定",
          "Customer tier (and a target customer's rating) unknown: a person sets the margin");
      out.check("IBA-MARGIN", ImportMargin.SOURCE, "按客户分类和评级确定并收取保证金", "Set and take the margin by the customer's tier and rating");
    }
    if (held.signum() > 0) {
      caps.limit(LocalizedText.of("付款金额扣除已收保证金", "Payment less the margin already held"),
          Money.notNegative(bill.subtract(held)), "002 Art.21");
    }
    out.amount(caps);
  }
}
