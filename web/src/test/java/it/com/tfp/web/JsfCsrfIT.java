package it.com.tfp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, CSRF on the pages, one test per state-changing command: the page's own form, posted as the page posts it
 * (Ajax where the button is Ajax) with the user's session cookie but a view state the server never issued — what a
 * hostile page could send — lands on "page expired" and changes nothing; the same post with the page's view state
 * (and its script nonce) does what the button says, so the forged post was the real command. Parameter changes have no
 * page (REST only: {@link RoleMatrixIT} covers them against a page session).
 */
class JsfCsrfIT {

  static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  static final String FORGED = java.util.Base64.getEncoder().encodeToString("0123456789abcdef0000000000000001".getBytes(StandardCharsets.US_ASCII));

  record Page(String html, String nonce) {}

  static Page open(String session, String path) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE + path)).header("Cookie", "JSESSIONID=" + session).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), path);
    Matcher n = Pattern.compile("'nonce-([^']+)'").matcher(r.headers().firstValue("Content-Security-Policy").orElse(""));
    assertTrue(n.find());
    return new Page(r.body(), n.group(1));
  }

  /** The named and hidden inputs of one form, as the browser would send them. */
  static Map<String, String> fields(String html, String formId) {
    Matcher form = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\".*?</form>", Pattern.DOTALL).matcher(html);
    assertTrue(form.find(), "form " + formId);
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher input = Pattern.compile("<input\\b([^>]*)>").matcher(form.group());
    while (input.find()) {
      String attrs = input.group(1);
      Matcher name = Pattern.compile("\\bname=\"([^\"]+)\"").matcher(attrs);
      if (!name.find() || attrs.contains("type=\"checkbox\"") || attrs.contains("type=\"radio\"")) continue;
      Matcher value = Pattern.compile("\\bvalue=\"([^\"]*)\"").matcher(attrs);
      fields.put(name.group(1), value.find() ? value.group(1).replace("&amp;", "&") : "");
    }
    Matcher area = Pattern.compile("<textarea\\b[^>]*name=\"([^\"]+)\"").matcher(form.group());
    while (area.find()) fields.put(area.group(1), "");
    return fields;
  }

  /** Posts a form's button as the page does: Ajax (PrimeFaces) or a full post. */
  static HttpResponse<String> press(String session, String path, Page page, String formId, String button, boolean ajax,
      Map<String, String> values, String viewState) throws Exception {
    Map<String, String> f = fields(page.html(), formId);
    f.putAll(values);
    f.put("jakarta.faces.ViewState", viewState);
    f.put("primefaces.nonce", page.nonce());
    f.put(button, button);
    if (ajax) {
      f.put("jakarta.faces.partial.ajax", "true");
      f.put("jakarta.faces.source", button);
      f.put("jakarta.faces.partial.execute", formId);
      f.put("jakarta.faces.partial.render", formId);
    }
    StringBuilder body = new StringBuilder();
    f.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
        .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Api.BASE + path)).header("Cookie", "JSESSIONID=" + session)
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    if (ajax) b.header("Faces-Request", "partial/ajax");
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String viewState(Page page) {
    Matcher m = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.html());
    assertTrue(m.find());
    return m.group(1);
  }

  /** The forged post is refused ("page expired"), nothing changes; the genuine one changes what the button says. */
  static void refusedWithoutTheViewState(String user, String path, String formId, String button, boolean ajax, Map<String, String> values,
      Supplier<String> state, String expectedAfterGenuine) throws Exception {
    String session = RoleMatrixIT.signIn(user);
    Page page = open(session, path);
    String before = state.get();
    HttpResponse<String> forged = press(session, path, page, formId, button, ajax, values, FORGED);
    // a full post lands on "page expired"; an Ajax post of a view the server never issued is sent away by a Faces
    // partial-response redirect (MyFaces: no view to restore, so no action of it can run)
    boolean refused = ajax ? forged.body().contains("<partial-response><redirect url=\"/expired.xhtml\">")
        || forged.body().contains("<partial-response><redirect url=\"/error.xhtml\">")
        : forged.headers().firstValue("Location").orElse("").contains("/expired.xhtml") || forged.body().contains("页面已过期");
    assertTrue(refused, button + " forged: " + forged.statusCode() + " " + forged.body());
    assertEquals(before, state.get(), button + ": the forged post changed nothing");
    if (expectedAfterGenuine != null) {
      HttpResponse<String> genuine = press(session, path, page, formId, button, ajax, values, viewState(page));
      assertEquals(expectedAfterGenuine, state.get(), button + " genuine: " + genuine.statusCode() + " " + genuine.body());
    }
  }

  static long deal(String status) {
    String body = Deals.billPurchase(Deals.customerWithLine("500000.00"), Deals.unique("INV-CSRF"), "1000.00");
    long id = Deals.create(body).getJsonNumber("id").longValue();
    if (status.equals("DRAFT")) return id;
    Deals.decide(Deals.CM, id, "{\"action\": \"SUBMIT\"}", 200);
    if (status.equals("SUBMITTED")) return id;
    Deals.decide(Deals.IB, id, "{\"action\": \"REVIEW\", \"comment\": \"documents compliant\"}", 200);
    if (status.equals("DOCUMENTS_REVIEWED")) return id;
    Deals.decide(Deals.RISK, id, "{\"action\": \"APPROVE\", \"comment\": \"within authority\"}", 200);
    return id;
  }

  static Supplier<String> statusOf(long id) {
    return () -> Deals.CM.get("/api/v1/applications/" + id).json().getString("status");
  }

  static Map<String, String> comment(String page, String formId) {
    Map<String, String> v = new LinkedHashMap<>();
    for (String name : fields(page, formId).keySet()) if (name.endsWith(":comment")) v.put(name, "CSRF control: the genuine post");
    return v;
  }

  @Test
  void submit() throws Exception {
    long id = deal("DRAFT");
    refusedWithoutTheViewState("cm1", "/deal.xhtml?id=" + id, "deal", "deal:submit", true, Map.of(), statusOf(id), "SUBMITTED");
  }

  @Test
  void review() throws Exception {
    long id = deal("SUBMITTED");
    String html = open(RoleMatrixIT.signIn("ib1"), "/deal.xhtml?id=" + id).html();
    refusedWithoutTheViewState("ib1", "/deal.xhtml?id=" + id, "deal", "deal:review", true, comment(html, "deal"), statusOf(id), "DOCUMENTS_REVIEWED");
  }

  @Test
  void approve() throws Exception {
    long id = deal("DOCUMENTS_REVIEWED");
    String html = open(RoleMatrixIT.signIn("risk1"), "/deal.xhtml?id=" + id).html();
    refusedWithoutTheViewState("risk1", "/deal.xhtml?id=" + id, "deal", "deal:approve", true, comment(html, "deal"), statusOf(id), "APPROVED");
  }

  @Test
  void disburse() throws Exception {
    long id = deal("APPROVED");
    refusedWithoutTheViewState("ib1", "/deal.xhtml?id=" + id, "deal", "deal:disburse", true, Map.of(), statusOf(id), "DISBURSED");
  }

  @Test
  void endOfDay() throws Exception {
    // the genuine run is EndOfDayPageIT's (it moves the business date for every other test); here: refused, date unchanged
    refusedWithoutTheViewState("admin", "/eod.xhtml", "eod", "eod:run", true, Map.of(), () -> Deals.businessDate().toString(), null);
  }

  @Test
  void quarantineAndRelease() throws Exception {
    Supplier<String> factoring = () -> Api.get("/api/v1/products").array().getValuesAs(jakarta.json.JsonObject.class).stream()
        .filter(p -> "factoring".equals(p.getString("id", null)) && p.getString("origin").equals("built-in")).findFirst().orElseThrow()
        .getString("status");
    Map<String, String> values = Map.of("admin:product_input", "factoring", "admin:reason", "CSRF control");
    try {
      refusedWithoutTheViewState("admin", "/catalogue.xhtml", "admin", "admin:quarantine", false, values, factoring, "QUARANTINED");
      // a genuine release is a proposal waiting for a second administrator (four eyes): one more pending change
      Supplier<String> releases = () -> Long.toString(Api.get("/api/v1/rule-changes?status=PENDING&limit=500").array().stream()
          .filter(c -> c.asJsonObject().getString("target").equals("product/factoring")).count());
      long pending = Long.parseLong(releases.get());
      refusedWithoutTheViewState("admin", "/catalogue.xhtml", "admin", "admin:release", false, values, releases, Long.toString(pending + 1));
    } finally {
      Api.approved(Api.post("/api/v1/products/factoring/release", "{\"reason\": \"CSRF test done\"}"));
    }
  }

  /** Four eyes on the rules (issue 16): admin2's approval on the rule changes page of a change admin proposed. */
  @Test
  void approveARuleChange() throws Exception {
    Api.Reply proposed = Api.put("/api/v1/discount-rates/NOK/19", "{\"annualRate\": \"0.019\"}");
    assertEquals(202, proposed.status(), proposed.body());
    long id = proposed.json().getJsonNumber("id").longValue();
    Supplier<String> status = () -> Api.get("/api/v1/rule-changes/" + id).json().getString("status");
    refusedWithoutTheViewState(Api.CHECKER, "/rule-changes.xhtml", "decide", "decide:approveButton", false,
        Map.of("decide:change_input", Long.toString(id), "decide:reason", ""), status, "APPROVED");
  }

  @Test
  void unlock() throws Exception {
    // nothing is locked here: the forged unlock must leave no SIGN_IN_UNLOCK record (the genuine one: UsersPageIT)
    Supplier<String> records = () -> Integer.toString(Api.get("/api/v1/audit?target=user/cm2").array().size());
    refusedWithoutTheViewState("admin", "/users.xhtml", "unlock", "unlock:unlockButton", false,
        Map.of("unlock:user_input", "cm2", "unlock:reason", "forged"), records, null);
  }
}
