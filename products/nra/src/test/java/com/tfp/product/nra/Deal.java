package com.tfp.product.nra;

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
 * An NRA deal for tests, parsed against the descriptor like the platform does. Defaults: USD 1,000,000.00 of compliant
 * documents under an L/C of the bank's own domestic branch, NRA open, AML cleared, 3.6% p.a., value date 2026-03-31,
 * payment maturity 2026-06-29 (90 days).
 */
final class Deal {

  static final NraPlugin PLUGIN = new NraPlugin();

  private final String variant;
  private final Map<String, Object> facts = new HashMap<>();
  private final Map<String, String> bank = new HashMap<>();
  private String currency = "USD";
  private LocalDate valueDate = LocalDate.of(2026, 3, 31);

  private Deal(String variant) {
    this.variant = variant;
    facts.put("documentAmount", "1000000.00");
    facts.put("nraAccountOpen", true);
    facts.put("lcIssuer", "OWN_DOMESTIC_BRANCH");
    facts.put("amlCleared", true);
    facts.put("discountRate", "0.036");
    facts.put("maturityDate", "2026-06-29");
  }

  static Deal of(String variant) {
    return new Deal(variant);
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
