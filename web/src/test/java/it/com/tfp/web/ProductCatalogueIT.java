package it.com.tfp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProductCatalogueIT {

  @Test
  void allSixBuiltInProductsAreActive() {
    Api.Reply r = Api.get("/api/v1/products");
    assertEquals(200, r.status());
    Set<String> active = r.array().stream().map(JsonValue::asJsonObject)
        .filter(p -> p.getString("origin").equals("built-in") && p.getString("status").equals("ACTIVE"))
        .map(p -> p.getString("id")).collect(Collectors.toSet());
    assertTrue(active.containsAll(List.of("bill-purchase", "insured-financing", "domestic-lc", "nra", "sellers-credit", "factoring")), active.toString());
  }

  @Test
  void descriptorDocumentsEveryFactWithLabelsInBothLanguages() {
    Api.Reply r = Api.get("/api/v1/products/bill-purchase");
    assertEquals(200, r.status());
    JsonObject d = r.json();
    assertEquals("bill-purchase", d.getString("id"));
    JsonObject settlement = d.getJsonArray("facts").stream().map(JsonValue::asJsonObject)
        .filter(f -> f.getString("name").equals("settlement")).findFirst().orElseThrow();
    assertEquals("ENUM", settlement.getString("type"));
    assertTrue(settlement.getBoolean("required"));
    assertEquals("出口押汇", d.getJsonObject("names").getString("zh"));
    assertTrue(d.getJsonArray("sources").size() > 0);
    d.getJsonArray("facts").stream().map(JsonValue::asJsonObject).forEach(f -> {
      assertTrue(!f.getJsonObject("label").getString("zh").isBlank() && !f.getJsonObject("label").getString("en").isBlank(), f.toString());
    });
  }

  @Test
  void unknownProductIsA404Problem() {
    Api.Reply r = Api.get("/api/v1/products/no-such-product");
    assertEquals(404, r.status());
    assertTrue(r.contentType().startsWith("application/problem+json"));
  }

  @Test
  void openApiDescribesTheOperations() {
    Api.Reply r = Api.get("/openapi");
    assertEquals(200, r.status());
    assertTrue(r.body().contains("/api/v1/evaluations"));
    assertTrue(r.body().contains("/api/v1/products/{id}"));
    assertTrue(r.body().contains("application/problem+json"));
  }
}
