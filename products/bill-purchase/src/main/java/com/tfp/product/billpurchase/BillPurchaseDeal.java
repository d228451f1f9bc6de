package com.tfp.product.billpurchase;

import com.tfp.spi.evaluation.CustomerRecord;
import com.tfp.spi.evaluation.EvaluationRequest;
import com.tfp.spi.facts.Facts;
import java.time.LocalDate;
import java.util.Optional;

/** One prospective bill purchase as the rules read it: the request's validated facts plus its settlement. */
record BillPurchaseDeal(Settlement settlement, String currency, LocalDate valueDate, Facts facts, Optional<CustomerRecord> customer) {

  static BillPurchaseDeal of(EvaluationRequest request) {
    String code = request.facts().requireText(BillPurchaseFacts.SETTLEMENT);
    Settlement settlement = Settlement.of(code)
        .orElseThrow(() -> new IllegalArgumentException("settlement not in the schema: " + code));
    return new BillPurchaseDeal(settlement, request.currency(), request.valueDate(), request.facts(), request.customerRecord());
  }

  boolean flag(String fact) {
    return facts.flag(fact);
  }

  boolean isLetterOfCredit() {
    return settlement.isLetterOfCredit();
  }
}
