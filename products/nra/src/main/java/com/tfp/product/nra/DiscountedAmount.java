package com.tfp.product.nra;

import com.tfp.spi.context.ConfiguredValue;
import static com.tfp.product.nra.NraSchema.ADVANCE_RATIO;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.calc.BindingLimit;
import com.tfp.spi.calc.DayCount;
import com.tfp.spi.calc.Money;
import com.tfp.spi.context.EvaluationContext;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.context.TableRate;
import com.tfp.spi.facts.FieldError;
import com.tfp.spi.facts.InvalidFactsException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Amount and term. The seed gives neither (PRODUCTS.md §5), so both are bank defaults: up to 100% of the compliant or
 * accepted document amount less discount interest on actual days (X8) from the value date to the payment maturity, and
 * a term to that maturity. The discount rate is the request's, or the bank's table rate for the currency and the tenor
 * (a configurable default, listed among the evaluation's defaults); a derived maturity is shown as a term step.
 */
final class DiscountedAmount {

  static final String SOURCE = "001 NRA Art.2";

  private DiscountedAmount() {}

  /** The rate is the bank's price (001 出口信用证 Art.5: interest per the bank's rate rules): its table is the default. */
  static final String RATE_SOURCE = "001 出口信用证 Art.5";

  static BindingLimit<BigDecimal> caps(NraDeal deal, EvaluationContext context, Evaluation.Builder out) {
    ConfiguredValue ratio = context.parameter(ADVANCE_RATIO);
    BigDecimal face = Money.times(deal.documentAmount(), ratio.decimal());
    LocalDate to = deal.maturityDate().isAfter(deal.valueDate()) ? deal.maturityDate() : deal.valueDate();
    DayCount dayCount = context.dayCount(deal.currency());
    long tenor = ChronoUnit.DAYS.between(deal.valueDate(), to);
    TableRate row = deal.givenDiscountRate().isPresent() ? null : tableRate(deal, context, tenor);
    BigDecimal rate = row == null ? deal.givenDiscountRate().get() : row.annualRate();
    BigDecimal interest = dayCount.interest(face, rate, deal.valueDate(), to);
    BindingLimit<BigDecimal> caps = BindingLimit.lowestAmount(deal.currency());
    caps.explain(ratio.mark("单据金额 " + deal.show(deal.documentAmount()) + " 的 " + Money.percent(ratio.decimal()),
        Money.percent(ratio.decimal()) + " of the document amount " + deal.show(deal.documentAmount())), face, SOURCE);
    LocalizedText interestLabel = LocalizedText.of(
        "贴息：年利率 " + Money.percent(rate) + "，" + deal.valueDate() + " 至 " + to + "，" + dayCount.name(),
        "Discount interest at " + Money.percent(rate) + " p.a. from " + deal.valueDate() + " to " + to + ", " + dayCount.name());
    if (row == null) {
      caps.explain(interestLabel, interest, SOURCE);
    } else {
      String table = deal.currency() + " ≤ " + row.tenorDaysUpTo();
      caps.explainDefault(row.mark(interestLabel.zh() + "；利率取自本行贴现利率表（" + table + " 天，期限 " + tenor + " 天）",
          interestLabel.en() + "; the rate from the bank's discount-rate table (" + table + " days, tenor " + tenor + " days)"),
          interest, RATE_SOURCE);
      out.defaulted("facts." + NraSchema.DISCOUNT_RATE, rate.toPlainString(), RATE_SOURCE, true, row.mark(
          "未提供贴现利率：本行贴现利率表 " + table + " 天（期限 " + tenor + " 天）",
          "No discount rate given: the bank's discount-rate table, " + table + " days (tenor " + tenor + " days)"));
    }
    caps.defaultLimit(ratio.mark("单据金额扣除贴息", "Document amount less discount interest"),
        Money.notNegative(face.subtract(interest)), SOURCE);
    return caps;
  }

  private static TableRate tableRate(NraDeal deal, EvaluationContext context, long tenor) {
    return context.discountRate(deal.currency(), tenor).orElseThrow(() -> new InvalidFactsException(List.of(new FieldError(
        "facts." + NraSchema.DISCOUNT_RATE, LocalizedText.of(
            "必填：本行贴现利率表没有 " + deal.currency() + " 期限 " + tenor + " 天的利率；请提供贴现利率，或由管理员在利率表中增加该行",
            "required: the bank's discount-rate table has no " + deal.currency() + " rate for a tenor of " + tenor
                + " days; give discountRate, or an administrator adds the row to the table")))));
  }

  static BindingLimit<LocalDate> term(NraDeal deal, Evaluation.Builder out) {
    BindingLimit<LocalDate> term = BindingLimit.earliestDate();
    if (deal.maturity().derived()) {
      term.explain(deal.maturity().derivation(), deal.maturityDate(), SOURCE);
      out.defaulted("facts." + NraSchema.MATURITY_DATE, deal.maturityDate().toString(), SOURCE, false, deal.maturity().derivation());
    }
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
