package it.com.tfp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seventh product, built only through the SDK (sdk/examples/import-bill-advance) and never bundled in the WAR,
 * reaches the running server the way a product team ships it: its built jar copied into the plug-ins directory. It
 * goes live in the catalogue with its variants and bank defaults, evaluates with the numbers of its example cases,
 * and leaves when the jar is removed.
 */
public class SdkProductDropInIT {

  private static final String ID = "import-bill-advance";
  private static final Path JAR = Path.of(System.getProperty("it.example.jar", "../sdk/examples/import-bill-advance/target/plugin-import-bill-advance-1.0.0-SNAPSHOT.jar"));
  private static final Path SOURCES = Path.of(System.getProperty("it.example.sources", "../sdk/examples/import-bill-advance/src/main/java"));
  private static final Path DROPPED = Api.PLUGINS.resolve("it-import-bill-advance.jar");
  private static final Path UPGRADE = Api.PLUGINS.resolve("it-import-bill-advance-1.1.0.jar");

  /** On a busy machine the server may report started before the application is: wait for the catalogue to answer. */
  @BeforeAll
  static void applicationAnswers() throws InterruptedException {
    long deadline = System.nanoTime() + 180_000_000_000L;
    while (true) {
      Api.Reply r = Api.get("/api/v1/products");
      if (r.status() == 200 && r.contentType().startsWith("application/json")) return;
      if (System.nanoTime() > deadline) throw new AssertionError("the application did not answer within 180 s: " + r.status());
      Thread.sleep(500);
    }
  }

  @AfterAll
  static void cleanUp() throws Exception {
    Files.deleteIfExists(DROPPED);
    Files.deleteIfExists(UPGRADE);
  }

  /** Drops a jar as it is (the build signed the example with the demo key, issue 15), through a temp name and a move. */
  public static void drop(Path jar, Path as) throws IOException {
    Path part = Files.copy(jar, as.resolveSibling(as.getFileName() + ".part"), StandardCopyOption.REPLACE_EXISTING);
    Files.move(part, as, StandardCopyOption.ATOMIC_MOVE);
  }

  /** A jar built here, signed with the demo key as its team would sign it, then dropped. */
  static void dropSigned(Path unsigned, Path as) throws IOException {
    var signer = com.tfp.platform.testing.PluginJarBuilder.Signer.fromSystemProperties();
    assertTrue(signer != null, "the demo signing key of the build (tfp.signing.keystore)");
    Path signed = unsigned.resolveSibling(unsigned.getFileName() + ".signed");
    signer.sign(unsigned, signed);
    drop(signed, as);
  }

  /**
   * Version 1.1.0 of the product as its team would build it: the same sources with the version raised and the bank
   * default advance ratio lowered to 80%, compiled against the SPI alone.
   */
  static Path version110() throws IOException {
    Path work = Files.createTempDirectory("iba-1.1.0");
    Path src = work.resolve("src");
    Path classes = Files.createDirectories(work.resolve("classes"));
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8)
            .replace("SemanticVersion.parse(\"1.0.0\")", "SemanticVersion.parse(\"1.1.0\")")
            .replace("FactType.RATIO, \"0.9\"", "FactType.RATIO, \"0.8\"");
        Path to = src.resolve(SOURCES.relativize(f));
        Files.createDirectories(to.getParent());
        Files.writeString(to, text, StandardCharsets.UTF_8);
      }
    }
    List<String> args = new java.util.ArrayList<>(List.of("-classpath", System.getProperty("spi.jar"), "-d", classes.toString(),
        "--release", "17", "-encoding", "UTF-8"));
    try (Stream<Path> files = Files.walk(src)) {
      files.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
    }
    assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)), "version 1.1.0 compiles");
    Path jar = work.resolve("plugin-import-bill-advance-1.1.0.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
        Files.copy(f, out);
        out.closeEntry();
      }
      out.putNextEntry(new JarEntry("META-INF/services/com.tfp.spi.ProductPlugin"));
      out.write("com.tfp.product.importbilladvance.ImportBillAdvancePlugin\n".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    return jar;
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
    try (java.util.jar.JarFile built = new java.util.jar.JarFile(JAR.toFile())) {
      assertTrue(built.stream().anyMatch(e -> e.getName().startsWith("META-INF/") && e.getName().endsWith(".SF")),
          "the build signed the example with the demo key (issue 15)");
    }
    assertFalse(PluginDropInIT.catalogueEntry(p -> ID.equals(p.getString("id", null))).isPresent(), "not bundled in the WAR");
    assertEquals(404, Api.post("/api/v1/evaluations", lcUnderTargetCustomer()).status());

    drop(JAR, DROPPED);
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

  /** An application of a customer with a line, for the product as the catalogue serves it now. */
  static String application(String customerId) {
    return """
        { "product": "import-bill-advance", "variant": "LC", "customerId": "%s", "currency": "USD", "valueDate": "%s",
          "facts": { "billAmount": "200000.00", "marginHeld": "30000.00", "requestedTermDays": 90, "resaleCycleDays": 75,
                     "paymentAccepted": true },
          "documents": [ {"type": "INVOICE", "number": "%s", "issuer": "Osaka Trading"},
                         {"type": "BILL_OF_LADING", "number": "BL-%s", "issuer": "COSCO"} ],
          "requestedAmount": "150000.00" }""".formatted(customerId, Deals.businessDate(), Deals.unique("IBA"), Deals.unique("IBA"));
  }

  @Test
  void anUpgradeServesWithoutARestartDealsInFlightKeepTheirVersionAndRemovingItBringsTheReleaseBack() throws Exception {
    drop(JAR, DROPPED);
    PluginDropInIT.awaitCatalogue(p -> ID.equals(p.getString("id", null)) && p.getString("status").equals("ACTIVE"), true);
    assertEquals("170000.00", Api.post("/api/v1/evaluations", lcUnderTargetCustomer()).json().getString("maxAmount"));
    // a deal in flight, evaluated by 1.0.0, on a customer's line like any product's
    String customer = Deals.customerWithLine("1000000.00");
    JsonObject inFlight = Deals.create(application(customer));
    assertEquals("1.0.0", inFlight.getString("productVersion"), inFlight.toString());
    long inFlightId = inFlight.getJsonNumber("id").longValue();

    dropSigned(version110(), UPGRADE);
    long live = PluginDropInIT.awaitCatalogue(p -> ID.equals(p.getString("id", null)) && "1.1.0".equals(p.getString("version", null))
        && p.getString("status").equals("ACTIVE"), true);
    System.out.println("[measure] import bill advance 1.1.0 live after " + live + " ms");
    assertEquals("SUPERSEDED", PluginDropInIT.catalogueEntry(p -> "it-import-bill-advance.jar".equals(p.getString("origin"))).orElseThrow()
        .getString("status"));
    JsonObject upgraded = Api.post("/api/v1/evaluations", lcUnderTargetCustomer(), "en").json();
    assertEquals("1.1.0", upgraded.getString("productVersion"));
    assertEquals("160000.00", upgraded.getString("maxAmount"), "the new classes run: 80% of 200,000.00 now binds");
    assertEquals("1.0.0", Deals.CM.get("/api/v1/applications/" + inFlightId).json().getString("productVersion"),
        "the deal in flight keeps the version it was evaluated with");
    assertEquals("1.1.0", Deals.create(application(customer)).getString("productVersion"));

    Files.delete(UPGRADE);
    PluginDropInIT.awaitCatalogue(p -> ID.equals(p.getString("id", null)) && "1.1.0".equals(p.getString("version", null)), false);
    JsonObject back = Api.post("/api/v1/evaluations", lcUnderTargetCustomer()).json();
    assertEquals("1.0.0", back.getString("productVersion"));
    assertEquals("170000.00", back.getString("maxAmount"));

    Files.delete(DROPPED);
    PluginDropInIT.awaitCatalogue(p -> ID.equals(p.getString("id", null)), false);
  }
}
