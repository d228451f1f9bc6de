package it.com.tfp.web;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/** A plain HTTP client for the running server, as a legacy system would use it. */
/** Public for the browser tests, which set up deals over REST as a legacy system would. */
public final class Api {

  static final String BASE = System.getProperty("it.base.url", "http://localhost:9080");
  static final Path SERVER_DIR = Path.of(System.getProperty("it.server.dir", "target/liberty/wlp/usr/servers/tfp"));
  static final Path PLUGINS = Path.of(System.getProperty("it.plugins.dir", SERVER_DIR.resolve("plugins").toString()));

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public record Reply(int status, String contentType, String body, java.net.http.HttpHeaders headers) {
    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    public JsonObject json() {
      return (JsonObject) parse();
    }

    public JsonArray array() {
      return (JsonArray) parse();
    }

    private JsonStructure parse() {
      try (var r = Json.createReader(new StringReader(body))) {
        return r.read();
      }
    }
  }

  private Api() {}

  /** The demo users (seeded by the default demo setup): password is the user name + "-demo-pass". */
  static final String DEFAULT_USER = "admin";

  /**
   * A client acting as one demo user (basic auth), or anonymous when {@code user} is null, against the server at
   * {@code base} (the tests' server unless {@link #on} names another, issue 14's second server).
   */
  public record As(String user, String password, String base) {
    public As(String user, String password) {
      this(user, password, BASE);
    }

    /** The same user against the server at {@code otherBase}. */
    public As on(String otherBase) {
      return new As(user, password, otherBase);
    }

    public Reply get(String path) {
      return send(auth(HttpRequest.newBuilder(URI.create(base + path)).GET()), "en");
    }

    public Reply post(String path, String json) {
      return post(path, json, null);
    }

    Reply post(String path, String json, String idempotencyKey) {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json));
      if (idempotencyKey != null) b.header("Idempotency-Key", idempotencyKey);
      return send(auth(b), "en");
    }

    public Reply put(String path, String json) {
      return send(auth(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
          .PUT(HttpRequest.BodyPublishers.ofString(json))), "en");
    }

    HttpRequest.Builder auth(HttpRequest.Builder b) {
      if (user == null) return b;
      String token = java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return b.header("Authorization", "Basic " + token);
    }
  }

  public static As as(String user) {
    return new As(user, user + "-demo-pass");
  }

  static As anonymous() {
    return new As(null, null);
  }

  static Reply get(String path) {
    return as(DEFAULT_USER).get(path);
  }

  static Reply post(String path, String json) {
    return post(path, json, "en");
  }

  static Reply post(String path, String json, String language) {
    return send(as(DEFAULT_USER).auth(HttpRequest.newBuilder(URI.create(BASE + path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))), language);
  }

  static Reply put(String path, String json) {
    return send(as(DEFAULT_USER).auth(HttpRequest.newBuilder(URI.create(BASE + path)).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json))), "en");
  }

  static Reply delete(String path) {
    return send(as(DEFAULT_USER).auth(HttpRequest.newBuilder(URI.create(BASE + path)).DELETE()), "en");
  }

  /** The second administrator: the checker of rule changes an {@code admin} proposes (four eyes, issue 16). */
  public static final String CHECKER = "admin2";

  /** Has the checker approve the rule change a 202 answer proposed; the approval's reply (200: in force). */
  public static Reply approved(Reply proposal) {
    if (proposal.status() != 202) throw new AssertionError("expected a 202 proposal, got " + proposal.status() + ": " + proposal.body());
    return as(CHECKER).post("/api/v1/rule-changes/" + proposal.json().getJsonNumber("id").longValue() + "/approval", "");
  }

  /** An administrator's PUT of a rule, approved by the checker: the change in force (the approval's reply). */
  public static Reply putApproved(String path, String json) {
    return approved(put(path, json));
  }

  /** An administrator's DELETE of a rule (back to the default), approved by the checker. */
  public static Reply deleteApproved(String path) {
    return approved(delete(path));
  }

  static Reply send(HttpRequest.Builder request, String language) {
    if (language != null) request.header("Accept-Language", language);
    try {
      HttpResponse<String> r = HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The API.md worked example: a sight L/C bill purchase, issuing bank in Japan. */
  static String sightLcToJapan() {
    return """
        { "product": "bill-purchase", "variant": null, "customerId": null,
          "currency": "USD", "valueDate": "2026-12-01",
          "facts": { "settlement": "LC_SIGHT", "invoiceAmount": "100000.00", "issuingBankCountry": "JP",
                     "exportLicence": true, "safeCategory": "A", "documentsCompliant": true,
                     "fullSetTitleDocuments": true } }""";
  }
}
