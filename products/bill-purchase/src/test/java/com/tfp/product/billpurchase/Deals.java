package com.tfp.product.billpurchase;

import com.tfp.spi.evaluation.CustomerRecord;
import com.tfp.spi.testing.TestDeal;
import java.time.LocalDate;
import java.util.Set;

/** The product's typical deals for tests; the shared {@link TestDeal} parses and evaluates them as the platform would. */
final class Deals {

  static final BillPurchasePlugin PLUGIN = new BillPurchasePlugin();
  static final LocalDate VALUE_DATE = LocalDate.of(2026, 12, 1);

  private Deals() {}

  /** The API.md worked example: a clean USD 100,000.00 sight L/C to Japan, value date 2026-12-01. */
  static TestDeal sightLc() {
    return TestDeal.of(PLUGIN).currency("USD").valueDate(VALUE_DATE)
        .with("settlement", "LC_SIGHT")
        .with("invoiceAmount", "100000.00")
        .with("issuingBankCountry", "JP")
        .with("exportLicence", true)
        .with("safeCategory", "A")
        .with("documentsCompliant", true)
        .with("fullSetTitleDocuments", true);
  }

  static TestDeal usanceLc(long usanceDays) {
    return sightLc().with("settlement", "LC_USANCE").with("usanceDays", usanceDays);
  }

  static TestDeal dpSight(LocalDate expectedPayment) {
    return sightLc().with("settlement", "DP_SIGHT")
        .without("issuingBankCountry")
        .without("documentsCompliant")
        .with("expectedPaymentDate", expectedPayment.toString());
  }

  static CustomerRecord customerWithOverdue(String... products) {
    return new CustomerRecord("C-1", Set.of(products), false, true, true);
  }
}
