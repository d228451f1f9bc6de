package com.tfp.product.nra;

import com.tfp.spi.context.ConfiguredValue;
import static com.tfp.product.nra.NraSchema.ADVANCE_RATIO;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.calc.BindingLimit;
import com.tfp.spi.calc.DayCount;
import com.tfp.spi.calc.Money;
import com.tfp.spi.context.EvaluationContext;
import com.tfp.spi.evaluation.Evaluation;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Amount and term. The seed gives neither (PRODUCTS.md §5), so both are bank defaults: up to 100% of the compliant or
 * accepted document amount less discount interest on actual days (X8) from the value date to the payment maturity, and
 * a term to that maturity.
 */
final class DiscountedAmount {

  static final String SOURCE = "001 NRA Art.2";

  private DiscountedAmount() {}

  static BindingLimit<BigDecimal> caps(NraDeal deal, EvaluationContext context) {
    ConfiguredValue ratio = context.parameter(ADVANCE_RATIO);
    BigDecimal face = Money.times(deal.documentAmount(), ratio.decimal());
    LocalDate to = deal.maturityDate().isAfter(deal.valueDate()) ? deal.maturityDate() : deal.valueDate();
    DayCount dayCount = context.dayCount(deal.currency());
    BigDecimal interest = dayCount.interest(face, deal.discountRate(), deal.valueDate(), to);
    BindingLimit<BigDecimal> caps = BindingLimit.lowestAmount(deal.currency());
    caps.explain(ratio.mark("单据金额 " + deal.show(deal.documentAmount()) + " 的 " + Money.percent(ratio.decimal()),
        Money.percent(ratio.decimal()) + " of the document amount " + deal.show(deal.documentAmount())), face, SOURCE);
    caps.explain(LocalizedText.of(
            "贴息：年利率 " + Money.percent(deal.discountRate()) + "，" + deal.valueDate() + " 至 " + to + "，" + dayCount.name(),
            "Discount interest at " + Money.percent(deal.discountRate()) + " p.a. from " + deal.valueDate() + " to " + to
                + ", " + dayCount.name()),
        interest, SOURCE);
    caps.defaultLimit(ratio.mark("单据金额扣除贴息", "Document amount less discount interest"),
        Money.notNegative(face.subtract(interest)), SOURCE);
    return caps;
  }

  static BindingLimit<LocalDate> term(NraDeal deal, Evaluation.Builder out) {
    BindingLimit<LocalDate> term = BindingLimit.earliestDate();
    term.defaultLimit(LocalizedText.of("付款到期日（默认：融资期限至付款到期日）", "Payment maturity (default: the financing runs to it)"),
        deal.maturityDate(), SOURCE);
    if (!deal.maturityDate().isAfter(deal.valueDate())) {
      out.reject("NRA-MATURITY", SOURCE,
          "付款到期日 " + deal.maturityDate() + " 不晚于融资日 " + deal.valueDate() + "，已无可融资期限（不可豁免）",
          "The payment maturity " + deal.maturityDate() + " is not after the value date " + deal.valueDate()
              + ": no term is left to finance (not overridable)");
    }
    return term;
  }
}
