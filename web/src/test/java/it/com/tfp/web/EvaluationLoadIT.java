package it.com.tfp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: ordinary traffic never takes a healthy product out of service. 64 clients post the API.md bill purchase
 * for 30 s (bounded: time and one connection each, loopback only); every answer is 200 and afterwards every product
 * is ACTIVE with a closed breaker. Throughput is printed, never asserted (benchmarks/ measures it).
 */
class EvaluationLoadIT {

  @Test
  void sixtyFourClientsForThirtySecondsLeaveEveryProductActive() throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String auth = "Basic " + Base64.getEncoder().encodeToString("legacy:legacy-demo-pass".getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/evaluations"))
        .header("Content-Type", "application/json").header("Authorization", auth).timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofString(Api.sightLcToJapan())).build();
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    Map<HttpClient.Version, LongAdder> versions = new ConcurrentHashMap<>();
    ExecutorService clients = Executors.newFixedThreadPool(64);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        running.add(clients.submit(() -> {
          while (System.nanoTime() < end) {
            int status;
            try {
              HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
              status = answer.statusCode();
              versions.computeIfAbsent(answer.version(), v -> new LongAdder()).increment();
            } catch (java.io.IOException e) {
              status = -1;
            }
            statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
          }
          return null;
        }));
      }
      for (Future<?> f : running) f.get();
    } finally {
      clients.shutdownNow();
    }
    Map<Integer, Long> counted = new TreeMap<>();
    statuses.forEach((k, v) -> counted.put(k, v.sum()));
    long total = counted.values().stream().mapToLong(Long::longValue).sum();
    System.out.println("[measure] 64 clients x 30 s: " + total + " requests (" + total / 30 + " req/s, this client included), statuses " + counted);
    assertEquals(Map.of(200, total), counted, "every answer 200");
    // the JDK client asks for an h2c upgrade; the server stays on HTTP/1.1, whose connections do not stall under load
    assertEquals(Set.of(HttpClient.Version.HTTP_1_1), versions.keySet(), "protocol of every answer");

    for (JsonValue v : Api.get("/api/v1/products").array()) {
      JsonObject p = v.asJsonObject();
      if (!p.getString("origin").equals("built-in")) continue;
      assertEquals("ACTIVE", p.getString("status"), p.toString());
      assertEquals("CLOSED", p.getJsonObject("breaker").getString("state"), p.toString());
      assertEquals(0, p.getJsonObject("breaker").getInt("failures"), p.toString());
    }
    assertTrue(Api.anonymous().get("/health/ready").body().contains("\"status\":\"UP\""));
  }
}
