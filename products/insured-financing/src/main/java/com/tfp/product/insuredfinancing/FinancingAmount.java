package com.tfp.product.insuredfinancing;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.calc.BindingLimit;
import com.tfp.spi.calc.Money;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.facts.Facts;
import com.tfp.spi.insurance.IndemnityCover;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The most the bank may finance: the lowest of the invoice face × 80% (办法A §2(1); the bank's premium customers "可视具体
 * 情况" up to 90%, a REFER) and the indemnity cover (信保规程 Art.8 with 股份制 Art.9(5)).
 *
 * <p>API.md: {@code maxAmount} includes the discretionary 90% when the request asks for it ({@code premiumCustomer}),
 * while the steps also show the amount without it. With the cover missing (no valid policy, no buyer limit, nothing
 * declared — all rejected by the hard conditions) no amount is given: the 80% alone would overstate it.
 */
final class FinancingAmount {

  static final BigDecimal STANDARD_RATE = new BigDecimal("0.80");
  static final BigDecimal PREMIUM_RATE = new BigDecimal("0.90");
  static final String RATE_SOURCE = "001 办法A §2(1)";

  private static final LocalizedText DECLARED = LocalizedText.of("申报金额", "declared amount");

  private FinancingAmount() {}

  /** Sets the amount and its steps; returns the maximum amount (rounded) when it can be computed. */
  static Optional<BigDecimal> apply(Facts f, String currency, Evaluation.Builder out) {
    BigDecimal invoice = f.requireDecimal(InsuredFinancingFacts.INVOICE_AMOUNT);
    boolean premium = f.flag(InsuredFinancingFacts.PREMIUM_CUSTOMER);
    Optional<IndemnityCover> cover = IndemnityCover.from(f, InsuredFinancingFacts.DECLARED_AMOUNT);
    BigDecimal standard = invoice.multiply(STANDARD_RATE);
    BigDecimal premiumCap = invoice.multiply(PREMIUM_RATE);

    BindingLimit<BigDecimal> caps = BindingLimit.lowestAmount(currency);
    LocalizedText standardLabel = standardLabel(invoice, premium);
    if (cover.isEmpty()) {
      // no cover: the rate caps are shown, but nothing competes, so no amount is claimed
      caps.explain(standardLabel, standard, RATE_SOURCE);
      if (premium) caps.explain(premiumLabel(invoice), premiumCap, RATE_SOURCE);
      out.amount(caps);
      return Optional.empty();
    }
    IndemnityCover c = cover.get();
    if (premium) {
      caps.explain(standardLabel, standard, RATE_SOURCE);
      caps.limit(premiumLabel(invoice), premiumCap, RATE_SOURCE);
    } else {
      caps.limit(standardLabel, standard, RATE_SOURCE);
    }
    BigDecimal coverValue = c.addTo(caps, DECLARED);
    BigDecimal withoutException = Money.round(standard.min(coverValue), currency);
    if (premium) {
      caps.explain(LocalizedText.of("不含优质客户例外（80%）的最高融资金额", "Maximum amount without the premium-customer exception (80%)"),
          withoutException, RATE_SOURCE);
    }
    out.amount(caps);
    BigDecimal max = caps.result().orElseThrow();
    if (premium) premiumFinding(max, withoutException, out);
    if (max.signum() <= 0) {
      out.reject("IF-AMOUNT-NIL", IndemnityCover.SOURCE,
          "【硬性条件，不可豁免】保险赔付上限为零（免赔额不低于限额内金额或限额余额为零），无可融资金额",
          "[Hard rule, cannot be overridden] The indemnity cover is nil (deductible at or above the covered amount, or "
              + "no limit balance left): nothing can be financed");
    }
    return Optional.of(max);
  }

  private static void premiumFinding(BigDecimal max, BigDecimal withoutException, Evaluation.Builder out) {
    if (max.compareTo(withoutException) > 0) {
      out.refer("IF-AMOUNT-PREMIUM-90", RATE_SOURCE,
          "【可豁免】按优质客户放宽至发票金额的90%（“可视具体情况”）：最高 " + max.toPlainString() + "，不放宽时为 "
              + withoutException.toPlainString() + "；审批人可批准放宽并记录理由，或按80%批准",
          "[Soft rule] Premium-customer 90% of the invoice (discretionary, 可视具体情况): at most " + max.toPlainString()
              + " instead of " + withoutException.toPlainString() + "; an approver may grant it and record why, or approve the 80%");
    } else {
      out.info("IF-AMOUNT-PREMIUM-NOT-NEEDED", RATE_SOURCE,
          "申请按优质客户放宽至90%，但保险赔付上限已低于80%的金额，放宽不增加融资金额，无需例外审批",
          "Premium-customer 90% asked for, but the indemnity cover already binds below the 80% figure: the exception "
              + "adds nothing and needs no approval");
    }
  }

  private static LocalizedText standardLabel(BigDecimal invoice, boolean premium) {
    String inv = invoice.toPlainString();
    return LocalizedText.of(
        "应收账款票面金额 " + inv + " × 80%" + (premium ? "（标准比例，不含优质客户例外）" : "")
            + "。办法规定融资净额（融资金额扣除利息、预计国外扣款、手续费、邮电费）不超过80%；"
            + "本行审慎地将80%直接适用于融资金额（总额），净额必然更低",
        "Invoice face amount " + inv + " × 80%" + (premium ? " (standard rate, without the premium-customer exception)" : "")
            + ". The rule caps the net amount (amount less interest, expected foreign deductions, fees, postage) at 80%; "
            + "applying the 80% to the gross amount is a deliberate, conservative choice — the net is then lower still");
  }

  private static LocalizedText premiumLabel(BigDecimal invoice) {
    String inv = invoice.toPlainString();
    return LocalizedText.of("本行优质客户：应收账款票面金额 " + inv + " × 90%（可视具体情况放宽，须审批）",
        "Premium customer: invoice face amount " + inv + " × 90% (discretionary, subject to approval)");
  }
}
