package com.tfp.product.domesticlc;

import static com.tfp.product.domesticlc.DomesticLcSchema.BUYER_FINANCING_MAX_DAYS;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.calc.BindingLimit;
import com.tfp.spi.context.ConfiguredValue;
import com.tfp.spi.context.EvaluationContext;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.Severity;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The term of the buyer's bill purchase and pay-on-behalf. The bank pays the L/C at its payment maturity (issue date
 * + payment term, 001 国内证 Art.10) and finances the buyer from then on, so the financing starts where the L/C ends —
 * under a sight L/C on the issue date itself. How long it may run, the seed does not say (Art.10 limits the L/C, not
 * the buyer's financing): the longest period after the payment maturity is a bank default ({@code
 * buyerFinancingMaxDays}, 90 days). The maturity is the requested date, or that longest period when none is
 * requested; a request beyond it is capped and referred, since the cap has no seed behind it.
 */
final class BuyerFinancingTerm {

  static final String CODE = "DLC-BUYER-TERM";

  private BuyerFinancingTerm() {}

  /** Adds the financing's start, the requested date and the cap to the term, and one finding on them. */
  static void apply(LcDeal deal, EvaluationContext context, BindingLimit<LocalDate> term, Evaluation.Builder out) {
    LocalDate start = deal.paymentMaturity();
    ConfiguredValue maxDays = context.parameter(BUYER_FINANCING_MAX_DAYS);
    long days = maxDays.decimal().longValueExact();
    LocalDate cap = start.plusDays(days);
    LocalizedText capLabel = maxDays.mark("付款到期日 + " + days + " 天（买方融资最长期限，种子文件未规定）",
        "Payment maturity + " + days + " days (longest buyer financing period; the seed gives no figure)");
    LocalizedText capText = maxDays.mark("付款到期日 + " + days + " 天 = " + cap, "payment maturity + " + days + " days = " + cap);
    LocalDate requested = deal.requestedMaturityDate();

    term.explain(LocalizedText.of("信用证付款到期日：开证日 + " + deal.paymentTermDays() + " 天（本行付款，买方融资起算）",
        "L/C payment maturity: issue date + " + deal.paymentTermDays() + " days (the bank pays; the buyer's financing"
            + " starts)"), start, LcTermRule.SOURCE);
    if (requested != null) {
      term.limit(LocalizedText.of("申请的融资到期日", "Requested maturity date"), requested, LcTermRule.SOURCE);
    }
    term.defaultLimit(capLabel, cap, LcTermRule.SOURCE);

    if (requested == null) {
      out.info(CODE, LcTermRule.SOURCE,
          "买方融资自付款到期日 " + start + " 起；未申请到期日，按最长期限至" + capText.zh() + "，种子文件未规定该期限",
          "The buyer's financing starts at the payment maturity " + start + "; no maturity requested, so it runs the"
              + " longest period, to " + capText.en() + "; the seed sets no such period");
    } else if (!requested.isAfter(start)) {
      out.reject(CODE, LcTermRule.SOURCE,
          "申请的到期日 " + requested + " 不晚于信用证付款到期日 " + start + "：买方融资自本行付款时起算，没有融资期限（不可豁免）",
          "The requested maturity " + requested + " is not after the L/C's payment maturity " + start + ", when the"
              + " buyer's financing starts: there is no term to finance (not overridable)");
    } else if (requested.isAfter(cap)) {
      out.finding(Severity.REFER, CODE, LcTermRule.SOURCE, LocalizedText.of(
          "申请的到期日 " + requested + " 晚于" + capText.zh() + "：该上限没有种子文件依据（001 国内证未规定买方融资期限），"
              + "到期日按 " + cap + " 计算；有权审批人可同意按申请日期办理，须记录理由",
          "The requested maturity " + requested + " is after " + capText.en() + ". That cap has no backing in the"
              + " seed (001 国内证 sets no buyer financing period), so the maturity is capped at " + cap
              + "; an approver may accept the requested date and must record why"));
    } else {
      out.info(CODE, LcTermRule.SOURCE,
          "买方融资自付款到期日 " + start + " 至申请的到期日 " + requested + "（" + ChronoUnit.DAYS.between(start, requested)
              + " 天），未超过" + capText.zh(),
          "The buyer's financing runs from the payment maturity " + start + " to the requested maturity " + requested
              + " (" + ChronoUnit.DAYS.between(start, requested) + " days), within " + capText.en());
    }
  }
}
