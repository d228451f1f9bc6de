package com.tfp.product.importbilladvance;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.calc.BindingLimit;
import com.tfp.spi.context.ConfiguredValue;
import com.tfp.spi.context.EvaluationContext;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.EvaluationRequest;
import com.tfp.spi.facts.Facts;
import java.time.LocalDate;

/**
 * The term: what the customer asks for, within the goods' resale cycle (000 §11: the sale repays the advance) and the
 * bank's longest term; beyond the usual term the deal is referred, beyond the longest it is rejected (bank defaults).
 */
final class AdvanceTerm {

  static final String SOURCE = "000 §11";

  private AdvanceTerm() {}

  static void apply(EvaluationRequest request, EvaluationContext context, Evaluation.Builder out) {
    Facts f = request.facts();
    LocalDate start = request.valueDate();
    long requested = f.requireInteger(ImportBillAdvanceFacts.REQUESTED_TERM_DAYS);
    ConfiguredValue usual = context.parameter(BankDefaults.USUAL_MAX_TERM_DAYS);
    ConfiguredValue longest = context.parameter(BankDefaults.LONGEST_TERM_DAYS);

    BindingLimit<LocalDate> limits = BindingLimit.earliestDate();
    limits.limit(LocalizedText.of("申请期限 " + requested + " 天", "Requested term of " + requested + " days"), start.plusDays(requested), SOURCE);
    f.integer(ImportBillAdvanceFacts.RESALE_CYCLE_DAYS).ifPresent(cycle -> limits.limit(
        LocalizedText.of("货物销售回款周期 " + cycle + " 天", "Resale and collection cycle of " + cycle + " days"), start.plusDays(cycle), SOURCE));
    limits.limit(longest, "最长期限 " + longest.value() + " 天", "Longest term of " + longest.value() + " days",
        start.plusDays(longest.decimal().longValueExact()), SOURCE);
    out.maturity(limits, start);

    if (requested > longest.decimal().longValueExact()) {
      out.reject("IBA-TERM-LONGEST", SOURCE, "申请期限超过最长期限 " + longest.value() + " 天（默认值，可由本行配置）",
          "The requested term is beyond the longest term of " + longest.value() + " days (bank default, configurable)");
    } else if (requested > usual.decimal().longValueExact()) {
      out.refer("IBA-TERM-USUAL", SOURCE, "申请期限超过一般期限 " + usual.value() + " 天（默认值，可由本行配置）",
          "The requested term is beyond the usual " + usual.value() + " days (bank default, configurable)");
    }
  }
}
