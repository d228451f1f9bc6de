package com.tfp.product.insuredfinancing;

import com.tfp.spi.evaluation.ActionItem;
import com.tfp.spi.evaluation.CustomerRecord;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.EvaluationRequest;
import com.tfp.spi.evaluation.Finding;
import com.tfp.spi.evaluation.RequiredDocument;
import com.tfp.spi.evaluation.Severity;
import com.tfp.spi.facts.FactsParser;
import com.tfp.spi.testing.TestReference;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A deal that meets every rule, to be varied one fact at a time, evaluated through the real facts parser. */
final class InsuredFinancingFixture {

  static final InsuredFinancingPlugin PLUGIN = new InsuredFinancingPlugin();
  static final LocalDate VALUE_DATE = LocalDate.of(2026, 6, 1);
  static final LocalDate DUE = LocalDate.of(2026, 8, 30);

  private InsuredFinancingFixture() {}

  /** USD 100,000 collection, 90-day term, Sinosure policy at 90%, limit balance 200,000, rated A, secured. */
  static Map<String, Object> deal() {
    Map<String, Object> m = new HashMap<>();
    m.put("settlement", "COLLECTION");
    m.put("invoiceAmount", "100000.00");
    m.put("declaredAmount", "100000.00");
    m.put("buyerCreditLimitBalance", "200000.00");
    m.put("indemnityRatio", "0.9");
    m.put("paymentTermDays", 90);
    m.put("paymentDueDate", DUE.toString());
    m.put("insurer", "SINOSURE");
    for (String flag : List.of("policyValid", "buyerLimitApproved", "shipmentDeclared", "premiumPaid",
        "indemnityAssignmentSigned", "claimAgreementSigned", "goodsShipped", "exportLicence", "securityProvided")) {
      m.put(flag, true);
    }
    m.put("priceTerm", "FOB");
    m.put("creditRating", "A");
    m.put("bankRelationshipYears", "3");
    return m;
  }

  static Evaluation evaluate(Map<String, Object> raw) {
    return evaluate(raw, null);
  }

  static Evaluation evaluate(Map<String, Object> raw, CustomerRecord record) {
    var facts = FactsParser.parse(PLUGIN.descriptor(), null, "USD", raw);
    return PLUGIN.evaluate(new EvaluationRequest(null, "USD", VALUE_DATE, facts, record),
        TestReference.context(PLUGIN.descriptor()));
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

  static List<String> obligations(Evaluation e) {
    return e.obligations().stream().map(ActionItem::code).toList();
  }

  static Optional<RequiredDocument> document(Evaluation e, String code) {
    return e.requiredDocuments().stream().filter(d -> d.code().equals(code)).findFirst();
  }
}
