package com.tfp.product.domesticlc;

import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.EvaluationRequest;
import com.tfp.spi.evaluation.Finding;
import com.tfp.spi.evaluation.Severity;
import com.tfp.spi.facts.Facts;
import com.tfp.spi.facts.FactsParser;
import com.tfp.spi.testing.TestReference;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A domestic L/C deal for tests, built the way the platform builds one: raw facts parsed against the descriptor, then
 * evaluated with the SPI's test reference data. Defaults: a CNY 1,000,000.00 L/C issued 2026-03-02, expiring
 * 2026-06-30, payable 90 days after issue (2026-05-31), value date 2026-03-02, a target customer rated BBB with
 * security in place.
 */
final class Deal {

  static final DomesticLcPlugin PLUGIN = new DomesticLcPlugin();

  private final String variant;
  private final Map<String, Object> facts = new HashMap<>();
  private final Map<String, String> bank = new HashMap<>();
  private String currency = "CNY";
  private LocalDate valueDate = LocalDate.of(2026, 3, 2);

  private Deal(String variant) {
    this.variant = variant;
    facts.put("lcAmount", "1000000.00");
    facts.put("issueDate", "2026-03-02");
    facts.put("lcExpiryDate", "2026-06-30");
    facts.put("paymentTermDays", 90);
    facts.put("customerTier", "TARGET");
    facts.put("creditRating", "BBB");
    facts.put("securityProvided", true);
  }

  static Deal of(String variant) {
    Deal d = new Deal(variant);
    if (variant.equals("SELLER_BILL_PURCHASE") || variant.equals("FORFAITING")) d.facts.put("acceptedAmount", "1000000.00");
    if (variant.equals("FORFAITING")) d.facts.put("discountRate", "0.036");
    return d;
  }

  Deal with(String name, Object value) {
    facts.put(name, value);
    return this;
  }

  Deal without(String name) {
    facts.remove(name);
    return this;
  }

  Deal currency(String c) {
    currency = c;
    return this;
  }

  Deal valueDate(String date) {
    valueDate = LocalDate.parse(date);
    return this;
  }

  Deal bank(String key, String value) {
    bank.put(key, value);
    return this;
  }

  Facts facts() {
    return FactsParser.parse(PLUGIN.descriptor(), variant, currency, facts);
  }

  Evaluation evaluate() {
    return PLUGIN.evaluate(new EvaluationRequest(variant, currency, valueDate, facts(), null),
        TestReference.context(PLUGIN.descriptor(), bank));
  }

  static Optional<Finding> finding(Evaluation e, String code) {
    return e.findings().stream().filter(f -> f.code().equals(code)).findFirst();
  }

  static Severity severity(Evaluation e, String code) {
    return finding(e, code).map(Finding::severity).orElseThrow(() -> new AssertionError("no finding " + code + " in " + codes(e)));
  }

  static List<String> codes(Evaluation e) {
    return e.findings().stream().map(Finding::code).toList();
  }

  static List<String> checklist(Evaluation e) {
    return e.reviewChecklist().stream().map(a -> a.code()).toList();
  }

  static List<String> obligations(Evaluation e) {
    return e.obligations().stream().map(a -> a.code()).toList();
  }
}
