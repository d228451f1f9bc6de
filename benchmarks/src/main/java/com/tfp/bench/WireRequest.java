package com.tfp.bench;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of an evaluation request, read the way the platform's {@code EvaluationRequestReader} reads it: the facts
 * stay raw (strings, booleans, exact decimals, lists of maps) for {@code FactsParser} to validate against the schema.
 *
 * @param facts raw facts; JSON numbers become {@code BigDecimal}, never {@code double}
 */
public record WireRequest(String product, String variant, String currency, LocalDate valueDate, Map<String, Object> facts) {

  private static final int MAX_DEPTH = 4;

  /**
   * @throws IllegalArgumentException for a body that is not shaped like an evaluation request (a 400 for a caller)
   */
  public static WireRequest of(JsonObject o) {
    JsonValue f = o.get("facts");
    Map<String, Object> facts = f == null || f.getValueType() == JsonValue.ValueType.NULL ? Map.of()
        : objectToMap(f.asJsonObject(), 0);
    String valueDate = string(o, "valueDate");
    return new WireRequest(string(o, "product"), string(o, "variant"), string(o, "currency"),
        valueDate == null ? null : LocalDate.parse(valueDate), facts);
  }

  private static String string(JsonObject o, String field) {
    JsonValue v = o.get(field);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) return null;
    if (v instanceof JsonString s) return s.getString();
    throw new IllegalArgumentException(field + " must be a string");
  }

  private static Map<String, Object> objectToMap(JsonObject o, int depth) {
    Map<String, Object> m = new LinkedHashMap<>();
    o.forEach((k, v) -> m.put(k, raw(v, depth + 1)));
    return m;
  }

  private static Object raw(JsonValue v, int depth) {
    if (depth > MAX_DEPTH) throw new IllegalArgumentException("facts nested too deep");
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
