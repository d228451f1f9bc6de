package com.tfp.product.factoring;

import com.tfp.spi.evaluation.ActionItem;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.EvaluationRequest;
import com.tfp.spi.evaluation.Finding;
import com.tfp.spi.evaluation.Severity;
import com.tfp.spi.facts.FactsParser;
import com.tfp.spi.testing.TestReference;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A qualified deal, varied one fact at a time and evaluated through the real facts parser. */
final class FactoringFixture {

  static final FactoringPlugin PLUGIN = new FactoringPlugin();
  static final LocalDate VALUE_DATE = LocalDate.of(2026, 6, 1);
  static final LocalDate DUE = LocalDate.of(2026, 11, 28);

  private FactoringFixture() {}

  /** USD 100,000 receivable, 180 days, Sinosure at 90%, limit balance 200,000, 3-year relationship, score 80. */
  static Map<String, Object> deal() {
    Map<String, Object> m = new HashMap<>();
    m.put("receivableAmount", "100000.00");
    m.put("buyerCreditLimitBalance", "200000.00");
    m.put("indemnityRatio", "0.9");
    m.put("paymentTermDays", 180);
    m.put("paymentDueDate", DUE.toString());
    m.put("insurer", "SINOSURE");
    for (String flag : List.of("policyValid", "buyerLimitApproved", "shipmentDeclared", "premiumPaid",
        "indemnityAssignmentSigned", "claimAgreementSigned", "goodsShipped", "coversAllCommercialRisks",
        "coversPoliticalRisk", "insuranceNoticeIssued")) {
      m.put(flag, true);
    }
    m.put("priceTerm", "FOB");
    m.put("buyerRelationshipYears", "3");
    m.put("scorecardScore", "80");
    return m;
  }

  static Evaluation evaluate(Map<String, Object> raw) {
    return evaluate(raw, Map.of());
  }

  static Evaluation evaluate(Map<String, Object> raw, Map<String, String> bankParameters) {
    var facts = FactsParser.parse(PLUGIN.descriptor(), null, "USD", raw);
    return PLUGIN.evaluate(new EvaluationRequest(null, "USD", VALUE_DATE, facts, null),
        TestReference.context(PLUGIN.descriptor(), bankParameters));
  }

  static List<String> codes(Evaluation e) {
    return e.findings().stream().map(Finding::code).toList();
  }

  static Optional<Finding> finding(Evaluation e, String code) {
    return e.findings().stream().filter(f -> f.code().equals(code)).findFirst();
  }

  static Severity severity(Evaluation e, String code) {
    return finding(e, code).orElseThrow(() -> new AssertionError(code + " not in " + codes(e))).severity();
  }

  static List<String> checklist(Evaluation e) {
    return e.reviewChecklist().stream().map(ActionItem::code).toList();
  }
}
