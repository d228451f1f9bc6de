package com.tfp.product.sellerscredit;

import com.tfp.spi.testing.TestDeal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** An approvable base deal per variant, for tests; the shared {@link TestDeal} parses and evaluates it. */
final class Deals {

  static final SellersCreditPlugin PLUGIN = new SellersCreditPlugin();
  static final LocalDate VALUE_DATE = LocalDate.of(2026, 3, 16);

  private Deals() {}

  /** One contract of a series (a record of the {@code contracts} fact). */
  static Map<String, Object> contract(Object... nameValuePairs) {
    return TestDeal.record(nameValuePairs);
  }

  /** An approvable deal of each variant, with worked numbers (see each variant's test); leasing in USD, else CNY. */
  static TestDeal base(LoanVariant variant) {
    TestDeal deal = TestDeal.of(PLUGIN).variant(variant.name()).currency(currencyOf(variant)).valueDate(VALUE_DATE);
    return switch (variant) {
      // 120,000,000 × 0.9 × 1.2 ÷ 4 − 10,000,000 − 2,400,000 = 20,000,000
      case OPERATING_CAPITAL -> deal.with("sector", "GENERAL").with("eximGrade", 10).with("sectorQualification", true)
          .with("lastYearExports", "120000000").with("lastYearExportProfitMargin", "0.10")
          .with("expectedGrowthRate", "0.20").with("annualTurnoverCount", "4").with("ownFunds", "10000000")
          .with("otherFundsRaised", "2400000").with("requestedTermMonths", 24);
      // 90% of 10,000,000 = 9,000,000
      case SINGLE_CONTRACT -> deal.with("sector", "GENERAL").with("eximGrade", 10).with("sectorQualification", true)
          .with("contractSigned", true).with("contractAmount", "10000000").with("prepaymentRatio", "0.20")
          .with("otherPayablesGuaranteed", true).with("requestedTermMonths", 18);
      // 90% of (4,000,000 + 6,000,000) = 9,000,000
      case SERIES_CONTRACT -> deal.with("sector", "GENERAL").with("eximGrade", 10).with("sectorQualification", true)
          .with("contractSigned", true).with("prepaymentRatio", "0.15").with("otherPayablesGuaranteed", true)
          .with("executionMonths", 36)
          .with("contracts", List.of(
              contract("amount", "4000000", "productType", "pumps", "country", "NG"),
              contract("amount", "6000000", "productType", "pumps", "country", "EG")))
          .with("requestedTermMonths", 40);
      // 5,000,000 − 1,000,000 − 500,000 = 3,500,000
      case SERVICE_OUTSOURCING_SINGLE -> deal.with("eximGrade", 10).with("sectorQualification", true)
          .with("contractSigned", true).with("contractsCost", "5000000").with("ownFunds", "1000000")
          .with("otherFundsRaised", "500000").with("requestedTermMonths", 12);
      // (1,000,000 × 6.5 − 650,000 + 2,000,000 × 6.0 − 1,200,000) ÷ (3 × 24 ÷ 12) − 500,000 − 275,000 = 2,000,000
      case SERVICE_OUTSOURCING_SERIES -> deal.with("eximGrade", 10).with("sectorQualification", true)
          .with("contractSigned", true)
          .with("contracts", List.of(
              contract("amount", "1000000", "exportFxCost", "6.5", "prepayment", "650000", "productType", "software testing", "country", "US"),
              contract("amount", "2000000", "exportFxCost", "6.0", "prepayment", "1200000", "productType", "Software Testing ", "country", "DE")))
          .with("annualTurnoverCount", "3").with("executionMonths", 24).with("ownFunds", "500000")
          .with("otherFundsRaised", "275000").with("requestedTermMonths", 24);
      // 50,000,000 × 0.8 × 1.1 ÷ 2 − 5,000,000 − 0 = 17,000,000
      case KEY_EQUIPMENT -> deal.with("sector", "SHIP").with("eximGrade", 13).with("sectorQualification", true)
          .with("lastYearExports", "50000000").with("lastYearExportProfitMargin", "0.20")
          .with("expectedGrowthRate", "0.10").with("annualTurnoverCount", "2").with("ownFunds", "5000000")
          .with("requestedTermMonths", 36);
      // 80% of USD 20,000,000 = USD 16,000,000
      case LEASING -> deal.with("sector", "AIRCRAFT").with("eximGrade", 14).with("purchaseContractAmountUsd", "20000000")
          .with("chinaContentRatio", "0.60").with("leasePrepaymentRatio", "0.25").with("leaseContractSigned", true)
          .with("requestedTermMonths", 120);
    };
  }

  static String currencyOf(LoanVariant variant) {
    return variant == LoanVariant.LEASING ? "USD" : "CNY";
  }
}
