package com.tfp.product.billpurchase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.evaluation.CustomerRecord;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.EvaluationRequest;
import com.tfp.spi.evaluation.Finding;
import com.tfp.spi.evaluation.RequiredDocument;
import com.tfp.spi.evaluation.Severity;
import com.tfp.spi.evaluation.Step;
import com.tfp.spi.facts.Facts;
import com.tfp.spi.facts.FactsParser;
import com.tfp.spi.testing.TestReference;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test deals, parsed through the product's own schema exactly as the platform would, and assertions on them. */
final class Deals {

  static final BillPurchasePlugin PLUGIN = new BillPurchasePlugin();
  static final LocalDate VALUE_DATE = LocalDate.of(2026, 12, 1);

  private Deals() {}

  /** The API.md worked example: a clean sight L/C to Japan. */
  static Map<String, Object> sightLc() {
    Map<String, Object> raw = new HashMap<>();
    raw.put("settlement", "LC_SIGHT");
    raw.put("invoiceAmount", "100000.00");
    raw.put("issuingBankCountry", "JP");
    raw.put("exportLicence", true);
    raw.put("safeCategory", "A");
    raw.put("documentsCompliant", true);
    raw.put("fullSetTitleDocuments", true);
    return raw;
  }

  static Map<String, Object> usanceLc(long usanceDays) {
    Map<String, Object> raw = sightLc();
    raw.put("settlement", "LC_USANCE");
    raw.put("usanceDays", usanceDays);
    return raw;
  }

  static Map<String, Object> dpSight(LocalDate expectedPayment) {
    Map<String, Object> raw = sightLc();
    raw.put("settlement", "DP_SIGHT");
    raw.remove("issuingBankCountry");
    raw.remove("documentsCompliant");
    raw.put("expectedPaymentDate", expectedPayment.toString());
    return raw;
  }

  static Map<String, Object> with(Map<String, Object> raw, Object... kv) {
    for (int i = 0; i < kv.length; i += 2) raw.put((String) kv[i], kv[i + 1]);
    return raw;
  }

  static Evaluation evaluate(Map<String, Object> raw) {
    return evaluate("USD", VALUE_DATE, raw, null);
  }

  static Evaluation evaluate(String currency, LocalDate valueDate, Map<String, Object> raw, CustomerRecord customer) {
    Facts facts = FactsParser.parse(PLUGIN.descriptor(), null, currency, raw);
    return PLUGIN.evaluate(new EvaluationRequest(null, currency, valueDate, facts, customer),
        TestReference.context(PLUGIN.descriptor()));
  }

  static Optional<Finding> finding(Evaluation e, String code) {
    return e.findings().stream().filter(f -> f.code().equals(code)).findFirst();
  }

  static void assertFinding(Evaluation e, String code, Severity severity, String source) {
    Finding f = finding(e, code).orElseThrow(() -> new AssertionError(code + " missing in " + codes(e)));
    assertEquals(severity, f.severity(), code);
    assertEquals(source, f.source(), code);
    assertTrue(f.message().isComplete(), code + " needs zh and en");
  }

  static List<String> codes(Evaluation e, Severity severity) {
    return e.findings().stream().filter(f -> f.severity() == severity).map(Finding::code).toList();
  }

  static List<String> codes(Evaluation e) {
    return e.findings().stream().map(f -> f.code() + ":" + f.severity()).toList();
  }

  static Optional<RequiredDocument> document(Evaluation e, String code) {
    return e.requiredDocuments().stream().filter(d -> d.code().equals(code)).findFirst();
  }

  static boolean onChecklist(Evaluation e, String code) {
    return e.reviewChecklist().stream().anyMatch(c -> c.code().equals(code));
  }

  static boolean hasObligation(Evaluation e, String code) {
    return e.obligations().stream().anyMatch(c -> c.code().equals(code));
  }

  static void assertAmount(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
  }

  static Step bindingStep(List<Step> steps) {
    List<Step> binding = steps.stream().filter(Step::binding).toList();
    assertEquals(1, binding.size(), "exactly one binding step");
    return binding.get(0);
  }

  static CustomerRecord customerWithOverdue(String... products) {
    return new CustomerRecord("C-1", java.util.Set.of(products), false, true, true);
  }
}
