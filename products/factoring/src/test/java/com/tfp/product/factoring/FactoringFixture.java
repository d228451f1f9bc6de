package com.tfp.product.factoring;

import com.tfp.spi.testing.TestDeal;
import java.time.LocalDate;
import java.util.List;

/** A qualified deal, varied one fact at a time; the shared {@link TestDeal} evaluates it. */
final class FactoringFixture {

  static final FactoringPlugin PLUGIN = new FactoringPlugin();
  static final LocalDate VALUE_DATE = LocalDate.of(2026, 6, 1);
  static final LocalDate DUE = LocalDate.of(2026, 11, 28);

  private FactoringFixture() {}

  /** USD 100,000 receivable, 180 days, Sinosure at 90%, limit balance 200,000, 3-year relationship, score 80. */
  static TestDeal deal() {
    TestDeal deal = TestDeal.of(PLUGIN).currency("USD").valueDate(VALUE_DATE)
        .with("receivableAmount", "100000.00")
        .with("buyerCreditLimitBalance", "200000.00")
        .with("indemnityRatio", "0.9")
        .with("paymentTermDays", 180)
        .with("paymentDueDate", DUE.toString())
        .with("insurer", "SINOSURE");
    for (String flag : List.of("policyValid", "buyerLimitApproved", "shipmentDeclared", "premiumPaid",
        "indemnityAssignmentSigned", "claimAgreementSigned", "goodsShipped", "coversAllCommercialRisks",
        "coversPoliticalRisk", "insuranceNoticeIssued")) {
      deal.with(flag, true);
    }
    return deal.with("priceTerm", "FOB").with("buyerRelationshipYears", "3").with("scorecardScore", "80");
  }
}
