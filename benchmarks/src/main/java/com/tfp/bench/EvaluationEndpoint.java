package com.tfp.bench;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.EvaluationRequest;
import com.tfp.spi.evaluation.Step;
import com.tfp.spi.facts.Facts;
import com.tfp.spi.facts.FactsParser;
import com.tfp.spi.facts.FieldError;
import com.tfp.spi.facts.InvalidFactsException;
import com.tfp.spi.testing.TestReference;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * What the bare HTTP server does with one {@code POST /api/v1/evaluations} body, without the HTTP: JSON in, the same
 * {@code FactsParser.parse} and {@code plugin.evaluate} the platform runs, and roughly the platform's answer out
 * (decision, amounts and maturity with their steps, findings with sources, documents, checklist, obligations — the
 * shape of {@code EvaluationViews}). None of the platform's guards (executor hand-off, timeout, sanity check,
 * quarantine), security beyond "Basic is present", persistence or customer master: that is the point of a baseline.
 */
public final class EvaluationEndpoint {

  /** An HTTP status with a JSON body (application/json, or application/problem+json for an error). */
  public record Answer(int status, String contentType, byte[] body) {}

  // one provider for the life of the server: Json.createReader() looks the provider up again on every call
  private static final JsonProvider JSON = JsonProvider.provider();

  private final InstalledProducts products;

  public EvaluationEndpoint(InstalledProducts products) {
    this.products = products;
  }

  public Answer evaluate(byte[] body, Locale locale) {
    return evaluate(new ByteArrayInputStream(body), locale);
  }

  public Answer evaluate(InputStream body, Locale locale) {
    WireRequest request;
    try (JsonReader reader = JSON.createReader(body)) {
      JsonValue v = reader.readValue();
      if (v.getValueType() != JsonValue.ValueType.OBJECT) return problem(400, "body", "the request body must be a JSON object");
      request = WireRequest.of((JsonObject) v);
    } catch (JsonException | IllegalArgumentException | ClassCastException | DateTimeParseException e) {
      return problem(400, "body", "malformed request: " + e.getMessage());
    }
    var installed = products.find(request.product()).orElse(null);
    if (installed == null) return problem(404, "product", "unknown product " + request.product());
    if (request.currency() == null || request.valueDate() == null) return problem(400, "currency/valueDate", "required");
    Facts facts;
    try {
      facts = FactsParser.parse(installed.descriptor(), request.variant(), request.currency(), request.facts());
    } catch (InvalidFactsException e) {
      return problem(400, e.errors(), locale);
    } catch (IllegalArgumentException e) {
      return problem(400, "currency", String.valueOf(e.getMessage()));
    }
    // the platform builds a reference-data snapshot per request too (ReferenceData.contextFor)
    var context = TestReference.context(installed.descriptor());
    Evaluation e = installed.plugin().evaluate(
        new EvaluationRequest(request.variant(), request.currency(), request.valueDate(), facts, null), context);
    return new Answer(200, "application/json", view(installed.descriptor().id(), installed.descriptor().version().toString(),
        request, e, locale));
  }

  private static byte[] view(String product, String version, WireRequest r, Evaluation e, Locale locale) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject()
          .write("product", product).write("productVersion", version);
      nullable(g, "variant", r.variant());
      g.write("valueDate", r.valueDate().toString()).write("decision", e.decision().name());
      g.writeStartArray("findings");
      e.findings().forEach(f -> g.writeStartObject().write("code", f.code()).write("severity", f.severity().name())
          .write("message", f.message().in(locale)).write("source", f.source()).write("overridable", f.overridable())
          .writeEnd());
      g.writeEnd();
      nullable(g, "maxAmount", plain(e.maxAmount()));
      g.write("currency", r.currency());
      steps(g, "amountSteps", e.amountSteps(), locale);
      nullable(g, "maturityDate", e.maturityDate() == null ? null : e.maturityDate().toString());
      if (e.maxTermDays() == null) g.writeNull("maxTermDays"); else g.write("maxTermDays", e.maxTermDays());
      steps(g, "termSteps", e.termSteps(), locale);
      g.write("riskClass", e.riskClass()).write("riskClassBankDefault", true)
          .write("lineOccupation", e.lineOccupation().name());
      nullable(g, "marginRatio", plain(e.marginRatio()));
      nullable(g, "earlierStageRepayment", plain(e.earlierStageRepayment()));
      g.writeStartArray("requiredDocuments");
      e.requiredDocuments().forEach(d -> g.writeStartObject().write("code", d.code()).write("name", d.name().in(locale))
          .write("mandatory", d.mandatory()).write("source", d.source()).writeEnd());
      g.writeEnd();
      g.writeStartArray("reviewChecklist");
      e.reviewChecklist().forEach(a -> item(g, a.code(), a.text(), a.source(), locale));
      g.writeEnd();
      g.writeStartArray("obligations");
      e.obligations().forEach(a -> item(g, a.code(), a.text(), a.source(), locale));
      g.writeEnd();
      g.writeEnd();
    }
    return out.toByteArray();
  }

  private static void steps(JsonGenerator g, String name, List<Step> steps, Locale locale) {
    g.writeStartArray(name);
    steps.forEach(s -> g.writeStartObject().write("label", s.label().in(locale)).write("value", s.value())
        .write("source", s.source()).write("binding", s.binding()).write("bankDefault", s.bankDefault()).writeEnd());
    g.writeEnd();
  }

  private static void item(JsonGenerator g, String code, LocalizedText text, String source, Locale locale) {
    g.writeStartObject().write("code", code).write("text", text.in(locale)).write("source", source).writeEnd();
  }

  private static void nullable(JsonGenerator g, String name, String value) {
    if (value == null) g.writeNull(name); else g.write(name, value);
  }

  private static String plain(BigDecimal d) {
    return d == null ? null : d.toPlainString();
  }

  private static Answer problem(int status, String field, String message) {
    return problem(status, List.of(new FieldError(field, LocalizedText.of(message, message))), Locale.ENGLISH);
  }

  private static Answer problem(int status, List<FieldError> errors, Locale locale) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject().write("status", status).write("title", status == 404 ? "Not Found" : "Bad Request");
      g.writeStartArray("errors");
      errors.forEach(err -> g.writeStartObject().write("field", err.field()).write("message", err.message().in(locale)).writeEnd());
      g.writeEnd().writeEnd();
    }
    return new Answer(status, "application/problem+json", out.toByteArray());
  }
}
