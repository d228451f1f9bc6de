package it.com.tfp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The seventh product, built only through the SDK (sdk/examples/import-bill-advance) and never bundled in the WAR,
 * reaches the running server the way a product team ships it: its built jar copied into the plug-ins directory. It
 * goes live in the catalogue with its variants and bank defaults, evaluates with the numbers of its example cases,
 * and leaves when the jar is removed.
 */
class SdkProductDropInIT {

  private static final String ID = "import-bill-advance";
  private static final Path JAR = Path.of(System.getProperty("it.example.jar", "../sdk/examples/import-bill-advance/target/plugin-import-bill-advance-1.0.0-SNAPSHOT.jar"));
  private static final Path DROPPED = Api.PLUGINS.resolve("it-import-bill-advance.jar");

  @AfterAll
  static void cleanUp() throws Exception {
    Files.deleteIfExists(DROPPED);
  }

  static String lcUnderTargetCustomer() {
    return """
        { "product": "import-bill-advance", "variant": "LC", "currency": "USD", "valueDate": "2026-12-01",
          "facts": { "billAmount": "200000.00", "marginHeld": "30000.00", "requestedTermDays": 90, "resaleCycleDays": 75,
                     "paymentAccepted": true, "exportLicence": true, "customerTier": "TARGET", "creditRating": "BBB" } }""";
  }

  @Test
  void theSdkBuiltJarGoesLiveEvaluatesAndIsRemovedWithoutARestart() throws Exception {
    assertTrue(Files.isRegularFile(JAR), "the example product is built before the web module: " + JAR.toAbsolutePath());
    assertFalse(PluginDropInIT.catalogueEntry(p -> ID.equals(p.getString("id", null))).isPresent(), "not bundled in the WAR");
    assertEquals(404, Api.post("/api/v1/evaluations", lcUnderTargetCustomer()).status());

    // copy under another name, then move: the server never sees half a jar
    Path part = Files.copy(JAR, Api.PLUGINS.resolve("it-import-bill-advance.part"), StandardCopyOption.REPLACE_EXISTING);
    Files.move(part, DROPPED, StandardCopyOption.ATOMIC_MOVE);
    long live = PluginDropInIT.awaitCatalogue(p -> ID.equals(p.getString("id", null)) && p.getString("status").equals("ACTIVE"), true);
    System.out.println("[measure] SDK-built import bill advance live after " + live + " ms (scan interval 500 ms)");

    JsonObject product = Api.get("/api/v1/products/" + ID).json();
    assertEquals("1.0.0", product.getString("version"));
    assertEquals(2, product.getJsonArray("variants").size(), product.toString());
    assertTrue(product.getJsonArray("parameters").stream().map(JsonValue::asJsonObject)
        .anyMatch(p -> p.getString("key").equals("advanceRatio") && p.getBoolean("bankDefault")), product.toString());

    Api.Reply r = Api.post("/api/v1/evaluations", lcUnderTargetCustomer(), "en");
    assertEquals(200, r.status(), r.body());
    JsonObject e = r.json();
    assertEquals("import-bill-advance", e.getString("product"));
    assertEquals("1.0.0", e.getString("productVersion"));
    assertEquals("APPROVABLE", e.getString("decision"));
    assertEquals("170000.00", e.getString("maxAmount"));
    assertEquals("2027-02-14", e.getString("maturityDate"));
    assertEquals(75, e.getInt("maxTermDays"));
    assertEquals(3, e.getInt("riskClass"));

    Api.Reply bad = Api.post("/api/v1/evaluations", lcUnderTargetCustomer().replace("\"200000.00\"", "\"lots\""));
    assertEquals(400, bad.status(), bad.body());
    assertTrue(bad.body().contains("facts.billAmount"), bad.body());

    Files.delete(DROPPED);
    PluginDropInIT.awaitCatalogue(p -> ID.equals(p.getString("id", null)), false);
    assertEquals(404, Api.get("/api/v1/products/" + ID).status());
    assertEquals(404, Api.post("/api/v1/evaluations", lcUnderTargetCustomer()).status());
  }
}
