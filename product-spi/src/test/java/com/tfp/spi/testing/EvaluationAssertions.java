package com.tfp.spi.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.evaluation.ActionItem;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.Finding;
import com.tfp.spi.evaluation.RequiredDocument;
import com.tfp.spi.evaluation.Severity;
import com.tfp.spi.evaluation.Step;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Looks into an {@link Evaluation} by code — findings, checklist, obligations, documents, binding steps — and
 * asserts on it, so that product tests read as the rules they check. Lists keep the evaluation's order.
 */
public final class EvaluationAssertions {

  private EvaluationAssertions() {}

  public static Optional<Finding> finding(Evaluation e, String code) {
    return e.findings().stream().filter(f -> f.code().equals(code)).findFirst();
  }

  /** The severity of the finding with this code; fails when there is none. */
  public static Severity severity(Evaluation e, String code) {
    return found(e, code).severity();
  }

  /** The finding codes in the order the plug-in reported them. */
  public static List<String> codes(Evaluation e) {
    return e.findings().stream().map(Finding::code).toList();
  }

  public static List<String> codes(Evaluation e, Severity severity) {
    return e.findings().stream().filter(f -> f.severity() == severity).map(Finding::code).toList();
  }

  /** The finding is there, with this severity and source, and says what it found in zh and en. */
  public static void assertFinding(Evaluation e, String code, Severity severity, String source) {
    Finding f = found(e, code);
    assertEquals(severity, f.severity(), code);
    assertEquals(source, f.source(), code);
    assertTrue(f.message().isComplete(), code + " needs zh and en");
  }

  /** The codes of the review checklist. */
  public static List<String> checklist(Evaluation e) {
    return e.reviewChecklist().stream().map(ActionItem::code).toList();
  }

  /** The codes of the duties after approval. */
  public static List<String> obligations(Evaluation e) {
    return e.obligations().stream().map(ActionItem::code).toList();
  }

  public static Optional<RequiredDocument> document(Evaluation e, String code) {
    return e.requiredDocuments().stream().filter(d -> d.code().equals(code)).findFirst();
  }

  /** Each required document's code and whether it is mandatory. */
  public static Map<String, Boolean> documents(Evaluation e) {
    return e.requiredDocuments().stream().collect(Collectors.toMap(RequiredDocument::code, RequiredDocument::mandatory));
  }

  /** The one step that decides the amount or the maturity; fails unless exactly one is marked binding. */
  public static Step bindingStep(List<Step> steps) {
    List<Step> binding = steps.stream().filter(Step::binding).toList();
    assertEquals(1, binding.size(), "exactly one binding step");
    return binding.get(0);
  }

  /** Money compared by value ({@code compareTo}), so that 90000 and 90000.00 are the same amount. */
  public static void assertAmount(String expected, BigDecimal actual) {
    assertNotNull(actual, "amount");
    assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
  }

  private static Finding found(Evaluation e, String code) {
    return finding(e, code).orElseThrow(() -> new AssertionError("no finding " + code + " in "
        + e.findings().stream().map(f -> f.code() + ":" + f.severity()).toList()));
  }
}
