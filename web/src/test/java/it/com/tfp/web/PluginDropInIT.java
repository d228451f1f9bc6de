package it.com.tfp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.platform.testing.PluginJarBuilder;
import com.tfp.platform.testing.PluginJarBuilder.Behaviour;
import com.tfp.spi.SpiVersion;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A product team's view of the running server: a jar dropped into the plug-ins directory goes live, a newer one
 * replaces it, removing it takes the product away — no restart — an incomplete one is refused, and a failing one fails
 * its own requests (typed) while the others keep working.
 */
class PluginDropInIT {

  private static final String DEMO = "it-demo";

  /** Run first (alone or in a targeted run) on a busy machine, the class must not meet a server still starting. */
  @BeforeAll
  static void applicationAnswers() throws InterruptedException {
    SdkProductDropInIT.applicationAnswers();
  }

  @AfterAll
  static void cleanUp() throws Exception {
    for (String jar : PluginJarBuilder.jarsIn(Api.PLUGINS)) {
      if (jar.startsWith("it-")) Files.deleteIfExists(Api.PLUGINS.resolve(jar));
    }
  }

  static Optional<JsonObject> catalogueEntry(Predicate<JsonObject> which) {
    return catalogueEntry(Api.as(Api.DEFAULT_USER), which);
  }

  /** The first entry of {@code who}'s server's catalogue that matches. */
  static Optional<JsonObject> catalogueEntry(Api.As who, Predicate<JsonObject> which) {
    return who.get("/api/v1/products").array().stream().map(JsonValue::asJsonObject).filter(which).findFirst();
  }

  /** Polls the catalogue until the condition holds; returns the milliseconds it took. */
  static long awaitCatalogue(Predicate<JsonObject> which, boolean present) throws InterruptedException {
    return awaitCatalogue(Api.as(Api.DEFAULT_USER), which, present);
  }

  /** Polls {@code who}'s server's catalogue until the condition holds; returns the milliseconds it took. */
  static long awaitCatalogue(Api.As who, Predicate<JsonObject> which, boolean present) throws InterruptedException {
    long start = System.nanoTime();
    while (catalogueEntry(who, which).isPresent() != present) {
      if (System.nanoTime() - start > 30_000_000_000L) throw new AssertionError("catalogue did not change within 30 s");
      Thread.sleep(50);
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  static String evaluation(String product) {
    return """
        { "product": "%s", "currency": "USD", "valueDate": "2026-12-01", "facts": { "amount": "1000.00" } }""".formatted(product);
  }

  @Test
  void droppedJarGoesLiveIsReplacedByV2AndRemoved() throws Exception {
    Path jar = Api.PLUGINS.resolve("it-demo.jar");
    PluginJarBuilder.build(jar, "itdemo.DemoPlugin", DEMO, "1.0.0", Behaviour.GOOD);
    long live = awaitCatalogue(p -> DEMO.equals(p.getString("id", null)) && p.getString("status").equals("ACTIVE"), true);
    System.out.println("[measure] dropped-in jar live after " + live + " ms");

    JsonObject v1 = Api.post("/api/v1/evaluations", evaluation(DEMO)).json();
    assertEquals("1.0.0", v1.getString("productVersion"));
    assertEquals("500.00", v1.getString("maxAmount"));
    assertEquals("APPROVABLE", v1.getString("decision"));

    PluginJarBuilder.build(Api.PLUGINS.resolve("it-demo-v2.jar"), "itdemo.DemoPlugin", DEMO, "2.0.0", Behaviour.GOOD);
    long replaced = awaitCatalogue(p -> DEMO.equals(p.getString("id", null)) && p.getString("version").equals("2.0.0")
        && p.getString("status").equals("ACTIVE"), true);
    System.out.println("[measure] v2 live after " + replaced + " ms");
    Api.Reply r2 = Api.post("/api/v1/evaluations", evaluation(DEMO), "en");
    assertEquals("2.0.0", r2.json().getString("productVersion"));
    assertTrue(r2.json().getJsonArray("findings").getJsonObject(0).getString("message").contains("version 2.0.0"),
        "the new classes run, not the old ones");
    assertEquals("SUPERSEDED", catalogueEntry(p -> "it-demo.jar".equals(p.getString("origin"))).orElseThrow().getString("status"));

    Files.delete(Api.PLUGINS.resolve("it-demo-v2.jar"));
    Files.delete(jar);
    awaitCatalogue(p -> DEMO.equals(p.getString("id", null)), false);
    assertEquals(404, Api.post("/api/v1/evaluations", evaluation(DEMO)).status());
    assertEquals(404, Api.get("/api/v1/products/" + DEMO).status());
  }

  /** Issue 13.4: a plug-in built for an SPI the platform does not provide is refused, saying why, in the catalogue and the log. */
  @Test
  void aJarBuiltForAnotherSpiMajorIsQuarantinedWithTheReasonInTheCatalogueAndTheLog() throws Exception {
    PluginJarBuilder.build(Api.PLUGINS.resolve("it-future.jar"), "itfuture.FuturePlugin", "it-future", "1.0.0", Behaviour.WRONG_SPI);
    awaitCatalogue(p -> "it-future.jar".equals(p.getString("origin")), true);
    JsonObject future = catalogueEntry(p -> "it-future.jar".equals(p.getString("origin"))).orElseThrow();
    assertEquals("QUARANTINED", future.getString("status"));
    String reason = "needs SPI [9.0.0,10.0.0) but the platform provides " + SpiVersion.CURRENT;
    assertTrue(future.getString("statusReason").contains(reason), future.toString());
    Path log = Api.SERVER_DIR.resolve("logs/messages.log");
    assertTrue(Files.readAllLines(log).stream().anyMatch(l -> l.contains("plug-in jar it-future.jar refused: " + reason)),
        "messages.log names the plug-in and the reason");
  }

  @Test
  void failingPluginIsQuarantinedWhileBillPurchaseKeepsWorking() throws Exception {
    PluginJarBuilder.build(Api.PLUGINS.resolve("it-broken.jar"), "itbroken.BrokenPlugin", "it-broken", "1.0.0", Behaviour.THROWS);
    PluginJarBuilder.build(Api.PLUGINS.resolve("it-nonsense.jar"), "itnonsense.NonsensePlugin", "it-nonsense", "1.0.0", Behaviour.NONSENSE);
    PluginJarBuilder.build(Api.PLUGINS.resolve("it-incomplete.jar"), "itincomplete.IncompletePlugin", "it-incomplete", "1.0.0", Behaviour.INCOMPLETE_DESCRIPTOR);
    awaitCatalogue(p -> "it-broken".equals(p.getString("id", null)) && p.getString("status").equals("ACTIVE"), true);
    awaitCatalogue(p -> "it-nonsense".equals(p.getString("id", null)) && p.getString("status").equals("ACTIVE"), true);
    awaitCatalogue(p -> "it-incomplete.jar".equals(p.getString("origin")), true);

    JsonObject incomplete = catalogueEntry(p -> "it-incomplete.jar".equals(p.getString("origin"))).orElseThrow();
    assertEquals("QUARANTINED", incomplete.getString("status"));
    assertTrue(incomplete.getString("statusReason").contains("name needs zh and en"), incomplete.toString());

    // issue 11: a failing evaluation fails its request, typed, and counts towards the breaker; it quarantines nothing
    Api.Reply broken = Api.post("/api/v1/evaluations", evaluation("it-broken"));
    assertEquals(422, broken.status(), broken.body());
    assertTrue(broken.contentType().startsWith("application/problem+json"));
    assertEquals("urn:tfp:problem:evaluation-failed", broken.json().getString("type"));
    JsonObject brokenEntry = catalogueEntry(p -> "it-broken".equals(p.getString("id", null))).orElseThrow();
    assertEquals("ACTIVE", brokenEntry.getString("status"));
    assertTrue(brokenEntry.getJsonObject("breaker").getString("lastFailure").contains("deliberate failure in evaluate"), brokenEntry.toString());
    assertEquals(422, Api.post("/api/v1/evaluations", evaluation("it-broken")).status(), "each request fails on its own");

    Api.Reply nonsense = Api.post("/api/v1/evaluations", evaluation("it-nonsense"));
    assertEquals(422, nonsense.status(), nonsense.body());
    assertTrue(catalogueEntry(p -> "it-nonsense".equals(p.getString("id", null))).orElseThrow()
        .getJsonObject("breaker").getString("lastFailure").contains("negative maximum amount"));

    Api.Reply bp = Api.post("/api/v1/evaluations", Api.sightLcToJapan());
    assertEquals(200, bp.status());
    assertEquals("APPROVABLE", bp.json().getString("decision"));
  }
}
