package it.com.tfp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: who may call what, from one table per door — every REST operation of the OpenAPI document, every SOAP
 * operation of the WSDL, every page of the WAR — for each role. The doors are enumerated from the running server (and
 * the page sources), so a new operation or page without a row, or a row for one that is gone, fails the test. Probes
 * change nothing: path ids that do not exist and bodies with an unknown field (an allowed role gets 400/404/…, never
 * 401/403; a refused role gets 403 before any of it is read). Also CSRF on the API: a page session (cookie) never
 * authenticates a state-changing REST call (401 with the Basic challenge, per operation).
 */
class RoleMatrixIT {

  static final String CM = "CUSTOMER_MANAGER", IB = "IB_REVIEWER", RISK = "RISK_APPROVER", ADMIN = "ADMIN", INT = "INTEGRATION",
      SVC = "INTEGRATION_SERVICING";
  static final Map<String, String> USER = Map.of(CM, "cm1", IB, "ib1", RISK, "risk1", ADMIN, "admin", INT, "legacy", SVC, "legacy-ops");
  static final Set<String> ALL = Set.of(CM, IB, RISK, ADMIN, INT, SVC);

  /** THE table of the REST API: operation → roles that may call it (the rest get 403). */
  static final Map<String, Set<String>> REST = new TreeMap<>(Map.ofEntries(
      Map.entry("POST /api/v1/evaluations", ALL),
      Map.entry("GET /api/v1/applications", ALL),
      Map.entry("POST /api/v1/applications", Set.of(CM, INT)),
      Map.entry("GET /api/v1/applications/{id}", ALL),
      Map.entry("POST /api/v1/applications/{id}/collections", Set.of(IB, SVC)),
      Map.entry("POST /api/v1/applications/{id}/decisions", ALL),
      Map.entry("POST /api/v1/applications/{id}/disbursement", Set.of(IB, SVC)),
      Map.entry("GET /api/v1/applications/{id}/journal", ALL),
      Map.entry("GET /api/v1/audit", Set.of(ADMIN, RISK)),
      Map.entry("GET /api/v1/business-date", ALL),
      Map.entry("POST /api/v1/customers", Set.of(CM, ADMIN)),
      Map.entry("GET /api/v1/customers", ALL),
      Map.entry("GET /api/v1/customers/{id}", ALL),
      Map.entry("GET /api/v1/customers/{id}/line-ledger", ALL),
      Map.entry("GET /api/v1/customers/{id}/lines", ALL),
      Map.entry("POST /api/v1/customers/{id}/lines", Set.of(RISK)),
      Map.entry("GET /api/v1/discount-rates", ALL),
      Map.entry("GET /api/v1/duties", ALL),
      Map.entry("PUT /api/v1/discount-rates/{currency}/{tenorDaysUpTo}", Set.of(ADMIN)),
      Map.entry("POST /api/v1/eod", Set.of(ADMIN)),
      Map.entry("GET /api/v1/eod/{run}", Set.of(ADMIN, RISK, IB, INT, SVC)),
      Map.entry("POST /api/v1/eod/{run}/stop", Set.of(ADMIN)),
      Map.entry("POST /api/v1/lines/transfers", Set.of(CM, IB, RISK)),
      Map.entry("POST /api/v1/lines/{id}/extension", Set.of(CM, RISK)),
      Map.entry("POST /api/v1/lines/{id}/release", Set.of(RISK)),
      Map.entry("POST /api/v1/lines/{id}/suspension", Set.of(CM, RISK)),
      Map.entry("GET /api/v1/products", ALL),
      Map.entry("GET /api/v1/products/{id}", ALL),
      Map.entry("PUT /api/v1/products/{id}/parameters/{key}", Set.of(ADMIN)),
      Map.entry("DELETE /api/v1/products/{id}/parameters/{key}", Set.of(ADMIN)),
      Map.entry("POST /api/v1/products/{id}/quarantine", Set.of(ADMIN)),
      Map.entry("POST /api/v1/products/{id}/release", Set.of(ADMIN)),
      Map.entry("PUT /api/v1/products/{id}/risk-classes/{variant}", Set.of(ADMIN)),
      Map.entry("DELETE /api/v1/products/{id}/risk-classes/{variant}", Set.of(ADMIN)),
      Map.entry("GET /api/v1/rule-changes", Set.of(ADMIN)),
      Map.entry("GET /api/v1/rule-changes/{id}", Set.of(ADMIN)),
      Map.entry("POST /api/v1/rule-changes/{id}/approval", Set.of(ADMIN)),
      Map.entry("POST /api/v1/rule-changes/{id}/rejection", Set.of(ADMIN)),
      Map.entry("POST /api/v1/rule-changes/{id}/withdrawal", Set.of(ADMIN)),
      Map.entry("GET /api/v1/sign-in-locks", Set.of(ADMIN)),
      Map.entry("POST /api/v1/sign-in-locks/{user}/unlock", Set.of(ADMIN)),
      Map.entry("GET /api/v1/trial-balance", Set.of(ADMIN, RISK, IB, INT, SVC))));

  /**
   * THE table of the SOAP service: every operation is for the origination integration account and administrators
   * (web.xml), except where the segregation-of-duties policy names the roles of a command (issue 16: SUBMIT is the
   * maker's — customer manager or origination account — so an administrator's submit is refused).
   */
  static final Set<String> SOAP_ROLES = Set.of(INT, ADMIN);
  static final Map<String, Set<String>> SOAP_BY_DUTY = Map.of("submitApplication", Set.of(INT));

  /** THE table of the pages: page → roles that may open it (INTEGRATION users get no page session at all). */
  static final Map<String, Set<String>> PAGES = new TreeMap<>(Map.ofEntries(
      Map.entry("apply.xhtml", Set.of(CM, IB, RISK, ADMIN)),
      Map.entry("audit.xhtml", Set.of(RISK, ADMIN)),
      Map.entry("catalogue.xhtml", Set.of(CM, IB, RISK, ADMIN)),
      Map.entry("customer.xhtml", Set.of(CM, IB, RISK, ADMIN)),
      Map.entry("deal.xhtml", Set.of(CM, IB, RISK, ADMIN)),
      Map.entry("duties.xhtml", Set.of(ADMIN)),
      Map.entry("eod.xhtml", Set.of(CM, IB, RISK, ADMIN)),
      Map.entry("error.xhtml", Set.of(CM, IB, RISK, ADMIN)),
      Map.entry("evaluate.xhtml", Set.of(CM, IB, RISK, ADMIN)),
      Map.entry("expired.xhtml", Set.of(CM, IB, RISK, ADMIN)),
      Map.entry("index.xhtml", Set.of(CM, IB, RISK, ADMIN)),
      Map.entry("login.xhtml", Set.of(CM, IB, RISK, ADMIN)),
      Map.entry("product.xhtml", Set.of(CM, IB, RISK, ADMIN)),
      Map.entry("queues.xhtml", Set.of(CM, IB, RISK, ADMIN)),
      Map.entry("rule-changes.xhtml", Set.of(ADMIN)),
      Map.entry("users.xhtml", Set.of(ADMIN))));

  /** Harmless values for path parameters: nothing by these names exists. */
  static final Map<String, String> PATH_VALUES = Map.of("{id}", "999999999", "{run}", "999999999", "{user}", "nobody-in-the-matrix",
      "{currency}", "XXX", "{tenorDaysUpTo}", "30", "{key}", "no-such-key", "{variant}", "no-such-variant");

  static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  static List<String> restOperations() {
    JsonObject doc;
    try {
      var r = HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/openapi")).header("Accept", "application/json").build(),
          HttpResponse.BodyHandlers.ofString());
      doc = Json.createReader(new StringReader(r.body())).readObject();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    List<String> ops = new ArrayList<>();
    doc.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().keySet().stream()
        .filter(m -> Set.of("get", "post", "put", "delete", "patch").contains(m))
        .forEach(m -> ops.add(m.toUpperCase() + " " + path)));
    return ops;
  }

  static HttpResponse<String> call(String operation, String authorization, String cookie) {
    String method = operation.substring(0, operation.indexOf(' '));
    String path = operation.substring(operation.indexOf(' ') + 1);
    for (var v : PATH_VALUES.entrySet()) path = path.replace(v.getKey(), v.getValue());
    String body = "{\"matrixProbe\": true}";
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Api.BASE + path)).header("Accept-Language", "en")
        .method(method, method.equals("GET") || method.equals("DELETE") ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    if (!method.equals("GET") && !method.equals("DELETE")) b.header("Content-Type", "application/json");
    if (authorization != null) b.header("Authorization", authorization);
    if (cookie != null) b.header("Cookie", cookie);
    try {
      return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new AssertionError(operation, e);
    }
  }

  @Test
  void everyRestOperationHasARowAndEachRoleGetsWhatTheTableSays() {
    assertEquals(REST.keySet(), new TreeSet<>(restOperations()), "the table and the OpenAPI document list the same operations");
    List<String> wrong = new ArrayList<>();
    for (var row : REST.entrySet()) {
      for (String role : ALL) {
        HttpResponse<String> r = call(row.getKey(), FromAddress.basic(USER.get(role), USER.get(role) + "-demo-pass"), null);
        boolean allowed = row.getValue().contains(role);
        boolean ok = allowed ? r.statusCode() != 401 && r.statusCode() != 403 && r.statusCode() < 500 : r.statusCode() == 403;
        if (!ok) wrong.add(row.getKey() + " as " + role + ": expected " + (allowed ? "allowed" : "403") + ", got " + r.statusCode());
      }
      HttpResponse<String> anonymous = call(row.getKey(), null, null);
      if (anonymous.statusCode() != 401) wrong.add(row.getKey() + " anonymous: " + anonymous.statusCode());
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void everySoapOperationIsForIntegrationUsersAndAdministratorsOnly() throws Exception {
    String wsdl = SoapIT.TLS_CLIENT.send(HttpRequest.newBuilder(URI.create(SoapIT.WSDL)).build(), HttpResponse.BodyHandlers.ofString()).body();
    Matcher portType = Pattern.compile("<(?:wsdl:)?portType[^>]*>(.*?)</(?:wsdl:)?portType>", Pattern.DOTALL).matcher(wsdl);
    assertTrue(portType.find(), wsdl);
    Matcher op = Pattern.compile("<(?:wsdl:)?operation name=\"([^\"]+)\"").matcher(portType.group(1));
    List<String> operations = new ArrayList<>();
    while (op.find()) operations.add(op.group(1));
    assertTrue(operations.size() >= 3, operations.toString());
    List<String> wrong = new ArrayList<>();
    for (String operation : operations) {
      String envelope = """
          <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:t="urn:tfp:trade-finance:v1">
            <soap:Body><t:%s/></soap:Body>
          </soap:Envelope>""".formatted(operation);
      for (String role : ALL) {
        int status = SoapIT.soapPost(Api.as(USER.get(role)), envelope).status();
        boolean allowed = SOAP_BY_DUTY.getOrDefault(operation, SOAP_ROLES).contains(role);
        if (allowed ? status == 401 || status == 403 : status != 403) wrong.add(operation + " as " + role + ": " + status);
      }
      if (SoapIT.soapPost(Api.anonymous(), envelope).status() != 401) wrong.add(operation + " anonymous");
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void everyPageHasARowAndEachStaffRoleGetsWhatTheTableSays() throws Exception {
    Set<String> pages = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("src/main/webapp"))) {
      files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".xhtml")).forEach(pages::add);
    }
    assertEquals(PAGES.keySet(), pages, "the table and the WAR's pages");
    List<String> wrong = new ArrayList<>();
    for (String role : List.of(CM, IB, RISK, ADMIN)) {
      String session = signIn(USER.get(role));
      for (var row : PAGES.entrySet()) {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/" + row.getKey()))
            .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofString());
        boolean allowed = row.getValue().contains(role);
        // an allowed page answers (200, or its own redirect such as the login page sending a signed-in user home)
        boolean ok = allowed ? r.statusCode() == 200 || (r.statusCode() == 302 && !r.headers().firstValue("Location").orElse("").contains("login"))
            || (row.getKey().equals("login.xhtml") && r.statusCode() == 302) : r.statusCode() == 403;
        if (!ok) wrong.add(row.getKey() + " as " + role + ": " + r.statusCode());
      }
    }
    assertEquals(List.of(), wrong);
  }

  /** CSRF on the API: the browser's page session (cookie) does not authenticate any state-changing operation. */
  @Test
  void aPageSessionNeverAuthenticatesAStateChangingRestCall() throws Exception {
    String session = signIn("admin");
    List<String> wrong = new ArrayList<>();
    int changing = 0;
    for (String operation : restOperations()) {
      if (operation.startsWith("GET ")) continue;
      changing++;
      HttpResponse<String> r = call(operation, null, "JSESSIONID=" + session);
      if (r.statusCode() != 401 || !"Basic realm=\"tfp\"".equals(r.headers().firstValue("WWW-Authenticate").orElse(""))) {
        wrong.add(operation + ": " + r.statusCode());
      }
    }
    assertTrue(changing >= 20, "every POST, PUT and DELETE of the API: " + changing);
    assertEquals(List.of(), wrong);
  }

  static String signIn(String user) throws Exception {
    HttpResponse<String> form = TransportIT.get(HTTP, Api.BASE + "/login.xhtml", null);
    String before = TransportIT.id(TransportIT.sessionCookie(form));
    HttpResponse<String> in = TransportIT.signIn(HTTP, Api.BASE, before, form.body(), user);
    assertEquals(302, in.statusCode(), user + ": " + in.body());
    return TransportIT.id(TransportIT.sessionCookie(in));
  }
}
