package it.com.tfp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, headers: every answer of the server — each page, the API (200, 401, 404), SOAP (WSDL, 200, 401),
 * redirects, health — carries the anti-framing, no-sniffing and referrer headers and a Content-Security-Policy; a
 * page's policy allows only its own scripts with this answer's nonce (no inline handler is left in the HTML), any
 * other answer gets the closed policy; HSTS only over TLS. The browser side (no violation while the pages run) is in
 * every browser test ({@code BrowserSession}) and {@code it.com.tfp.web.pages.CspIT}.
 */
class SecurityHeadersIT {

  static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'");
  static final String CLOSED = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  static final List<String> PAGES = List.of("/", "/index.xhtml", "/catalogue.xhtml", "/product.xhtml?id=bill-purchase",
      "/evaluate.xhtml?product=domestic-lc", "/apply.xhtml?product=bill-purchase", "/queues.xhtml", "/eod.xhtml",
      "/customer.xhtml", "/customer.xhtml?id=C001", "/nope.xhtml", "/expired.xhtml", "/error.xhtml");

  /**
   * As a browser on plain HTTP: HTTP/1.1. (Java's client would otherwise ask for an h2c upgrade, which no browser does;
   * Liberty then sends the closed policy as well as the page's — stricter, never looser.)
   */
  final HttpClient pages = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
      .followRedirects(HttpClient.Redirect.NORMAL).build();

  static void assertCommonHeaders(String what, HttpHeaders h, boolean tls) {
    assertEquals("DENY", h.firstValue("X-Frame-Options").orElse(null), what);
    assertEquals("nosniff", h.firstValue("X-Content-Type-Options").orElse(null), what);
    assertEquals("same-origin", h.firstValue("Referrer-Policy").orElse(null), what);
    List<String> csp = h.allValues("Content-Security-Policy");
    assertEquals(1, csp.size(), what + ": one policy " + csp);
    assertTrue(csp.get(0).contains("frame-ancestors 'none'"), what + ": " + csp);
    assertFalse(csp.get(0).contains("unsafe-eval"), what);
    assertFalse(csp.get(0).matches(".*script-src[^;]*unsafe-inline.*"), what + ": no inline scripts");
    if (tls) {
      assertTrue(h.firstValue("Strict-Transport-Security").orElse("").startsWith("max-age=31536000"), what + ": HSTS on TLS");
    } else {
      assertNull(h.firstValue("Strict-Transport-Security").orElse(null), what + ": no HSTS on plain HTTP");
    }
  }

  /** A page's policy: its own scripts only, with this answer's nonce on every script element, no inline handlers. */
  static void assertPagePolicy(String what, HttpResponse<String> r) {
    String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.startsWith("default-src 'self';"), what + ": " + csp);
    assertTrue(csp.contains("object-src 'none'") && csp.contains("base-uri 'self'") && csp.contains("form-action 'self'"), csp);
    Matcher nonce = NONCE.matcher(csp);
    assertTrue(nonce.find(), what + ": nonce in " + csp);
    Matcher script = Pattern.compile("<script\\b[^>]*>").matcher(r.body());
    int scripts = 0;
    while (script.find()) {
      scripts++;
      assertTrue(script.group().contains("nonce=\"" + nonce.group(1) + "\""), what + ": script without this answer's nonce " + script.group());
    }
    assertTrue(scripts > 0, what + ": the page has scripts");
    Matcher handler = Pattern.compile("<[^>]*\\son(click|change|complete|load|submit|keyup|keydown|blur|focus)=", Pattern.CASE_INSENSITIVE).matcher(r.body());
    assertFalse(handler.find(), what + ": an inline event handler is left in the HTML: " + (handler.find(0) ? handler.group() : ""));
  }

  @Test
  void everyPageOfASignedInUserHasTheHeadersAndANoncePolicy() throws Exception {
    HttpResponse<String> login = send(pages, get(Api.BASE + "/login.xhtml"));
    assertCommonHeaders("/login.xhtml", login.headers(), false);
    assertPagePolicy("/login.xhtml", login);
    Matcher state = VIEW_STATE.matcher(login.body());
    assertTrue(state.find());
    HttpResponse<String> in = send(pages, HttpRequest.newBuilder(URI.create(Api.BASE + "/login.xhtml"))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
            "login_SUBMIT=1&login%3Auser=admin&login%3Apassword=admin-demo-pass&login%3AsignIn=&login%3Anext="
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8))).build());
    assertEquals("/index.xhtml", in.uri().getPath());
    String lastNonce = null;
    for (String page : PAGES) {
      HttpResponse<String> r = send(pages, get(Api.BASE + page));
      assertCommonHeaders(page, r.headers(), false);
      assertPagePolicy(page, r);
      Matcher nonce = NONCE.matcher(r.headers().firstValue("Content-Security-Policy").orElse(""));
      assertTrue(nonce.find());
      assertFalse(nonce.group(1).equals(lastNonce), "a fresh nonce per answer");
      lastNonce = nonce.group(1);
    }
    assertEquals(404, send(pages, get(Api.BASE + "/nope.xhtml")).statusCode());

    // over TLS (HTTP/1.1: the endpoint speaks nothing else, issue 11): the same policy, and HSTS
    HttpResponse<String> tls = send(SoapIT.TLS_CLIENT, get(SoapIT.TLS + "/login.xhtml"));
    assertEquals(HttpClient.Version.HTTP_1_1, tls.version());
    assertCommonHeaders("/login.xhtml over TLS", tls.headers(), true);
    assertPagePolicy("/login.xhtml over TLS", tls);
  }

  @Test
  void everyOtherAnswerHasTheHeadersAndTheClosedPolicy() {
    record Case(String what, Api.Reply reply, int status, boolean tls) {}
    List<Case> cases = List.of(
        new Case("API 200", Api.get("/api/v1/products"), 200, false),
        new Case("API evaluation 200", Api.post("/api/v1/evaluations", Api.sightLcToJapan()), 200, false),
        new Case("API 401", Api.anonymous().get("/api/v1/products"), 401, false),
        new Case("API wrong password 401", new Api.As("risk2", "wrong").get("/api/v1/products"), 401, false),
        new Case("API 404", Api.get("/api/v1/nothing-here"), 404, false),
        new Case("API 401 over TLS", send(Api.anonymous(), SoapIT.TLS + "/api/v1/products"), 401, true),
        new Case("API 200 over TLS", send(Api.as("cm1"), SoapIT.TLS + "/api/v1/business-date"), 200, true),
        new Case("page redirect to login", Api.anonymous().get("/catalogue.xhtml"), 302, false),
        new Case("health", Api.anonymous().get("/health/ready"), 200, false),
        new Case("WSDL", send(Api.anonymous(), SoapIT.WSDL), 200, true),
        new Case("SOAP 200", SoapIT.soapPost(Api.as("legacy"), SoapIT.LIST_PRODUCTS), 200, true),
        new Case("SOAP 401", SoapIT.soapPost(Api.anonymous(), SoapIT.LIST_PRODUCTS), 401, true),
        new Case("SOAP over HTTP, sent to TLS", SoapIT.soapPost(Api.as("legacy"), SoapIT.LIST_PRODUCTS, Api.BASE), 302, false));
    for (Case c : cases) {
      assertEquals(c.status(), c.reply().status(), c.what() + ": " + c.reply().body());
      assertCommonHeaders(c.what(), c.reply().headers(), c.tls());
      assertEquals(CLOSED, c.reply().header("Content-Security-Policy"), c.what());
    }
  }

  static Api.Reply send(Api.As caller, String url) {
    try {
      var r = SoapIT.TLS_CLIENT.send(caller.auth(HttpRequest.newBuilder(URI.create(url)).GET()).build(), HttpResponse.BodyHandlers.ofString());
      return new Api.Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static HttpRequest get(String url) {
    return HttpRequest.newBuilder(URI.create(url)).GET().build();
  }

  static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
