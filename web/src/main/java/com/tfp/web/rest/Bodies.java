package com.tfp.web.rest;

import com.tfp.platform.shared.InvalidInputException;
import com.tfp.spi.LocalizedText;
import com.tfp.spi.facts.FieldError;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Field readers for request bodies: every problem becomes a field error, never a 500. */
public final class Bodies {

  private static final String DECIMAL = "-?\\d{1,15}(\\.\\d{1,10})?";

  private Bodies() {}

  /** A JSON object (an empty body reads as an empty object where the body is optional). */
  public static JsonObject optionalObject(String body) {
    if (body == null || body.isBlank()) return JsonValue.EMPTY_JSON_OBJECT;
    return EvaluationRequestReader.object(body);
  }

  public static void onlyFields(JsonObject o, Set<String> allowed, List<FieldError> errors) {
    for (String k : o.keySet()) if (!allowed.contains(k)) errors.add(new FieldError(k, LocalizedText.of("未知字段", "unknown field")));
  }

  public static String string(JsonObject o, String field, List<FieldError> errors) {
    return EvaluationRequestReader.string(o, field, errors);
  }

  public static LocalDate date(JsonObject o, String field, List<FieldError> errors) {
    return EvaluationRequestReader.date(o, field, errors);
  }

  /** An amount or ratio: a JSON string holding a decimal (API.md), or a number. */
  public static BigDecimal decimal(JsonObject o, String field, List<FieldError> errors) {
    JsonValue v = o.get(field);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) return null;
    try {
      if (v instanceof JsonString s && s.getString().matches(DECIMAL)) return new BigDecimal(s.getString());
      // a number is held to the same digits: 1e999999999 is short, but a gigabyte once written out (BodyLimits)
      if (v instanceof JsonNumber n && n.bigDecimalValue().toPlainString().matches(DECIMAL)) return n.bigDecimalValue();
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.add(new FieldError(field, LocalizedText.of("须为十进制数（字符串）", "must be a decimal (as a string)")));
    return null;
  }

  public static Long id(JsonObject o, String field, List<FieldError> errors) {
    JsonValue v = o.get(field);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) return null;
    if (v instanceof JsonNumber n && n.bigDecimalValue().toPlainString().matches("\\d{1,18}")) return n.longValueExact();
    if (v instanceof JsonString s && s.getString().matches("\\d{1,18}")) return Long.valueOf(s.getString());
    errors.add(new FieldError(field, LocalizedText.of("须为编号", "must be an id")));
    return null;
  }

  public static boolean flag(JsonObject o, String field, List<FieldError> errors) {
    JsonValue v = o.get(field);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) return false;
    if (v.getValueType() == JsonValue.ValueType.TRUE) return true;
    if (v.getValueType() == JsonValue.ValueType.FALSE) return false;
    errors.add(new FieldError(field, LocalizedText.of("须为 true 或 false", "must be true or false")));
    return false;
  }

  public static <E extends Enum<E>> E enumeration(JsonObject o, String field, Class<E> type, List<FieldError> errors) {
    String s = string(o, field, errors);
    if (s == null) return null;
    try {
      return Enum.valueOf(type, s);
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(field, LocalizedText.of("取值无效：%s", "not a valid value: %s").formatted(s)));
      return null;
    }
  }

  public static void check(List<FieldError> errors) {
    if (!errors.isEmpty()) throw new InvalidInputException(errors);
  }
}
