package com.tfp.spi.insurance;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.calc.BindingLimit;
import com.tfp.spi.calc.Money;
import com.tfp.spi.facts.Facts;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The most the insurer would pay on the receivable, which caps any financing under the policy: (min(insured amount,
 * buyer credit-limit balance) − deductible) × maximum indemnity ratio. The hard cap of 信保规程 Art.8 ("应不超过…申报金额和
 * 中信保公司批复的信用限额(余额)两者中的低者乘以保险单规定的最高赔付比例") combined with the deductible rule of 股份制
 * Art.9(5) ("如保单上载有免赔条款，还应先将承保金额扣减免赔金额后再乘以赔付比率").
 *
 * @param insuredAmount the declared shipment amount (insured financing) or the receivable (insured factoring)
 * @param buyerCreditLimitBalance the available balance of the insurer's credit limit on the buyer
 * @param deductible the policy's deductible, zero when it has none
 * @param indemnityRatio the policy's maximum indemnity ratio, e.g. 0.9
 */
public record IndemnityCover(
    BigDecimal insuredAmount, BigDecimal buyerCreditLimitBalance, BigDecimal deductible, BigDecimal indemnityRatio) {

  public static final String SOURCE = "001 信保规程 Art.8";
  public static final String DEDUCTIBLE_SOURCE = "001 股份制 Art.9(5)";

  /**
   * The cover from the deal's facts, or empty when an input is missing (the policy or the buyer limit is not there,
   * and the deal is rejected for that): a cover is never computed from invented figures.
   *
   * @param insuredAmountFact the fact holding the insured amount ({@code declaredAmount}, {@code receivableAmount})
   */
  public static Optional<IndemnityCover> from(Facts facts, String insuredAmountFact) {
    Optional<BigDecimal> insured = facts.decimal(insuredAmountFact);
    Optional<BigDecimal> balance = facts.decimal(CreditInsuranceFacts.BUYER_CREDIT_LIMIT_BALANCE);
    Optional<BigDecimal> ratio = facts.decimal(CreditInsuranceFacts.INDEMNITY_RATIO);
    if (insured.isEmpty() || balance.isEmpty() || ratio.isEmpty()) return Optional.empty();
    BigDecimal deductible = facts.decimal(CreditInsuranceFacts.DEDUCTIBLE).orElse(BigDecimal.ZERO);
    return Optional.of(new IndemnityCover(insured.get(), balance.get(), deductible, ratio.get()));
  }

  /** The insured amount, limited to what the buyer credit limit still covers. */
  public BigDecimal coveredAmount() {
    return insuredAmount.min(buyerCreditLimitBalance);
  }

  /** The covered amount less the deductible; never negative. */
  public BigDecimal afterDeductible() {
    return Money.notNegative(coveredAmount().subtract(deductible));
  }

  /** The indemnity cover, unrounded. */
  public BigDecimal value() {
    return afterDeductible().multiply(indemnityRatio);
  }

  /**
   * Adds the cover to the caps: the covered amount and (if any) the deductible as explanations, the cover itself as a
   * competing limit.
   *
   * @param insuredLabel what the insured amount is, e.g. "申报金额 / declared amount"
   * @return the cover, unrounded
   */
  public BigDecimal addTo(BindingLimit<BigDecimal> caps, LocalizedText insuredLabel) {
    String insured = insuredAmount.toPlainString();
    String balance = buyerCreditLimitBalance.toPlainString();
    caps.explain(LocalizedText.of(
            insuredLabel.zh() + "（" + insured + "）与买方信用限额余额（" + balance + "）两者中的低者",
            "The lower of the " + insuredLabel.en() + " (" + insured + ") and the buyer credit-limit balance (" + balance + ")"),
        coveredAmount(), SOURCE);
    if (deductible.signum() > 0) {
      caps.explain(LocalizedText.of("扣减免赔额 %s", "Less the deductible of %s").formatted(deductible.toPlainString()),
          afterDeductible(), DEDUCTIBLE_SOURCE);
    }
    caps.limit(LocalizedText.of("保险赔付上限：（限额内金额 − 免赔额）× 最高赔付比例 %s",
            "Indemnity cover: (covered amount − deductible) × maximum indemnity ratio %s")
            .formatted(Money.percent(indemnityRatio)),
        value(), SOURCE);
    return value();
  }
}
