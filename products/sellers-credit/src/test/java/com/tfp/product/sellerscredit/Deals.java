package com.tfp.product.sellerscredit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.tfp.spi.evaluation.ActionItem;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.EvaluationRequest;
import com.tfp.spi.evaluation.Finding;
import com.tfp.spi.evaluation.RequiredDocument;
import com.tfp.spi.evaluation.Severity;
import com.tfp.spi.facts.Facts;
import com.tfp.spi.facts.FactsParser;
import com.tfp.spi.testing.TestReference;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Test deals: an approvable base deal per variant, parsed through the real schema, and small assertions. */
final class Deals {

  static final SellersCreditPlugin PLUGIN = new SellersCreditPlugin();
  static final LocalDate VALUE_DATE = LocalDate.of(2026, 3, 16);

  private Deals() {}

  static Map<String, Object> facts(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
    return m;
  }

  static Map<String, Object> contract(Object... kv) {
    return facts(kv);
  }

  /** An approvable deal of each variant, with worked numbers (see each variant's test). */
  static Map<String, Object> base(LoanVariant variant) {
    return switch (variant) {
      // 120,000,000 × 0.9 × 1.2 ÷ 4 − 10,000,000 − 2,400,000 = 20,000,000
      case OPERATING_CAPITAL -> facts("sector", "GENERAL", "eximGrade", 10, "sectorQualification", true,
          "lastYearExports", "120000000", "lastYearExportProfitMargin", "0.10", "expectedGrowthRate", "0.20",
          "annualTurnoverCount", "4", "ownFunds", "10000000", "otherFundsRaised", "2400000", "requestedTermMonths", 24);
      // 90% of 10,000,000 = 9,000,000
      case SINGLE_CONTRACT -> facts("sector", "GENERAL", "eximGrade", 10, "sectorQualification", true,
          "contractSigned", true, "contractAmount", "10000000", "prepaymentRatio", "0.20",
          "otherPayablesGuaranteed", true, "requestedTermMonths", 18);
      // 90% of (4,000,000 + 6,000,000) = 9,000,000
      case SERIES_CONTRACT -> facts("sector", "GENERAL", "eximGrade", 10, "sectorQualification", true,
          "contractSigned", true, "prepaymentRatio", "0.15", "otherPayablesGuaranteed", true, "executionMonths", 36,
          "contracts", List.of(
              contract("amount", "4000000", "productType", "pumps", "country", "NG"),
              contract("amount", "6000000", "productType", "pumps", "country", "EG")),
          "requestedTermMonths", 40);
      // 5,000,000 − 1,000,000 − 500,000 = 3,500,000
      case SERVICE_OUTSOURCING_SINGLE -> facts("eximGrade", 10, "sectorQualification", true, "contractSigned", true,
          "contractsCost", "5000000", "ownFunds", "1000000", "otherFundsRaised", "500000", "requestedTermMonths", 12);
      // (1,000,000 × 6.5 − 650,000 + 2,000,000 × 6.0 − 1,200,000) ÷ (3 × 24 ÷ 12) − 500,000 − 275,000 = 2,000,000
      case SERVICE_OUTSOURCING_SERIES -> facts("eximGrade", 10, "sectorQualification", true, "contractSigned", true,
          "contracts", List.of(
              contract("amount", "1000000", "exportFxCost", "6.5", "prepayment", "650000", "productType", "software testing", "country", "US"),
              contract("amount", "2000000", "exportFxCost", "6.0", "prepayment", "1200000", "productType", "Software Testing ", "country", "DE")),
          "annualTurnoverCount", "3", "executionMonths", 24, "ownFunds", "500000", "otherFundsRaised", "275000",
          "requestedTermMonths", 24);
      // 50,000,000 × 0.8 × 1.1 ÷ 2 − 5,000,000 − 0 = 17,000,000
      case KEY_EQUIPMENT -> facts("sector", "SHIP", "eximGrade", 13, "sectorQualification", true,
          "lastYearExports", "50000000", "lastYearExportProfitMargin", "0.20", "expectedGrowthRate", "0.10",
          "annualTurnoverCount", "2", "ownFunds", "5000000", "requestedTermMonths", 36);
      // 80% of USD 20,000,000 = USD 16,000,000
      case LEASING -> facts("sector", "AIRCRAFT", "eximGrade", 14, "purchaseContractAmountUsd", "20000000",
          "chinaContentRatio", "0.60", "leasePrepaymentRatio", "0.25", "leaseContractSigned", true,
          "requestedTermMonths", 120);
    };
  }

  static String currencyOf(LoanVariant variant) {
    return variant == LoanVariant.LEASING ? "USD" : "CNY";
  }

  static Evaluation evaluate(LoanVariant variant, Map<String, Object> raw) {
    return evaluate(variant, currencyOf(variant), raw);
  }

  static Evaluation evaluate(LoanVariant variant, String currency, Map<String, Object> raw) {
    Facts facts = FactsParser.parse(PLUGIN.descriptor(), variant.name(), currency, raw);
    return PLUGIN.evaluate(new EvaluationRequest(variant.name(), currency, VALUE_DATE, facts, null),
        TestReference.context(PLUGIN.descriptor()));
  }

  /** The base deal with some facts changed (a null value removes the fact). */
  static Evaluation evaluateWith(LoanVariant variant, Object... changes) {
    Map<String, Object> raw = base(variant);
    for (int i = 0; i < changes.length; i += 2) {
      if (changes[i + 1] == null) raw.remove((String) changes[i]);
      else raw.put((String) changes[i], changes[i + 1]);
    }
    return evaluate(variant, raw);
  }

  static Optional<Finding> finding(Evaluation e, String code) {
    return e.findings().stream().filter(f -> f.code().equals(code)).findFirst();
  }

  static Severity severity(Evaluation e, String code) {
    Finding f = finding(e, code).orElseThrow(() -> new AssertionError("no finding " + code + " in " + codes(e)));
    return f.severity();
  }

  static Set<String> codes(Evaluation e) {
    return e.findings().stream().map(Finding::code).collect(Collectors.toSet());
  }

  static Set<String> codesOf(Evaluation e, Severity severity) {
    return e.findings().stream().filter(f -> f.severity() == severity).map(Finding::code).collect(Collectors.toSet());
  }

  static Set<String> checklist(Evaluation e) {
    return e.reviewChecklist().stream().map(ActionItem::code).collect(Collectors.toSet());
  }

  static Set<String> obligations(Evaluation e) {
    return e.obligations().stream().map(ActionItem::code).collect(Collectors.toSet());
  }

  static Map<String, Boolean> documents(Evaluation e) {
    return e.requiredDocuments().stream().collect(Collectors.toMap(RequiredDocument::code, RequiredDocument::mandatory));
  }

  static void assertAmount(String expected, BigDecimal actual) {
    assertNotNull(actual, "amount");
    assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
  }
}
