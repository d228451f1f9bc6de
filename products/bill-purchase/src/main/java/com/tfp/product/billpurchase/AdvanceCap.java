package com.tfp.product.billpurchase;

import static com.tfp.product.billpurchase.BillPurchaseFacts.*;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.calc.BindingLimit;
import com.tfp.spi.calc.Money;
import com.tfp.spi.evaluation.Evaluation;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The most the bank advances (004 Art.11, "押汇金额不得超过汇票或发票金额的90%"): 90% of the draft, or of the invoice
 * where there is no draft; where both are given, both caps are shown and the lower binds. The currency is the
 * documents' own or CNY.
 */
final class AdvanceCap {

  static final String SOURCE = "004 Art.11";
  static final BigDecimal ADVANCE_RATIO = new BigDecimal("0.90");

  private AdvanceCap() {}

  static BindingLimit<BigDecimal> caps(BillPurchaseDeal deal, Evaluation.Builder out) {
    String ccy = deal.currency();
    BindingLimit<BigDecimal> caps = BindingLimit.lowestAmount(ccy);
    Optional<BigDecimal> draft = deal.facts().decimal(DRAFT_AMOUNT);
    Optional<BigDecimal> invoice = deal.facts().decimal(INVOICE_AMOUNT);
    // the draft first: on a tie the seed's own base, the draft, is the one shown as binding
    draft.ifPresent(d -> caps.limit(LocalizedText.of("汇票金额 %s 的90%%", "90%% of the draft amount %s").formatted(d.toPlainString()),
        Money.times(d, ADVANCE_RATIO), SOURCE));
    invoice.ifPresent(i -> caps.limit(LocalizedText.of("发票金额 %s 的90%%", "90%% of the invoice amount %s").formatted(i.toPlainString()),
        Money.times(i, ADVANCE_RATIO), SOURCE));
    String currencyZh = "CNY".equals(ccy) ? "人民币押汇（单据为外币时须按当日牌价折算）" : "押汇币种 " + ccy + "，须为单据原币种";
    String currencyEn = "CNY".equals(ccy) ? "CNY bill purchase (foreign-currency documents converted at the rate of the day)"
        : "currency " + ccy + ", which must be the documents' currency";
    out.info("BP-AMOUNT", SOURCE,
        "押汇金额不超过" + (draft.isPresent() && invoice.isPresent() ? "汇票与发票金额孰低者" : draft.isPresent() ? "汇票金额" : "发票金额")
            + "的90%；" + currencyZh,
        "Amount at most 90% of the " + (draft.isPresent() && invoice.isPresent() ? "lower of draft and invoice" : draft.isPresent() ? "draft" : "invoice")
            + " amount; " + currencyEn);
    return caps;
  }
}
