package com.tfp.product.factoring;

import com.tfp.spi.testing.TestDeal;
import com.tfp.spi.testing.TestPolicy;
import java.time.LocalDate;

/** A qualified deal, varied one fact at a time; the shared {@link TestDeal} evaluates it. */
final class FactoringFixture {

  static final FactoringPlugin PLUGIN = new FactoringPlugin();
  static final LocalDate VALUE_DATE = LocalDate.of(2026, 6, 1);
  static final LocalDate DUE = LocalDate.of(2026, 11, 28);

  private FactoringFixture() {}

  /** USD 100,000 receivable, 180 days, a Sinosure policy in order at 90%, limit balance 200,000, 3-year relationship, score 80. */
  static TestDeal deal() {
    return TestPolicy.inOrder(TestDeal.of(PLUGIN).currency("USD").valueDate(VALUE_DATE))
        .with("receivableAmount", "100000.00")
        .with("buyerCreditLimitBalance", "200000.00")
        .with("indemnityRatio", "0.9")
        .with("paymentTermDays", 180)
        .with("paymentDueDate", DUE.toString())
        .with("coversAllCommercialRisks", true)
        .with("coversPoliticalRisk", true)
        .with("insuranceNoticeIssued", true)
        .with("buyerRelationshipYears", "3")
        .with("scorecardScore", "80");
  }
}
