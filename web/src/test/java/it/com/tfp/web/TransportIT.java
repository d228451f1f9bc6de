package it.com.tfp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;

/**
 * Issue 15, transport: the session id changes at login (no fixation: the id a visitor had before signing in is worth
 * nothing after); the demo server answers on plain HTTP; with the switch {@code tfp.transport.tlsOnly} on (a bank's
 * default) every request of the application on the http port goes to the https port before anything is read and the
 * session cookie is {@code Secure}. The switch is set as a bank would — a configDropins override — and the server
 * restarted, then put back.
 */
class TransportIT {

  static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  static final HttpClient NO_REDIRECTS = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** The session cookie an answer sets ({@code JSESSIONID=…; Path=/; …}), or null. */
  static String sessionCookie(HttpResponse<?> r) {
    return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElse(null);
  }

  static String id(String setCookie) {
    return setCookie.split(";")[0].substring("JSESSIONID=".length());
  }

  /** Signs in through the login form with a given session, without following redirects; returns the login's answer. */
  static HttpResponse<String> signIn(HttpClient client, String base, String cookie, String loginPage, String user) throws Exception {
    Matcher state = VIEW_STATE.matcher(loginPage);
    assertTrue(state.find());
    return client.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).header("Cookie", "JSESSIONID=" + cookie)
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
            "login_SUBMIT=1&login%3Auser=" + user + "&login%3Apassword=" + user + "-demo-pass&login%3AsignIn=&login%3Anext="
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> get(HttpClient client, String url, String cookie) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
    if (cookie != null) b.header("Cookie", "JSESSIONID=" + cookie);
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theSessionIdChangesAtLoginAndTheOldOneIsWorthNothing() throws Exception {
    HttpResponse<String> form = get(NO_REDIRECTS, Api.BASE + "/login.xhtml", null);
    String before = id(sessionCookie(form));
    HttpResponse<String> in = signIn(NO_REDIRECTS, Api.BASE, before, form.body(), "ib1");
    assertEquals(302, in.statusCode(), in.body());
    assertTrue(in.headers().firstValue("Location").orElse("").endsWith("/index.xhtml"));
    String after = id(sessionCookie(in));
    assertNotEquals(before, after, "a new session id at login");
    assertEquals(200, get(NO_REDIRECTS, Api.BASE + "/index.xhtml", after).statusCode(), "the new id is signed in");
    HttpResponse<String> old = get(NO_REDIRECTS, Api.BASE + "/index.xhtml", before);
    assertEquals(302, old.statusCode(), "the id from before the login is not signed in");
    assertTrue(old.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
    assertFalse(sessionCookie(form).contains("Secure"), "the demo server (plain HTTP allowed) sets no Secure flag");
  }

  @Test
  void withTheSwitchOnPlainHttpGoesToTlsAndTheSessionCookieIsSecure() throws Exception {
    Path override = Api.SERVER_DIR.resolve("configDropins/overrides/tls-only.xml");
    Files.createDirectories(override.getParent());
    Files.writeString(override, "<server><variable name=\"tfp.transport.tlsOnly\" value=\"true\"/></server>");
    try {
      RestartIT.server("stop");
      RestartIT.server("start");
      awaitReady(SoapIT.TLS + "/health/ready");
      String tlsBase = SoapIT.TLS.replace("https://", "");
      for (String path : List.of("/login.xhtml", "/index.xhtml?x=1", "/api/v1/products", "/jakarta.faces.resource/theme.css.xhtml?ln=primefaces-saga-blue")) {
        HttpResponse<String> r = get(NO_REDIRECTS, Api.BASE + path, null);
        assertEquals(302, r.statusCode(), path);
        assertEquals("https://" + tlsBase + path, r.headers().firstValue("Location").orElse(""), path);
        assertTrue(sessionCookie(r) == null, "no session is started on plain HTTP: " + path);
      }
      HttpResponse<String> post = NO_REDIRECTS.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/evaluations"))
          .header("Content-Type", "application/json").header("Authorization", "Basic " + java.util.Base64.getEncoder()
              .encodeToString("cm1:cm1-demo-pass".getBytes(StandardCharsets.UTF_8)))
          .POST(HttpRequest.BodyPublishers.ofString(Api.sightLcToJapan())).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(308, post.statusCode(), "a post is sent to TLS unchanged (308)");
      assertEquals("https://" + tlsBase + "/api/v1/evaluations", post.headers().firstValue("Location").orElse(""));
      assertEquals(200, get(NO_REDIRECTS, Api.BASE + "/health/ready", null).statusCode(), "health stays on HTTP for load balancers");

      HttpResponse<String> form = get(SoapIT.TLS_CLIENT, SoapIT.TLS + "/login.xhtml", null);
      assertEquals(200, form.statusCode());
      String cookie = sessionCookie(form);
      assertTrue(cookie.contains("Secure") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
      HttpResponse<String> in = signIn(SoapIT.TLS_CLIENT, SoapIT.TLS, id(cookie), form.body(), "cm2");
      assertEquals(302, in.statusCode(), in.body());
      String after = sessionCookie(in);
      assertTrue(after.contains("Secure"), after);
      assertNotEquals(id(cookie), id(after), "a new session id at login over TLS too");
      assertEquals(200, get(SoapIT.TLS_CLIENT, SoapIT.TLS + "/index.xhtml", id(after)).statusCode());
    } finally {
      Files.deleteIfExists(override);
      RestartIT.server("stop");
      RestartIT.server("start");
      awaitReady(Api.BASE + "/health/ready");
    }
    assertEquals(200, get(NO_REDIRECTS, Api.BASE + "/login.xhtml", null).statusCode(), "back to the demo's plain HTTP");
  }

  static void awaitReady(String url) throws Exception {
    long start = System.nanoTime();
    while (true) {
      try {
        if (get(url.startsWith("https") ? SoapIT.TLS_CLIENT : NO_REDIRECTS, url, null).statusCode() == 200) return;
      } catch (java.io.IOException notYet) {
        // connection refused while the server starts
      }
      if (System.nanoTime() - start > 180_000_000_000L) throw new AssertionError("server not ready: " + url);
      Thread.sleep(200);
    }
  }
}
