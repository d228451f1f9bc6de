package it.com.tfp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.platform.testing.PluginJarBuilder;
import com.tfp.platform.testing.PluginJarBuilder.Behaviour;
import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, signed plug-ins on the running server: a jar signed with the demo key (in the demo server's trust store)
 * goes live; an unsigned jar and a jar signed with a key the bank does not trust are refused — QUARANTINED with the
 * reason in GET /api/v1/products, on the catalogue page, and a PLUGIN_REFUSED record in the audit trail — and nothing
 * of theirs is loaded (their product id is unknown).
 */
class PluginSignatureIT {

  @AfterAll
  static void cleanUp() throws Exception {
    for (String jar : List.of("it-signed.jar", "it-unsigned.jar", "it-foreign.jar")) Files.deleteIfExists(Api.PLUGINS.resolve(jar));
  }

  static Path unsigned(String id) throws Exception {
    String before = System.getProperty("tfp.signing.enabled");
    System.setProperty("tfp.signing.enabled", "false");
    try {
      Path dir = Files.createTempDirectory("unsigned");
      return PluginJarBuilder.build(dir.resolve(id + ".jar"), "it" + id.replace("-", "") + ".Plugin", id, "1.0.0", Behaviour.GOOD);
    } finally {
      if (before == null) System.clearProperty("tfp.signing.enabled");
      else System.setProperty("tfp.signing.enabled", before);
    }
  }

  /** A key pair the bank never trusted, made with the JDK's keytool as any developer would. */
  static Path foreignKey() throws Exception {
    Path ks = Files.createTempDirectory("foreign").resolve("foreign.p12");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
        "-keystore", ks.toString(), "-storetype", "PKCS12", "-storepass", "foreign-pass", "-keypass", "foreign-pass",
        "-alias", "someone", "-dname", "CN=Someone else, O=Not the bank", "-keyalg", "RSA", "-keysize", "2048", "-validity", "30")
        .inheritIO().start();
    assertEquals(0, p.waitFor());
    return ks;
  }

  static JsonObject entry(String origin) throws InterruptedException {
    PluginDropInIT.awaitCatalogue(p -> origin.equals(p.getString("origin")), true);
    return PluginDropInIT.catalogueEntry(p -> origin.equals(p.getString("origin"))).orElseThrow();
  }

  static long refusals(String jar) {
    return Api.get("/api/v1/audit?target=plugin/" + jar).array().getValuesAs(JsonObject.class).stream()
        .filter(r -> "PLUGIN_REFUSED".equals(r.getString("command"))).count();
  }

  @Test
  void signedWithTheDemoKeyGoesLiveUnsignedOrForeignIsRefusedWithTheReason() throws Exception {
    long unsignedBefore = refusals("it-unsigned.jar");
    long foreignBefore = refusals("it-foreign.jar");
    PluginJarBuilder.build(Api.PLUGINS.resolve("it-signed.jar"), "itsigned.Plugin", "it-signed", "1.0.0", Behaviour.GOOD);
    assertEquals("ACTIVE", entry("it-signed.jar").getString("status"), "signed with a key the bank trusts");

    Files.move(unsigned("it-unsigned"), Api.PLUGINS.resolve("it-unsigned.jar"));
    JsonObject unsigned = entry("it-unsigned.jar");
    assertEquals("QUARANTINED", unsigned.getString("status"));
    assertTrue(unsigned.getString("statusReason").contains("not signed"), unsigned.toString());

    Path staged = Api.PLUGINS.resolveSibling("it-foreign.jar.part");
    new PluginJarBuilder.Signer(foreignKey(), "foreign-pass".toCharArray(), "someone").sign(unsigned("it-foreign"), staged);
    Files.move(staged, Api.PLUGINS.resolve("it-foreign.jar"));
    JsonObject foreign = entry("it-foreign.jar");
    assertEquals("QUARANTINED", foreign.getString("status"));
    assertTrue(foreign.getString("statusReason").contains("CN=Someone else") && foreign.getString("statusReason").contains("trust store"), foreign.toString());

    assertEquals(404, Api.get("/api/v1/products/it-unsigned").status(), "nothing of a refused jar is loaded");
    assertEquals(404, Api.get("/api/v1/products/it-foreign").status());

    assertEquals(unsignedBefore + 1, refusals("it-unsigned.jar"), "one audit record per refused drop");
    assertEquals(foreignBefore + 1, refusals("it-foreign.jar"));

    // the catalogue page says why, for the administrator who looks there
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NORMAL).build();
    String login = http.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/login.xhtml")).build(), HttpResponse.BodyHandlers.ofString()).body();
    Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(login);
    assertTrue(state.find());
    http.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/login.xhtml")).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("login_SUBMIT=1&login%3Auser=admin&login%3Apassword=admin-demo-pass&login%3AsignIn="
            + "&login%3Anext=&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8))).build(),
        HttpResponse.BodyHandlers.ofString());
    String page = http.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/catalogue.xhtml")).build(), HttpResponse.BodyHandlers.ofString()).body();
    assertTrue(page.contains("it-unsigned.jar refused: not signed"), "the reason is on the catalogue page");
    assertTrue(page.contains("CN=Someone else"), "the foreign signer is named");
    assertTrue(!page.contains("id=\"unsignedWarning\""), "the demo server does not admit unsigned jars: no warning banner");
  }
}
