package ${package};

import com.tfp.spi.calc.BindingLimit;
import com.tfp.spi.calc.Money;
import com.tfp.spi.context.ConfiguredValue;
import com.tfp.spi.context.EvaluationContext;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.EvaluationRequest;
import java.math.BigDecimal;

/** One amount formula: the invoice times the bank's advance ratio (a bank default, 002 Art.28), rounded at the end. */
final class AdvanceAmount {

  static final String ADVANCE_RATIO = "advanceRatio";
  static final String SOURCE = "002 Art.28";

  private AdvanceAmount() {}

  static void apply(EvaluationRequest request, EvaluationContext context, Evaluation.Builder out) {
    BigDecimal invoice = request.facts().requireDecimal(ProductFacts.INVOICE_AMOUNT);
    ConfiguredValue ratio = context.parameter(ADVANCE_RATIO);
    BindingLimit<BigDecimal> caps = BindingLimit.lowestAmount(request.currency());
    // a limit set by a parameter: marked as the bank's default until the bank sets its own value (SPI 1.4)
    caps.limit(ratio, "发票金额的" + Money.percent(ratio.decimal()), Money.percent(ratio.decimal()) + " of the invoice",
        Money.times(invoice, ratio.decimal()), SOURCE);
    out.amount(caps);
  }
}
