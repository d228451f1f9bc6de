package com.tfp.product.domesticlc;

import com.tfp.spi.context.ConfiguredValue;
import static com.tfp.product.domesticlc.DomesticLcSchema.BUYER_FINANCING_RATIO;
import static com.tfp.product.domesticlc.DomesticLcSchema.FORFAITING_RATIO;
import static com.tfp.product.domesticlc.DomesticLcSchema.PACKING_LOAN_RATIO;
import static com.tfp.product.domesticlc.DomesticLcSchema.SELLER_BILL_PURCHASE_RATIO;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.calc.BindingLimit;
import com.tfp.spi.calc.Money;
import com.tfp.spi.context.EvaluationContext;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The most each variant may finance. The seed gives no figures (001 国内证 Art.2 only names the products), so every
 * ratio is a bank default: packing loan 80% of the L/C amount; seller's bill purchase 90% of the accepted amount;
 * forfaiting 100% of the accepted amount less discount interest to the payment maturity; buyer-side financing up to the
 * L/C payment amount — the accepted amount where the issuing bank has accepted one (what the L/C will actually pay),
 * never more than the L/C amount. Issuance is the L/C amount itself.
 */
final class FinancingAmount {

  static final String SOURCE = "001 国内证 Art.2";

  private FinancingAmount() {}

  static BindingLimit<BigDecimal> caps(LcDeal deal, EvaluationContext context) {
    BindingLimit<BigDecimal> caps = BindingLimit.lowestAmount(deal.currency());
    switch (deal.variant()) {
      case ISSUANCE -> caps.limit(LocalizedText.of("开证金额（信用证金额）", "Issuance amount (the L/C amount)"),
          deal.lcAmount(), "001 国内证 Art.8");
      case BUYER_BILL_PURCHASE, BUYER_PAY_ON_BEHALF -> buyerFinancing(deal, context, caps);
      case PACKING_LOAN -> {
        ConfiguredValue r = context.parameter(PACKING_LOAN_RATIO);
        caps.defaultLimit(r.mark("信用证金额 " + deal.show(deal.lcAmount()) + " 的 " + Money.percent(r.decimal()),
            Money.percent(r.decimal()) + " of the L/C amount " + deal.show(deal.lcAmount())),
            Money.times(deal.lcAmount(), r.decimal()), SOURCE);
      }
      case SELLER_BILL_PURCHASE -> {
        ConfiguredValue r = context.parameter(SELLER_BILL_PURCHASE_RATIO);
        caps.defaultLimit(r.mark("承兑金额 " + deal.show(deal.acceptedAmount()) + " 的 " + Money.percent(r.decimal()),
            Money.percent(r.decimal()) + " of the accepted amount " + deal.show(deal.acceptedAmount())),
            Money.times(deal.acceptedAmount(), r.decimal()), SOURCE);
      }
      case FORFAITING -> forfaiting(deal, context, caps);
    }
    return caps;
  }

  private static void buyerFinancing(LcDeal deal, EvaluationContext context, BindingLimit<BigDecimal> caps) {
    ConfiguredValue r = context.parameter(BUYER_FINANCING_RATIO);
    if (deal.acceptedAmount() != null) {
      caps.defaultLimit(r.mark("信用证付款金额（承兑金额）" + deal.show(deal.acceptedAmount()) + " 的 " + Money.percent(r.decimal()),
          Money.percent(r.decimal()) + " of the L/C payment amount (the accepted amount " + deal.show(deal.acceptedAmount()) + ")"),
          Money.times(deal.acceptedAmount(), r.decimal()), SOURCE);
      caps.limit(LocalizedText.of("信用证金额", "The L/C amount"), deal.lcAmount(), SOURCE);
    } else {
      caps.defaultLimit(r.mark("信用证付款金额（未承兑，按信用证金额）" + deal.show(deal.lcAmount()) + " 的 " + Money.percent(r.decimal()),
          Money.percent(r.decimal()) + " of the L/C payment amount (none accepted yet: the L/C amount " + deal.show(deal.lcAmount()) + ")"),
          Money.times(deal.lcAmount(), r.decimal()), SOURCE);
    }
  }

  /** 100% of the accepted amount less discount interest on actual days from the value date to the payment maturity. */
  private static void forfaiting(LcDeal deal, EvaluationContext context, BindingLimit<BigDecimal> caps) {
    ConfiguredValue r = context.parameter(FORFAITING_RATIO);
    BigDecimal face = Money.times(deal.acceptedAmount(), r.decimal());
    LocalDate maturity = deal.paymentMaturity();
    LocalDate to = maturity.isAfter(deal.valueDate()) ? maturity : deal.valueDate();
    BigDecimal interest = context.dayCount(deal.currency()).interest(face, deal.discountRate(), deal.valueDate(), to);
    caps.explain(r.mark("承兑金额 " + deal.show(deal.acceptedAmount()) + " 的 " + Money.percent(r.decimal()),
        Money.percent(r.decimal()) + " of the accepted amount " + deal.show(deal.acceptedAmount())), face, SOURCE);
    caps.explain(LocalizedText.of(
            "贴息：年利率 " + Money.percent(deal.discountRate()) + "，" + deal.valueDate() + " 至 " + to + "，"
                + context.dayCount(deal.currency()).name(),
            "Discount interest at " + Money.percent(deal.discountRate()) + " p.a. from " + deal.valueDate() + " to " + to
                + ", " + context.dayCount(deal.currency()).name()),
        interest, "001 国内证 Art.2");
    caps.defaultLimit(r.mark("福费廷：承兑金额扣除贴息", "Forfaiting: accepted amount less discount interest"),
        Money.notNegative(face.subtract(interest)), SOURCE);
  }
}
