package com.tfp.web.rest;

import com.tfp.platform.evaluation.application.EvaluationCommand;
import com.tfp.platform.shared.InvalidInputException;
import com.tfp.spi.LocalizedText;
import com.tfp.spi.facts.FieldError;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the body of {@code POST /api/v1/evaluations} (and of applications, which extend it) into a command, with a
 * field-level error for every problem: malformed JSON, unknown top-level fields, wrong types, impossible dates. Facts
 * are passed on raw (strings, booleans, exact decimals, lists of maps): the product's schema validates them.
 */
public final class EvaluationRequestReader {

  static final Set<String> EVALUATION_FIELDS = Set.of("product", "variant", "customerId", "currency", "valueDate", "facts");
  private static final int MAX_DEPTH = 4;

  /** Looked up once: {@code Json.createReader} looks the provider up (a class-loader search) on every call. */
  static final JsonProvider JSON = JsonProvider.provider();

  private EvaluationRequestReader() {}

  /** The body as a JSON object, within the server's {@link BodyLimits}. */
  public static JsonObject object(String body) {
    return object(body, BodyLimits.configured());
  }

  /**
   * The body as a JSON object: the limits are checked in a streaming pass before the tree is built, so a deeply
   * nested, huge or malformed body is a field error (400), never a parser failure.
   */
  public static JsonObject object(String body, BodyLimits limits) {
    if (body == null || body.isBlank()) throw InvalidInputException.of("body", "请求体为空", "the request body is empty");
    limits.check(body);
    try (JsonReader r = JSON.createReader(new StringReader(body))) {
      JsonValue v = r.readValue();
      if (v.getValueType() != JsonValue.ValueType.OBJECT) {
        throw InvalidInputException.of("body", "请求体须为 JSON 对象", "the request body must be a JSON object");
      }
      return v.asJsonObject();
    } catch (JsonParsingException e) {
      throw InvalidInputException.of("body", "JSON 格式错误：%s".formatted(e.getLocation()), "malformed JSON at " + e.getLocation());
    } catch (JsonException e) {
      throw InvalidInputException.of("body", "JSON 格式错误", "malformed JSON");
    }
  }

  /** A JSON text (e.g. a list of records given as a SOAP fact value) as raw fact values, within the {@link BodyLimits}. */
  public static Object jsonValue(String json) {
    BodyLimits.configured().check(json);
    try (JsonReader r = JSON.createReader(new StringReader(json))) {
      return raw(r.readValue(), 0);
    } catch (JsonException e) {
      throw InvalidInputException.of("body", "JSON 格式错误", "malformed JSON");
    }
  }

  /**
   * Reads the evaluation fields; field errors found here are added to {@code errors} (not thrown), so that the
   * service can add the product's own and the caller gets every error at once.
   */
  public static EvaluationCommand evaluation(JsonObject o, Set<String> allowedFields, List<FieldError> errors) {
    for (String k : o.keySet()) {
      if (!allowedFields.contains(k)) errors.add(new FieldError(k, LocalizedText.of("未知字段", "unknown field")));
    }
    String product = string(o, "product", errors);
    String variant = string(o, "variant", errors);
    String customerId = string(o, "customerId", errors);
    String currency = string(o, "currency", errors);
    LocalDate valueDate = date(o, "valueDate", errors);
    Map<String, Object> facts = Map.of();
    JsonValue f = o.get("facts");
    if (f != null && f.getValueType() != JsonValue.ValueType.NULL) {
      if (f.getValueType() != JsonValue.ValueType.OBJECT) {
        errors.add(new FieldError("facts", LocalizedText.of("须为对象", "must be an object")));
      } else {
        facts = objectToMap(f.asJsonObject(), 0);
      }
    }
    return new EvaluationCommand(product, variant, currency, valueDate, customerId, facts);
  }

  static String string(JsonObject o, String field, List<FieldError> errors) {
    JsonValue v = o.get(field);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) return null;
    if (v instanceof JsonString s) return s.getString();
    errors.add(new FieldError(field, LocalizedText.of("须为字符串", "must be a string")));
    return null;
  }

  static LocalDate date(JsonObject o, String field, List<FieldError> errors) {
    String s = string(o, field, errors);
    if (s == null) return null;
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, LocalizedText.of("须为有效日期 yyyy-MM-dd", "must be a valid date yyyy-MM-dd")));
      return null;
    }
  }

  private static Map<String, Object> objectToMap(JsonObject o, int depth) {
    Map<String, Object> m = new LinkedHashMap<>();
    o.forEach((k, v) -> m.put(k, raw(v, depth + 1)));
    return m;
  }

  private static Object raw(JsonValue v, int depth) {
    if (depth > MAX_DEPTH) return "<too deep>";
    return switch (v.getValueType()) {
      case STRING -> ((JsonString) v).getString();
      case NUMBER -> ((JsonNumber) v).bigDecimalValue();
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case NULL -> null;
      case OBJECT -> objectToMap(v.asJsonObject(), depth);
      case ARRAY -> {
        List<Object> list = new ArrayList<>();
        for (JsonValue item : (JsonArray) v) list.add(raw(item, depth + 1));
        yield list;
      }
    };
  }
}
