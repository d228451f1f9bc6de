package com.tfp.product.insuredfinancing;

import com.tfp.spi.testing.TestDeal;
import java.time.LocalDate;
import java.util.List;

/** A deal that meets every rule, to be varied one fact at a time; the shared {@link TestDeal} evaluates it. */
final class InsuredFinancingFixture {

  static final InsuredFinancingPlugin PLUGIN = new InsuredFinancingPlugin();
  static final LocalDate VALUE_DATE = LocalDate.of(2026, 6, 1);
  static final LocalDate DUE = LocalDate.of(2026, 8, 30);

  private InsuredFinancingFixture() {}

  /** USD 100,000 collection, 90-day term, Sinosure policy at 90%, limit balance 200,000, rated A, secured. */
  static TestDeal deal() {
    TestDeal deal = TestDeal.of(PLUGIN).currency("USD").valueDate(VALUE_DATE)
        .with("settlement", "COLLECTION")
        .with("invoiceAmount", "100000.00")
        .with("declaredAmount", "100000.00")
        .with("buyerCreditLimitBalance", "200000.00")
        .with("indemnityRatio", "0.9")
        .with("paymentTermDays", 90)
        .with("paymentDueDate", DUE.toString())
        .with("insurer", "SINOSURE");
    for (String flag : List.of("policyValid", "buyerLimitApproved", "shipmentDeclared", "premiumPaid",
        "indemnityAssignmentSigned", "claimAgreementSigned", "goodsShipped", "exportLicence", "securityProvided")) {
      deal.with(flag, true);
    }
    return deal.with("priceTerm", "FOB").with("creditRating", "A").with("bankRelationshipYears", "3");
  }
}
