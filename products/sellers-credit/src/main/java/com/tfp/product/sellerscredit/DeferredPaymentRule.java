package com.tfp.product.sellerscredit;

import static com.tfp.product.sellerscredit.SellersCreditSchema.DEFERRED_PAYMENT;
import static com.tfp.product.sellerscredit.SellersCreditSchema.DEFERRED_PAYMENT_GUARANTEED;

import com.tfp.spi.evaluation.Evaluation;

/**
 * 003 Art.6(八): in a deferred-payment project the deferred part must carry a payment guarantee the bank accepts — a
 * condition under "应具备", so hard. Operating-capital loans take only conditions (一)-(五) (Art.6(十)) and have no
 * such fact.
 */
final class DeferredPaymentRule {

  static final String CODE = "SC-DEFERRED-PAYMENT-GUARANTEE";

  private DeferredPaymentRule() {}

  static void apply(Deal deal, Evaluation.Builder result) {
    if (!deal.flag(DEFERRED_PAYMENT)) return;
    if (deal.flag(DEFERRED_PAYMENT_GUARANTEED)) {
      result.info(CODE, "003 Art.6", "延期支付部分已有本行接受的支付保证", "The deferred part carries an acceptable payment guarantee");
    } else {
      result.reject(CODE, "003 Art.6", "延期付款项目的延期支付部分应提供本行接受的支付保证（第六条（八）），未提供",
          "The deferred part of a deferred-payment project must carry a payment guarantee the bank accepts (Art.6(八)): none");
    }
  }
}
