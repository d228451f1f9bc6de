package com.tfp.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * After the load: is every product of {@code GET /api/v1/products} still ACTIVE? A plug-in the platform quarantined
 * under load (a timeout, an exception) would show here. Prints each product's status; exit status 1 if any is not
 * ACTIVE, 2 if the catalogue cannot be read.
 *
 * <p>{@code java -cp … com.tfp.bench.CatalogueCheck http://127.0.0.1:9280 legacy:legacy-demo-pass}
 */
public final class CatalogueCheck {

  private CatalogueCheck() {}

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String auth = Base64.getEncoder().encodeToString(args[1].getBytes(StandardCharsets.UTF_8));
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/products?limit=500"))
        .header("Authorization", "Basic " + auth).header("Accept-Language", "en").timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      System.out.println("products: GET /api/v1/products answered " + r.statusCode() + ": " + r.body());
      System.exit(2);
    }
    List<String> notActive = new ArrayList<>();
    List<String> all = new ArrayList<>();
    try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
      for (JsonValue v : reader.readArray()) {
        JsonObject p = v.asJsonObject();
        String line = p.getString("id") + " " + p.getString("version") + " " + p.getString("status");
        all.add(line);
        if (!"ACTIVE".equals(p.getString("status"))) {
          notActive.add(line + (p.isNull("statusReason") ? "" : " (" + p.getString("statusReason") + ")"));
        }
      }
    }
    System.out.println("products: " + String.join(", ", all));
    if (notActive.isEmpty()) {
      System.out.println("products: all " + all.size() + " ACTIVE");
    } else {
      System.out.println("products NOT ACTIVE: " + String.join("; ", notActive));
      System.exit(1);
    }
  }
}
