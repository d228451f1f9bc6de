package com.tfp.product.factoring;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.calc.BindingLimit;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.facts.Facts;
import com.tfp.spi.insurance.IndemnityCover;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The financing stays within Sinosure's cover (出口信保保理 Art.1: "在中信保承保赔付范围内"): (min(receivable, buyer
 * credit-limit balance) − deductible) × indemnity ratio, the formula of insured financing (信保规程 Art.8, 股份制 Art.9(5)).
 * Without a valid policy or a buyer limit there is no cover, and no amount is claimed.
 */
final class FactoringAmount {

  private static final LocalizedText RECEIVABLE = LocalizedText.of("应收账款金额", "receivable amount");

  private FactoringAmount() {}

  static Optional<BigDecimal> apply(Facts f, String currency, Evaluation.Builder out) {
    BindingLimit<BigDecimal> caps = BindingLimit.lowestAmount(currency);
    caps.explain(LocalizedText.of("转让的应收账款金额（在中信保承保赔付范围内提供融资）",
        "Receivable assigned (financed within Sinosure's cover)"), f.requireDecimal(FactoringFacts.RECEIVABLE_AMOUNT),
        "001 出口信保保理 Art.1");
    Optional<IndemnityCover> cover = IndemnityCover.from(f, FactoringFacts.RECEIVABLE_AMOUNT);
    cover.ifPresent(c -> c.addTo(caps, RECEIVABLE));
    out.amount(caps);
    Optional<BigDecimal> max = caps.result();
    if (max.filter(m -> m.signum() <= 0).isPresent()) {
      out.reject("FCT-AMOUNT-NIL", IndemnityCover.SOURCE,
          "【硬性条件，不可豁免】中信保赔付上限为零（免赔额不低于限额内金额或限额余额为零），无可融资金额",
          "[Hard rule, cannot be overridden] Sinosure's cover is nil (deductible at or above the covered amount, or no "
              + "limit balance left): nothing can be financed");
    }
    return max;
  }
}
