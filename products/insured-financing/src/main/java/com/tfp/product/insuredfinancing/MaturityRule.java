package com.tfp.product.insuredfinancing;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.calc.BindingLimit;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.facts.Facts;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The term (办法A §2(2), chosen over 股份制 Art.7 as the stricter and more precise version): the invoice / L/C payment
 * term may not exceed 150 days; the financing matures at most 10 days after the payment due date, "最长不超过付款到期日后
 * 30天" — beyond 10 days is a REFER, beyond 30 a REJECT.
 *
 * <p>The maturity is the requested date, because that is what the deal asks for (as {@code maxAmount} includes the
 * discretionary exception asked for): up to due + 10 it is approvable; up to due + 30 it is kept but referred, and
 * due + 10 is shown as the standard limit; beyond due + 30 it is rejected and shown capped at due + 30, the furthest
 * any approver could grant. Without a requested date the maturity is due + 10.
 */
final class MaturityRule {

  static final int MAX_PAYMENT_TERM_DAYS = 150;
  static final int STANDARD_GRACE_DAYS = 10;
  static final int OUTER_GRACE_DAYS = 30;
  static final String SOURCE = "001 办法A §2(2)";

  private MaturityRule() {}

  static void apply(Facts f, LocalDate valueDate, Evaluation.Builder out) {
    long termDays = f.requireInteger(InsuredFinancingFacts.PAYMENT_TERM_DAYS);
    boolean termOk = termDays <= MAX_PAYMENT_TERM_DAYS;
    if (!termOk) {
      out.reject("IF-PAYMENT-TERM", SOURCE,
          "【硬性条件，不可豁免】发票/信用证付款期限 " + termDays + " 天，超过150天",
          "[Hard rule, cannot be overridden] The invoice / L/C payment term of " + termDays + " days exceeds 150 days");
    }
    LocalDate due = f.requireDate(InsuredFinancingFacts.PAYMENT_DUE_DATE);
    LocalDate standard = due.plusDays(STANDARD_GRACE_DAYS);
    LocalDate outer = due.plusDays(OUTER_GRACE_DAYS);
    Optional<LocalDate> requested = f.date(InsuredFinancingFacts.REQUESTED_MATURITY_DATE);

    BindingLimit<LocalDate> limits = BindingLimit.earliestDate();
    limits.explain(LocalizedText.of("付款到期日", "Payment due date"), due, SOURCE);
    LocalizedText standardLabel = LocalizedText.of("付款到期日后10天（标准期限）", "Payment due date + 10 days (standard limit)");
    LocalizedText outerLabel = LocalizedText.of("付款到期日后30天（最长，须审批）", "Payment due date + 30 days (the longest, subject to approval)");
    boolean maturityOk = true;
    if (requested.isEmpty()) {
      limits.limit(standardLabel, standard, SOURCE);
    } else {
      LocalDate r = requested.get();
      limits.limit(LocalizedText.of("申请的融资到期日", "Requested maturity date"), r, SOURCE);
      if (!r.isAfter(standard)) {
        limits.limit(standardLabel, standard, SOURCE);
      } else {
        maturityOk = false;
        limits.explain(standardLabel, standard, SOURCE);
        limits.limit(outerLabel, outer, SOURCE);
        if (!r.isAfter(outer)) {
          out.refer("IF-TERM-BEYOND-10-DAYS", SOURCE,
              "【可豁免】申请到期日 " + r + " 晚于付款到期日后10天（" + standard + "），但未超过30天（" + outer + "）：审批人可批准并记录理由，或按 "
                  + standard + " 批准",
              "[Soft rule] Requested maturity " + r + " is more than 10 days after the payment due date (" + standard
                  + ") but within 30 (" + outer + "): an approver may grant it and record why, or approve " + standard);
        } else {
          out.reject("IF-TERM-BEYOND-30-DAYS", SOURCE,
              "【硬性条件，不可豁免】申请到期日 " + r + " 超过付款到期日后30天（" + outer + "）；最长可至 " + outer,
              "[Hard rule, cannot be overridden] Requested maturity " + r + " is more than 30 days after the payment due "
                  + "date (" + outer + "); " + outer + " is the longest possible");
        }
      }
    }
    out.maturity(limits, valueDate);
    LocalDate maturity = limits.result().orElseThrow();
    if (!maturity.isAfter(valueDate)) {
      maturityOk = false;
      out.reject("IF-TERM-NOT-AFTER-VALUE-DATE", SOURCE,
          "【硬性条件，不可豁免】融资到期日 " + maturity + " 不晚于融资日 " + valueDate + "：应收账款已过期或到期日有误",
          "[Hard rule, cannot be overridden] The maturity " + maturity + " is not after the value date " + valueDate
              + ": the receivable is past due or the dates are wrong");
    }
    if (termOk && maturityOk) {
      out.info("IF-TERM", SOURCE,
          "付款期限 " + termDays + " 天（≤150天）；融资到期日 " + maturity + " 不晚于付款到期日后10天",
          "Payment term " + termDays + " days (≤ 150); maturity " + maturity + " within 10 days after the payment due date");
    }
  }
}
