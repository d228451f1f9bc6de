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
import java.util.List;
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

  final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();

  /** Signs in through the login page's own form (its view state included), as a browser does. */
  HttpResponse<String> login(String user, String password, String next) throws Exception {
    String page = get("/login.xhtml" + (next == null ? "" : "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8))).body();
    Matcher state = VIEW_STATE.matcher(page);
    assertTrue(state.find(), "the login form carries a view state");
    Matcher nextField = Pattern.compile("name=\"login:next\"[^>]*value=\"([^\"]*)\"").matcher(page);
    String nextValue = nextField.find() ? nextField.group(1).replace("&amp;", "&") : "";
    return post("/login.xhtml", "login_SUBMIT=1&login%3Auser=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&login%3Apassword=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&login%3AsignIn="
        + "&login%3Anext=" + URLEncoder.encode(nextValue, StandardCharsets.UTF_8)
        + "&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8));
  }

  @Test
  void everyPageNeedsALoginAndReturnsToTheAskedPageAfterIt() throws Exception {
    for (String path : List.of("/", "/index.xhtml", "/catalogue.xhtml", "/evaluate.xhtml?product=bill-purchase")) {
      HttpResponse<String> r = get(path);
      assertEquals("/login.xhtml", r.uri().getPath(), path + " → " + r.uri());
      assertTrue(r.body().contains("id=\"login:password\""), path);
      assertFalse(r.body().contains("id=\"menu\""), "no menu before login: " + path);
    }
    HttpResponse<String> wrong = login("cm1", "wrong-pass", null);
    assertTrue(wrong.body().contains("用户名或密码错误"), wrong.body());
    assertEquals("/login.xhtml", wrong.uri().getPath());
    assertEquals("/login.xhtml", get("/index.xhtml").uri().getPath(), "a failed login lets nobody in");

    HttpResponse<String> in = login("cm1", "cm1-demo-pass", "/catalogue.xhtml");
    assertEquals("/catalogue.xhtml", in.uri().getPath(), in.uri().toString());
    assertTrue(in.body().contains("cm1"), "the header shows the user");
    assertTrue(get("/evaluate.xhtml").body().contains("id=\"menu\""));

    // the API keeps HTTP Basic only: the page session does not authenticate it (no cross-site call through it)
    HttpResponse<String> api = get("/api/v1/customers");
    assertEquals(401, api.statusCode());
    assertEquals("Basic realm=\"tfp\"", api.headers().firstValue("WWW-Authenticate").orElse(""));
  }

  @Test
  void noOpenRedirectAfterLogin() throws Exception {
    HttpResponse<String> in = login("ib1", "ib1-demo-pass", "//evil.example/steal");
    assertEquals("localhost", in.uri().getHost());
    assertEquals("/index.xhtml", in.uri().getPath(), in.uri().toString());
  }

  @Test
  void anIntegrationUserHasNoPages() throws Exception {
    HttpResponse<String> r = login("legacy", "legacy-demo-pass", null);
    assertTrue(r.body().contains("无权使用页面"), r.body());
    assertEquals("/login.xhtml", get("/index.xhtml").uri().getPath());
  }

  @Test
  void signOutEndsTheSession() throws Exception {
    HttpResponse<String> home = login("risk1", "risk1-demo-pass", null);
    Matcher state = VIEW_STATE.matcher(home.body());
    assertTrue(state.find());
    HttpResponse<String> out = post("/index.xhtml", "signOut_SUBMIT=1&signOut%3A_idcl=signOut%3AsignOutLink"
        + "&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8));
    assertEquals("/login.xhtml", out.uri().getPath());
    assertTrue(out.body().contains("您已退出登录"), out.body());
    assertEquals("/login.xhtml", get("/index.xhtml").uri().getPath());
  }

  @Test
  void anExpiredSessionGoesToTheLoginPageSayingSo() throws Exception {
    HttpClient stale = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    HttpResponse<String> r = stale.send(HttpRequest.newBuilder(URI.create(BASE + "/catalogue.xhtml"))
        .header("Cookie", "JSESSIONID=0000expiredSessionId:gone").GET().build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(302, r.statusCode());
    String location = r.headers().firstValue("Location").orElse("");
    assertTrue(location.contains("/login.xhtml?next=%2Fcatalogue.xhtml&expired=true"), location);
    // an Ajax post of an expired page is told to go there too (a Faces partial-response redirect)
    HttpResponse<String> ajax = stale.send(HttpRequest.newBuilder(URI.create(BASE + "/evaluate.xhtml"))
        .header("Cookie", "JSESSIONID=0000expiredSessionId:gone").header("Faces-Request", "partial/ajax")
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("a=b")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertTrue(ajax.body().contains("<redirect url=\"/login.xhtml?expired=true\"/>"), ajax.body());
    assertTrue(get("/login.xhtml?expired=true").body().contains("会话已过期"));
  }

  @Test
  void aPostWithoutTheViewStateChangesNothing() throws Exception {
    login("cm1", "cm1-demo-pass", null);
    String page = get("/index.xhtml").body();
    String pageNonce = nonce;
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

    // the same post with the page's own view state (and its script nonce) works: the switch is a real action of the page
    nonce = pageNonce;
    HttpResponse<String> genuine = post("/index.xhtml", "lang_SUBMIT=1&lang%3A_idcl=lang%3Aen"
        + "&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8));
    assertEquals(200, genuine.statusCode());
    assertTrue(genuine.body().contains("Welcome"), genuine.body());
  }

  @Test
  void theSessionCookieIsHttpOnlyAndLax() throws Exception {
    String cookie = get("/login.xhtml").headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.contains("SameSite=Lax"), cookie);
  }

  /**
   * Issue 16: the duties page is the administrators', the audit page the administrators' and Risk's: a customer manager
   * gets 403 for both, and each refusal is one audit record (user, roles, operation, target, reason); the admin sees the
   * policy table and finds those refusals on the audit page, searched by user and target.
   */
  @Test
  void theDutiesAndAuditPagesAreRefusedToACustomerManagerAndTheRefusalIsAudited() throws Exception {
    login("cm1", "cm1-demo-pass", null);
    long before = it.com.tfp.web.Deals.auditCount("cm1", "/duties.xhtml");
    assertEquals(403, get("/duties.xhtml").statusCode());
    assertEquals(403, get("/audit.xhtml").statusCode());
    assertEquals(before + 1, it.com.tfp.web.Deals.auditCount("cm1", "/duties.xhtml"), "one record of the page refusal");

    PageSecurityIT asAdmin = new PageSecurityIT(); // a session of its own
    asAdmin.login("admin", "admin-demo-pass", null);
    String duties = asAdmin.get("/duties.xhtml").body();
    assertTrue(duties.contains("SOD-DISBURSE-CREATOR") && duties.contains("tfp.duties.disburserNotReviewer"), duties);
    String audit = asAdmin.get("/audit.xhtml?actor=cm1&target=%2Fduties.xhtml").body();
    assertTrue(audit.contains("data-outcome=\"REFUSED\"") && audit.contains("GET /duties.xhtml"), audit);
  }

  /**
   * Issue 16, entitlements on the home page: the line usage chart of a Yantai customer manager shows the lines of
   * Yantai's customers (C002) and none of Qingdao's (C001) (the bank-wide counterparties' lines are everyone's).
   */
  @Test
  void theHomePageLineChartShowsOnlyTheLinesOfTheUsersBranch() throws Exception {
    login("cm2", "cm2-demo-pass", null);
    String home = get("/").body();
    assertTrue(home.contains("C002-"), "a Yantai line on cm2's chart");
    assertFalse(home.contains("C001-"), "no Qingdao line on cm2's chart");
  }

  /**
   * Issue 16, entitlements on the pages (002 Art.30; the same services as REST): a Qingdao customer (onboarded by cm1)
   * and its deal are refused to the Yantai customer manager cm2 on the deal page (the platform's reason shown, no
   * figure of the deal) and the customer page (none of its master data, lines or journal), each refusal one audit
   * record on its target; the application entry offers cm2 Yantai's customers only. cm1 and head office (risk2) open
   * both pages.
   */
  @Test
  void aYantaiUserIsRefusedAQingdaoCustomersDealAndCustomerPagesAndEachRefusalIsAudited() throws Exception {
    String customer = it.com.tfp.web.Deals.customerWithLine("500000.00");
    long deal = it.com.tfp.web.Deals.create(it.com.tfp.web.Deals.billPurchase(customer, it.com.tfp.web.Deals.unique("PG"), "1000.00"))
        .getJsonNumber("id").longValue();
    login("cm2", "cm2-demo-pass", null);
    long dealBefore = it.com.tfp.web.Deals.auditCount("cm2", "application/" + deal);
    String dealPage = get("/deal.xhtml?id=" + deal).body();
    assertTrue(dealPage.contains("不属于您所在分行的客户范围"), dealPage);
    assertFalse(dealPage.contains("id=\"customerId\"") || dealPage.contains("1,000.00") || dealPage.contains("1000.00"),
        "nothing of the deal is shown (the refusal names the customer only)");
    assertEquals(dealBefore + 1, it.com.tfp.web.Deals.auditCount("cm2", "application/" + deal), "one record of the refused deal page");

    long customerBefore = it.com.tfp.web.Deals.auditCount("cm2", "customer/" + customer);
    String customerPage = get("/customer.xhtml?id=" + customer).body();
    assertFalse(customerPage.contains("IT customer " + customer) || customerPage.contains(customer + "-COMP"), "none of its master data or lines");
    assertTrue(customerPage.contains("C002"), "the list of cm2's own customers instead");
    assertEquals(customerBefore + 1, it.com.tfp.web.Deals.auditCount("cm2", "customer/" + customer), "one record of the refused customer page");

    String apply = get("/apply.xhtml?product=bill-purchase").body();
    assertTrue(apply.contains("value=\"C002\""), "Yantai's customer offered");
    assertFalse(apply.contains("value=\"C001\"") || apply.contains("value=\"" + customer + "\""), "no Qingdao customer offered");

    for (String[] user : new String[][] {{"cm1", "cm1-demo-pass"}, {"risk2", "risk2-demo-pass"}}) {
      PageSecurityIT own = new PageSecurityIT();
      own.login(user[0], user[1], null);
      assertTrue(own.get("/deal.xhtml?id=" + deal).body().contains("id=\"customerId\""), user[0] + " opens the deal");
      assertTrue(own.get("/customer.xhtml?id=" + customer).body().contains(customer + "-COMP"), user[0] + " sees the customer's line");
    }
  }

  /**
   * The script nonce of the last page (its Content-Security-Policy): PrimeFaces' CSP mode has the browser send it with
   * every post of the page's forms (primefaces.nonce) and checks it against the view, so this client does as well.
   */
  private String nonce = "";

  private HttpResponse<String> get(String path) throws Exception {
    return keepNonce(http.send(HttpRequest.newBuilder(URI.create(BASE + path)).GET().build(), HttpResponse.BodyHandlers.ofString()));
  }

  private HttpResponse<String> post(String path, String form) throws Exception {
    return keepNonce(http.send(HttpRequest.newBuilder(URI.create(BASE + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form + "&primefaces.nonce=" + URLEncoder.encode(nonce, StandardCharsets.UTF_8))).build(),
        HttpResponse.BodyHandlers.ofString()));
  }

  private HttpResponse<String> keepNonce(HttpResponse<String> r) {
    Matcher m = Pattern.compile("'nonce-([^']+)'").matcher(r.headers().firstValue("Content-Security-Policy").orElse(""));
    if (m.find()) nonce = m.group(1);
    return r;
  }
}
