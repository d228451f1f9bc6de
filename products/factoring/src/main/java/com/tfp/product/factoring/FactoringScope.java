package com.tfp.product.factoring;

import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.facts.Facts;
import com.tfp.spi.insurance.CreditInsuranceFacts;

/**
 * What the product is for (scope rules are hard, PRODUCTS.md X0): a Sinosure policy only (出口信保保理 Art.1: "已向中国出口
 * 信用保险公司投保"), and short-term receivables of at most 360 days (Art.2(1): "仅适用于短期(不超过360天)"; the 150 days of
 * insured financing do not apply).
 */
final class FactoringScope {

  static final int MAX_PAYMENT_TERM_DAYS = 360;

  private FactoringScope() {}

  static void apply(Facts f, Evaluation.Builder out) {
    String insurer = f.requireText(CreditInsuranceFacts.INSURER);
    boolean sinosure = CreditInsuranceFacts.SINOSURE.equals(insurer);
    if (!sinosure) {
      out.reject("FCT-INSURER-SINOSURE", "001 出口信保保理 Art.1",
          "【硬性条件，不可豁免】出口信保保理仅限中信保承保的出口贸易，保险公司为“" + insurer + "”",
          "[Hard rule, cannot be overridden] Insured factoring takes Sinosure policies only; the insurer is '" + insurer + "'");
    }
    long days = f.requireInteger(FactoringFacts.PAYMENT_TERM_DAYS);
    boolean shortTerm = days <= MAX_PAYMENT_TERM_DAYS;
    if (!shortTerm) {
      out.reject("FCT-PAYMENT-TERM", "001 出口信保保理 Art.2(1)",
          "【硬性条件，不可豁免】付款期限 " + days + " 天，超过360天（仅适用于短期出口信用保险）",
          "[Hard rule, cannot be overridden] The payment term of " + days + " days exceeds 360 days (short-term cover only)");
    }
    if (sinosure && shortTerm) {
      out.info("FCT-SCOPE", "001 出口信保保理 Art.2",
          "适用范围：中信保短期出口信用保险项下，付款期限 " + days + " 天（≤360天）；基础交易另须符合我行国际保理及信保融资规定",
          "Scope: Sinosure short-term cover, payment term " + days + " days (≤ 360); the underlying trade must also meet "
              + "the bank's international-factoring and insured-financing rules");
    }
  }
}
