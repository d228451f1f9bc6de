package com.tfp.product.domesticlc;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.calc.BindingLimit;
import com.tfp.spi.context.EvaluationContext;
import com.tfp.spi.evaluation.Evaluation;
import java.time.LocalDate;

/**
 * 001 国内证 Art.10: "国内信用证有效期和付款期限最长分别不得超过6个月" — a hard limit on each, counted in calendar months
 * from the issue date; "付款期限应与货款回笼周期相匹配" has no fact behind it and goes to the checklist. The packing
 * loan, seller's bill purchase and forfaiting run to the L/C's payment maturity (issue date + payment term), which also
 * caps them at 6 months from issue; the issuing bank's commitment runs until the later of expiry and payment maturity;
 * the buyer's bill purchase and pay-on-behalf start at the payment maturity ({@link BuyerFinancingTerm}).
 */
final class LcTermRule {

  static final String SOURCE = "001 国内证 Art.10";

  private LcTermRule() {}

  static BindingLimit<LocalDate> apply(LcDeal deal, EvaluationContext context, Evaluation.Builder out) {
    LocalDate sixMonths = deal.sixMonthsFromIssue();
    LocalDate expiry = deal.lcExpiryDate();
    LocalDate payment = deal.paymentMaturity();
    boolean ok = true;

    if (expiry.isBefore(deal.issueDate())) {
      ok = false;
      out.reject("DLC-VALIDITY", SOURCE,
          "信用证有效期 " + expiry + " 早于开证日 " + deal.issueDate() + "，不能办理（硬性规定，不可豁免）",
          "The L/C expiry " + expiry + " is before the issue date " + deal.issueDate() + " (hard rule, not overridable)");
    } else if (expiry.isAfter(sixMonths)) {
      ok = false;
      out.reject("DLC-VALIDITY", SOURCE,
          "信用证有效期 " + expiry + " 超过开证日起6个月（" + sixMonths + "）：有效期最长不得超过6个月（硬性规定，不可豁免）",
          "The L/C expires on " + expiry + ", after 6 calendar months from issue (" + sixMonths
              + "): validity must not exceed 6 months (hard rule, not overridable)");
    }
    if (payment.isAfter(sixMonths)) {
      ok = false;
      out.reject("DLC-PAYMENT-TERM", SOURCE,
          "付款期限 " + deal.paymentTermDays() + " 天（到期日 " + payment + "）超过开证日起6个月（" + sixMonths
              + "）：付款期限最长不得超过6个月（硬性规定，不可豁免）",
          "The payment term of " + deal.paymentTermDays() + " days (maturity " + payment + ") passes 6 calendar months"
              + " from issue (" + sixMonths + "): the payment term must not exceed 6 months (hard rule, not overridable)");
    }
    if (ok) {
      out.info("DLC-TERMS", SOURCE,
          "有效期至 " + expiry + "、付款到期日 " + payment + "，均未超过开证日起6个月（" + sixMonths + "）",
          "Expiry " + expiry + " and payment maturity " + payment + " are both within 6 calendar months of issue ("
              + sixMonths + ")");
    }
    out.check("DLC-CASH-CYCLE", SOURCE,
        "确认付款期限（" + deal.paymentTermDays() + " 天）与货款回笼周期相匹配",
        "Confirm that the payment term (" + deal.paymentTermDays() + " days) matches the goods' cash cycle");

    BindingLimit<LocalDate> term = BindingLimit.earliestDate();
    term.explain(LocalizedText.of("信用证有效期", "L/C expiry date"), expiry, SOURCE);
    if (deal.variant() == LcVariant.ISSUANCE) {
      term.explain(LocalizedText.of("付款到期日：开证日 + " + deal.paymentTermDays() + " 天",
          "Payment maturity: issue date + " + deal.paymentTermDays() + " days"), payment, SOURCE);
      term.limit(LocalizedText.of("开证责任至有效期与付款到期日孰晚", "The issuing commitment runs to the later of expiry and payment maturity"),
          expiry.isAfter(payment) ? expiry : payment, SOURCE);
      term.limit(LocalizedText.of("开证日起6个月", "6 calendar months from the issue date"), sixMonths, SOURCE);
    } else if (deal.variant().financesTheBuyerAfterPayment()) {
      // the 6 months bound the L/C (checked above), not the financing that follows its payment
      BuyerFinancingTerm.apply(deal, context, term, out);
    } else {
      term.limit(LocalizedText.of("付款到期日：开证日 + " + deal.paymentTermDays() + " 天",
          "Payment maturity: issue date + " + deal.paymentTermDays() + " days"), payment, SOURCE);
      term.limit(LocalizedText.of("开证日起6个月", "6 calendar months from the issue date"), sixMonths, SOURCE);
    }

    LocalDate maturity = term.result().orElseThrow();
    if (!maturity.isAfter(deal.valueDate())) {
      out.reject("DLC-TERM-ELAPSED", SOURCE,
          "到期日 " + maturity + " 不晚于融资日 " + deal.valueDate() + "，已无可融资期限（不可豁免）",
          "The maturity " + maturity + " is not after the value date " + deal.valueDate()
              + ": no term is left to finance (not overridable)");
    }
    return term;
  }
}
