package it.com.tfp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11 item 3 against the running server: bodies beyond the {@code BodyLimits} (defaults: 1 MiB, 32 levels, 1,000
 * elements, 10,000 characters, 40 digits) are a 400 naming the limit, on every resource that reads a body, over SOAP
 * too; each leaves exactly one line in messages.log and no stack trace; a burst of client errors leaves at most the
 * rate limit's lines (30 a minute) and one line saying how many were left out.
 *
 * <p>The rate limit counts per clock minute for the whole server, and the test classes before this one may have used
 * this minute's lines: the class starts at the beginning of a fresh minute (waiting up to a minute) and runs the burst
 * last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BodyLimitsIT {

  static final Path LOG = Api.SERVER_DIR.resolve("logs/messages.log");
  static final int PER_MINUTE = 30;
  static final long FIFTY_MB = 50L * 1024 * 1024;
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  static String deep(int levels) {
    return "{\"facts\":" + "[".repeat(levels) + "]".repeat(levels) + "}";
  }

  static String evaluation(String facts) {
    return "{\"product\":\"bill-purchase\",\"currency\":\"USD\",\"valueDate\":\"2026-12-01\",\"facts\":{" + facts + "}}";
  }

  @BeforeAll
  static void aFreshMinuteOfTheClientErrorLog() throws Exception {
    // the SOAP endpoint initialises (and logs that) on its first call: not during a count below
    assertEquals(200, SoapIT.soapPost(Api.as("legacy"), SoapIT.LIST_PRODUCTS).status());
    long ms = System.currentTimeMillis();
    Thread.sleep(60_000 - ms % 60_000 + 300);
    // this minute's first client error also takes the line saying what the last minute left out, if anything
    assertEquals(400, Api.post("/api/v1/evaluations", "{").status());
    settledLog();
  }

  static List<String> logLines() {
    try {
      return Files.readAllLines(LOG, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The log's line count once nothing has been added for half a second (Liberty writes asynchronously). */
  static int settledLog() throws InterruptedException {
    int n = logLines().size();
    for (int i = 0; i < 20; i++) {
      Thread.sleep(500);
      int m = logLines().size();
      if (m == n) return n;
      n = m;
    }
    return n;
  }

  /** What a request adds to messages.log. */
  static <T> List<String> logOf(Supplier<T> request) throws InterruptedException {
    int before = settledLog();
    request.get();
    for (int i = 0; i < 10 && logLines().size() == before; i++) Thread.sleep(200);
    settledLog();
    List<String> all = logLines();
    return all.subList(before, all.size());
  }

  static void oneLineNoTrace(List<String> added, String path, String field) {
    assertEquals(1, added.size(), "exactly one line: " + added);
    String line = added.get(0);
    assertTrue(line.contains("client error 400 ") && line.contains(path) && line.contains("field " + field), line);
    assertFalse(line.contains("Exception") || line.contains("Error:"), line);
  }

  static void refusedNaming(Api.Reply r, String field, String limit) {
    assertEquals(400, r.status(), r.body());
    assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
    JsonObject e = r.json().getJsonArray("errors").getJsonObject(0);
    assertEquals(field, e.getString("field"), r.body());
    assertTrue(e.getString("message").contains(limit), r.body());
  }

  static Stream<Arguments> overTheLimits() {
    String contracts = IntStream.range(0, 2_000).mapToObj(i -> "{\"amount\":\"1.00\"}").collect(Collectors.joining(",", "[", "]"));
    return Stream.of(
        Arguments.of("10,000 levels deep", deep(10_000), "body", "nested deeper than 32 levels"),
        Arguments.of("1,000,000 levels deep (unclosed, just under 1 MiB)", "{\"facts\":" + "[".repeat(1_000_000), "body", "32 levels"),
        Arguments.of("an array of 2,000 elements", evaluation("\"contracts\":" + contracts), "facts.contracts", "more than 1000 elements"),
        Arguments.of("a string of 20,000 characters", evaluation("\"settlement\":\"" + "S".repeat(20_000) + "\""), "facts.settlement",
            "longer than 10000 characters"),
        Arguments.of("a number a gigabyte long written out", evaluation("\"invoiceAmount\":1e999999999"), "facts.invoiceAmount",
            "more than 40 digits"));
  }

  @Order(1)
  @ParameterizedTest(name = "{0}")
  @MethodSource("overTheLimits")
  void aBodyOverALimitIsA400NamingItWithOneLogLine(String name, String body, String field, String limit) throws Exception {
    Api.Reply[] reply = new Api.Reply[1];
    List<String> added = logOf(() -> reply[0] = Api.post("/api/v1/evaluations", body));
    refusedNaming(reply[0], field, limit);
    oneLineNoTrace(added, "POST /api/v1/evaluations", field);
  }

  /** Every resource that reads a JSON body goes through the same reader (and its limits). */
  static Stream<Arguments> everyResourceWithABody() {
    return Stream.of(
        Arguments.of("cm1", "POST", "/api/v1/applications"),
        Arguments.of("risk1", "POST", "/api/v1/applications/1/decisions"),
        Arguments.of("ib1", "POST", "/api/v1/applications/1/disbursement"),
        Arguments.of("ib1", "POST", "/api/v1/applications/1/collections"),
        Arguments.of("cm1", "POST", "/api/v1/customers"),
        Arguments.of("risk1", "POST", "/api/v1/customers/C001/lines"),
        Arguments.of("cm1", "POST", "/api/v1/lines/transfers"),
        Arguments.of("cm1", "POST", "/api/v1/lines/1/extension"),
        Arguments.of("cm1", "POST", "/api/v1/lines/1/suspension"),
        Arguments.of("risk1", "POST", "/api/v1/lines/1/release"),
        Arguments.of("admin", "POST", "/api/v1/eod"),
        Arguments.of("admin", "PUT", "/api/v1/products/domestic-lc/parameters/packingLoanRatio"),
        Arguments.of("admin", "PUT", "/api/v1/products/bill-purchase/risk-classes/-"));
  }

  @Order(2)
  @ParameterizedTest(name = "{1} {2}")
  @MethodSource("everyResourceWithABody")
  void everyResourceRefusesADeepBody(String user, String method, String path) throws Exception {
    Api.Reply[] reply = new Api.Reply[1];
    List<String> added = logOf(() -> reply[0] = Api.send(Api.as(user).auth(HttpRequest.newBuilder(URI.create(Api.BASE + path))
        .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(deep(10_000)))), "en"));
    refusedNaming(reply[0], "body", "32 levels");
    oneLineNoTrace(added, method + " " + path, "body");
  }

  /** 50 MB of body, made as it is sent (the test holds none of it). */
  static InputStream fiftyMegabytes() {
    return new InputStream() {
      long left = FIFTY_MB;

      @Override
      public int read() {
        return left-- > 0 ? ' ' : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) return -1;
        int n = (int) Math.min(len, left);
        Arrays.fill(b, off, off + n, (byte) ' ');
        left -= n;
        return n;
      }
    };
  }

  /**
   * 50 MB, with a Content-Length (refused before a byte is read) and chunked (refused at the first byte beyond 1 MiB,
   * having buffered at most that): a 400 either way. The server answers with {@code Connection: close}; should a client
   * see the connection closed while it still sends, the one log line is the proof that the server answered 400.
   */
  @Order(3)
  @ParameterizedTest(name = "chunked: {0}")
  @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
  void aFiftyMegabyteBodyIsRefused(boolean chunked) throws Exception {
    HttpRequest.BodyPublisher body = chunked ? HttpRequest.BodyPublishers.ofInputStream(BodyLimitsIT::fiftyMegabytes)
        : HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(BodyLimitsIT::fiftyMegabytes), FIFTY_MB);
    HttpRequest request = Api.as("admin").auth(HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/evaluations")))
        .header("Content-Type", "application/json").header("Accept-Language", "en").timeout(Duration.ofSeconds(60))
        .POST(body).build();
    HttpResponse<String>[] reply = new HttpResponse[1];
    IOException[] closed = new IOException[1];
    List<String> added = logOf(() -> {
      try {
        reply[0] = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        closed[0] = e;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return null;
    });
    oneLineNoTrace(added, "POST /api/v1/evaluations", "body");
    if (reply[0] == null) {
      assertTrue(closed[0] != null, "neither an answer nor a closed connection");
      return; // the server answered 400 (its log line) and closed the connection while the client still sent
    }
    assertEquals(400, reply[0].statusCode(), reply[0].body());
    assertTrue(reply[0].body().contains("\"field\":\"body\"") && reply[0].body().contains("larger than 1048576 bytes"), reply[0].body());
    assertEquals("close", reply[0].headers().firstValue("Connection").orElse(""));
  }

  /** SOAP: the same size limit (a client fault, 400) and one log line. */
  @Order(4)
  @Test
  void aSoapBodyOverOneMegabyteIsAClientFault() throws Exception {
    String envelope = SoapIT.LIST_PRODUCTS.replace("<soap:Body>", "<soap:Body><!--" + "x".repeat(2_000_000) + "-->");
    Api.Reply[] reply = new Api.Reply[1];
    List<String> added = logOf(() -> reply[0] = SoapIT.soapPost(Api.as("legacy"), envelope));
    assertEquals(400, reply[0].status(), reply[0].body());
    assertTrue(reply[0].body().contains("<faultcode>soap:Client</faultcode>"), reply[0].body());
    assertTrue(reply[0].body().contains("<status>400</status>") && reply[0].body().contains("<field>body</field>"), reply[0].body());
    oneLineNoTrace(added, "POST /ws/TradeFinanceService", "body");
  }

  /**
   * Deeply nested XML is refused by Liberty's JAX-WS (CXF) itself at 100 levels: a {@code soap:Client} fault ("Maximum
   * Element Depth limit (100) Exceeded"), nothing in the log. Its HTTP status is 500, as for every SOAP 1.1 fault.
   */
  @Order(5)
  @Test
  void deeplyNestedXmlIsAClientFaultWithoutAStackTrace() throws Exception {
    String envelope = SoapIT.LIST_PRODUCTS.replace("<t:listProducts/>", "<t:evaluate><t:product>" + "<a>".repeat(100_000)
        + "</a>".repeat(100_000) + "</t:product></t:evaluate>");
    Api.Reply[] reply = new Api.Reply[1];
    List<String> added = logOf(() -> reply[0] = SoapIT.soapPost(Api.as("legacy"), envelope));
    assertTrue(reply[0].body().contains("<faultcode>soap:Client</faultcode>"), reply[0].body());
    assertTrue(reply[0].body().contains("Depth"), reply[0].body());
    assertFalse(reply[0].body().contains("soap:Server"), reply[0].body());
    assertTrue(added.stream().noneMatch(l -> l.startsWith("\tat ") || l.contains(" E ") || l.contains("Exception")), added.toString());
  }

  /** 200 client errors in a row: at most 30 lines (the minute's limit) plus one saying how many were left out. */
  @Order(6)
  @Test
  void twoHundredClientErrorsCannotFloodTheLog() throws Exception {
    List<String> added = logOf(() -> {
      for (int i = 0; i < 200; i++) assertEquals(400, Api.post("/api/v1/evaluations", deep(10_000)).status());
      return null;
    });
    assertTrue(added.size() <= PER_MINUTE + 1, added.size() + " lines: " + added);
    assertTrue(added.stream().allMatch(l -> l.contains("client error") && l.contains("ClientErrorLog")), added.toString());
    assertTrue(added.stream().noneMatch(l -> l.startsWith("\tat ")), added.toString());
  }
}
