package it.com.tfp.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A forged post — what a hostile site can send with the user's session cookie, but without the page's view state —
 * changes nothing: Faces cannot restore a view it never issued and answers with the "page expired" page.
 */
class PageSecurityIT {

  static final String BASE = System.getProperty("it.base.url", "http://localhost:9080");
  static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void aPostWithoutTheViewStateChangesNothing() throws Exception {
    String page = get("/index.xhtml").body();
    Matcher state = VIEW_STATE.matcher(page);
    assertTrue(state.find(), "every form carries a view state");
    assertFalse(state.group(1).equals("stateless"), "no transient view");
    assertTrue(page.contains("欢迎"));

    // a guess in the form of a real view state id (Base64 of a hex token)
    String guess = java.util.Base64.getEncoder().encodeToString("0123456789abcdef0000000000000001".getBytes(StandardCharsets.US_ASCII));
    HttpResponse<String> forged = post("/index.xhtml", "lang_SUBMIT=1&lang%3A_idcl=lang%3Aen"
        + "&jakarta.faces.ViewState=" + URLEncoder.encode(guess, StandardCharsets.UTF_8));
    assertTrue(forged.uri().getPath().endsWith("/expired.xhtml"), forged.uri().toString());
    assertTrue(forged.body().contains("页面已过期"), forged.body());
    assertTrue(get("/index.xhtml").body().contains("欢迎"), "the language did not switch");

    // the same post with the page's own view state works: the switch is a real action of the page
    HttpResponse<String> genuine = post("/index.xhtml", "lang_SUBMIT=1&lang%3A_idcl=lang%3Aen"
        + "&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8));
    assertEquals(200, genuine.statusCode());
    assertTrue(genuine.body().contains("Welcome"), genuine.body());
  }

  @Test
  void theSessionCookieIsHttpOnlyAndLax() throws Exception {
    String cookie = get("/index.xhtml").headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.contains("SameSite=Lax"), cookie);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(BASE + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String form) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(BASE + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
