package it.com.tfp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12, for every built-in product and variant: a request carrying only the facts the platform itself calls
 * indispensable is answered 200 with its defaults listed; the same request with each default given explicitly gives
 * the same numbers. The request is grown from nothing: it starts with the facts the descriptor marks required and
 * adds only the facts a 400 names as missing (a required-when that now holds), so nothing the platform could do
 * without is ever sent. A value the platform refuses for a fact already given fails the test.
 */
class IndispensableFactsIT {

  static final LocalDate VALUE_DATE = LocalDate.parse("2026-12-01");

  static Stream<Arguments> productsAndVariants() {
    List<Arguments> all = new ArrayList<>();
    for (JsonValue v : Api.get("/api/v1/products").array()) {
      JsonObject p = v.asJsonObject();
      if (!"built-in".equals(p.getString("origin")) || !"ACTIVE".equals(p.getString("status"))) continue;
      JsonArray variants = p.getJsonArray("variants");
      if (variants.isEmpty()) all.add(Arguments.of(p.getString("id"), null));
      for (JsonValue variant : variants) all.add(Arguments.of(p.getString("id"), variant.asJsonObject().getString("code")));
    }
    return all.stream();
  }

  static boolean appliesTo(JsonObject fact, String variant) {
    JsonArray variants = fact.getJsonArray("variants");
    return variant == null || variants == null || variants.isEmpty()
        || variants.stream().anyMatch(x -> variant.equals(((jakarta.json.JsonString) x).getString()));
  }

  /** A value of the fact's type within its bounds: what a legacy system would send when it has to. */
  static JsonValue valueOf(JsonObject fact) {
    String type = fact.getString("type");
    return switch (type) {
      case "MONEY", "DECIMAL", "RATIO", "INTEGER" -> {
        BigDecimal v = switch (type) {
          case "MONEY" -> new BigDecimal("100000.00");
          case "RATIO" -> new BigDecimal("0.2");
          default -> new BigDecimal("12");
        };
        if (!fact.isNull("max") && v.compareTo(new BigDecimal(fact.getString("max"))) > 0) v = new BigDecimal(fact.getString("max"));
        if (!fact.isNull("min") && v.compareTo(new BigDecimal(fact.getString("min"))) < 0) v = new BigDecimal(fact.getString("min"));
        yield type.equals("INTEGER") ? Json.createValue(v.intValue()) : Json.createValue(v.toPlainString());
      }
      case "DATE" -> Json.createValue(VALUE_DATE.plusDays(60).toString());
      case "BOOLEAN" -> JsonValue.TRUE;
      case "ENUM" -> Json.createValue(fact.getJsonArray("allowedValues").getJsonObject(0).getString("code"));
      case "COUNTRY" -> Json.createValue("JP");
      case "RECORD_LIST" -> {
        JsonObjectBuilder record = Json.createObjectBuilder();
        for (JsonValue f : fact.getJsonArray("fields")) {
          if (f.asJsonObject().getBoolean("required")) record.add(f.asJsonObject().getString("name"), valueOf(f.asJsonObject()));
        }
        yield Json.createArrayBuilder().add(record).build();
      }
      default -> Json.createValue("X-1");
    };
  }

  static Api.Reply evaluate(String product, String variant, Map<String, JsonValue> facts) {
    JsonObjectBuilder f = Json.createObjectBuilder();
    facts.forEach(f::add);
    JsonObjectBuilder body = Json.createObjectBuilder().add("product", product).add("currency", product.equals("domestic-lc") ? "CNY" : "USD")
        .add("valueDate", VALUE_DATE.toString()).add("facts", f);
    if (variant == null) body.addNull("variant"); else body.add("variant", variant);
    return Api.post("/api/v1/evaluations", body.build().toString());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("productsAndVariants")
  void onlyTheIndispensableFactsAreAnsweredWithTheDefaultsVisible(String product, String variant) {
    Map<String, JsonObject> schema = new LinkedHashMap<>();
    for (JsonValue v : Api.get("/api/v1/products/" + product).json().getJsonArray("facts")) {
      if (appliesTo(v.asJsonObject(), variant)) schema.put(v.asJsonObject().getString("name"), v.asJsonObject());
    }
    Map<String, JsonValue> facts = new LinkedHashMap<>();
    schema.values().stream().filter(f -> f.getBoolean("required")).forEach(f -> facts.put(f.getString("name"), valueOf(f)));

    Api.Reply reply = evaluate(product, variant, facts);
    for (int round = 0; round < 8 && reply.status() == 400; round++) {
      boolean added = false;
      for (JsonValue e : reply.json().getJsonArray("errors")) {
        String field = e.asJsonObject().getString("field");
        String name = field.startsWith("facts.") ? field.substring(6).replaceAll("[\\[.].*", "") : field;
        assertTrue(schema.containsKey(name), product + " " + variant + ": " + field + " is not a fact of the variant: " + reply.body());
        assertFalse(facts.containsKey(name), product + " " + variant + ": a given value was refused: " + reply.body());
        facts.put(name, valueOf(schema.get(name)));
        added = true;
      }
      if (!added) break;
      reply = evaluate(product, variant, facts);
    }
    assertEquals(200, reply.status(), product + " " + variant + " with " + facts.keySet() + ": " + reply.body());
    JsonObject answer = reply.json();
    JsonArray defaults = answer.getJsonArray("defaults");
    System.out.println("[indispensable] " + product + " " + variant + ": " + facts.keySet() + " → " + answer.getString("decision")
        + ", defaults " + defaults.stream().map(d -> d.asJsonObject().getString("field")).toList());

    // the same request with every default given explicitly: the same numbers, nothing left to default
    Map<String, JsonValue> explicit = new LinkedHashMap<>(facts);
    for (JsonValue d : defaults) {
      String field = d.asJsonObject().getString("field");
      if (!field.startsWith("facts.")) continue;
      JsonObject spec = schema.get(field.substring(6));
      String value = d.asJsonObject().getString("value");
      explicit.put(field.substring(6), spec.getString("type").equals("INTEGER") ? Json.createValue(Integer.parseInt(value)) : Json.createValue(value));
    }
    JsonObject again = evaluate(product, variant, explicit).json();
    assertEquals(answer.get("maxAmount"), again.get("maxAmount"), product + " " + variant);
    assertEquals(answer.get("maturityDate"), again.get("maturityDate"), product + " " + variant);
    assertEquals(answer.getString("decision"), again.getString("decision"), product + " " + variant);
    assertTrue(again.getJsonArray("defaults").stream().noneMatch(d -> d.asJsonObject().getString("field").startsWith("facts.")),
        "given explicitly, nothing is defaulted: " + again.getJsonArray("defaults"));
  }
}
