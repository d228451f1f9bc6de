package com.tfp.product.insuredfinancing;

import com.tfp.spi.testing.TestDeal;
import com.tfp.spi.testing.TestPolicy;
import java.time.LocalDate;

/** A deal that meets every rule, to be varied one fact at a time; the shared {@link TestDeal} evaluates it. */
final class InsuredFinancingFixture {

  static final InsuredFinancingPlugin PLUGIN = new InsuredFinancingPlugin();
  static final LocalDate VALUE_DATE = LocalDate.of(2026, 6, 1);
  static final LocalDate DUE = LocalDate.of(2026, 8, 30);

  private InsuredFinancingFixture() {}

  /** USD 100,000 collection, 90-day term, a Sinosure policy in order at 90%, limit balance 200,000, rated A, secured. */
  static TestDeal deal() {
    return TestPolicy.inOrder(TestDeal.of(PLUGIN).currency("USD").valueDate(VALUE_DATE))
        .with("settlement", "COLLECTION")
        .with("invoiceAmount", "100000.00")
        .with("declaredAmount", "100000.00")
        .with("buyerCreditLimitBalance", "200000.00")
        .with("indemnityRatio", "0.9")
        .with("paymentTermDays", 90)
        .with("paymentDueDate", DUE.toString())
        .with("exportLicence", true)
        .with("securityProvided", true)
        .with("creditRating", "A")
        .with("bankRelationshipYears", "3");
  }
}
