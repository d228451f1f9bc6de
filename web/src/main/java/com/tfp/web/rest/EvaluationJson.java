package com.tfp.web.rest;

import com.tfp.web.rest.dto.EvaluationView;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes an {@link EvaluationView} as API.md shows it — field by field in the contract's order, nulls written out —
 * with a JSON-P generator (into the request thread's {@link AnswerBuffer}, in the servlet). The evaluation is the platform's hottest answer: JSON-B's
 * reflective writing of it cost more than the evaluation itself (issue 11), so this one view has a writer of its own;
 * {@code EvaluationJsonTest} holds it to JSON-B's output of the same view.
 */
public final class EvaluationJson {

  private static final JsonGeneratorFactory GENERATORS = EvaluationRequestReader.JSON.createGeneratorFactory(Map.of());

  private EvaluationJson() {}

  public static void write(EvaluationView v, Writer out) {
    try (JsonGenerator g = GENERATORS.createGenerator(out)) {
      g.writeStartObject();
      text(g, "product", v.product());
      text(g, "productVersion", v.productVersion());
      text(g, "variant", v.variant());
      text(g, "valueDate", v.valueDate());
      text(g, "decision", v.decision());
      g.writeStartArray("findings");
      for (EvaluationView.FindingView f : v.findings()) {
        g.writeStartObject();
        text(g, "code", f.code());
        text(g, "severity", f.severity());
        text(g, "message", f.message());
        text(g, "source", f.source());
        g.write("overridable", f.overridable()).writeEnd();
      }
      g.writeEnd();
      text(g, "maxAmount", v.maxAmount());
      text(g, "currency", v.currency());
      steps(g, "amountSteps", v.amountSteps());
      text(g, "maturityDate", v.maturityDate());
      if (v.maxTermDays() == null) g.writeNull("maxTermDays"); else g.write("maxTermDays", v.maxTermDays());
      steps(g, "termSteps", v.termSteps());
      g.write("riskClass", v.riskClass()).write("riskClassBankDefault", v.riskClassBankDefault());
      text(g, "lineOccupation", v.lineOccupation());
      text(g, "marginRatio", v.marginRatio());
      text(g, "earlierStageRepayment", v.earlierStageRepayment());
      g.writeStartArray("requiredDocuments");
      for (EvaluationView.DocumentView d : v.requiredDocuments()) {
        g.writeStartObject();
        text(g, "code", d.code());
        text(g, "name", d.name());
        g.write("mandatory", d.mandatory());
        text(g, "source", d.source());
        g.writeEnd();
      }
      g.writeEnd();
      items(g, "reviewChecklist", v.reviewChecklist());
      items(g, "obligations", v.obligations());
      g.writeStartArray("defaults");
      for (EvaluationView.DefaultView d : v.defaults()) {
        g.writeStartObject();
        text(g, "field", d.field());
        text(g, "value", d.value());
        text(g, "message", d.message());
        text(g, "source", d.source());
        g.write("bankDefault", d.bankDefault()).writeEnd();
      }
      g.writeEnd();
      g.writeEnd();
    }
  }

  private static void steps(JsonGenerator g, String name, List<EvaluationView.StepView> steps) {
    g.writeStartArray(name);
    for (EvaluationView.StepView s : steps) {
      g.writeStartObject();
      text(g, "label", s.label());
      text(g, "value", s.value());
      text(g, "source", s.source());
      g.write("binding", s.binding()).write("bankDefault", s.bankDefault()).writeEnd();
    }
    g.writeEnd();
  }

  private static void items(JsonGenerator g, String name, List<EvaluationView.ItemView> items) {
    g.writeStartArray(name);
    for (EvaluationView.ItemView i : items) {
      g.writeStartObject();
      text(g, "code", i.code());
      text(g, "text", i.text());
      text(g, "source", i.source());
      g.writeEnd();
    }
    g.writeEnd();
  }

  private static void text(JsonGenerator g, String name, String value) {
    if (value == null) g.writeNull(name); else g.write(name, value);
  }
}
