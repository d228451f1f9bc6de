package com.tfp.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP benchmark's baseline: {@code POST /api/v1/evaluations} on the JDK's own {@link HttpServer}, with the same
 * product jars on the class path (found by ServiceLoader) and {@link EvaluationEndpoint} doing the same evaluation.
 * It shows what the platform could answer per second on this machine if serving an evaluation cost nothing but JSON,
 * facts and rules. Listens on 127.0.0.1 only, and stops by itself after {@code --max-seconds}.
 *
 * <p>{@code java -cp … com.tfp.bench.BareEvaluationServer --port 9290 --threads 4 --max-seconds 1800}
 */
public final class BareEvaluationServer {

  private BareEvaluationServer() {}

  public static void main(String[] args) throws IOException {
    int port = intArg(args, "--port", 9290);
    // the work is CPU-bound and short: a couple of threads per core keeps both cores busy without queueing behind I/O
    int threads = intArg(args, "--threads", Math.max(2, 2 * Runtime.getRuntime().availableProcessors()));
    int maxSeconds = intArg(args, "--max-seconds", 1800);

    InstalledProducts products = InstalledProducts.discover();
    EvaluationEndpoint endpoint = new EvaluationEndpoint(products);
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1024);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "evaluation-" + System.nanoTime());
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(pool);
    server.createContext("/api/v1/evaluations", exchange -> handle(exchange, endpoint));
    server.start();
    System.out.printf("bare evaluation server on http://127.0.0.1:%d/api/v1/evaluations, %d threads, products %s, stops in %d s%n",
        port, threads, products.ids(), maxSeconds);

    // a benchmark server must never outlive its run, even when the script that started it is killed
    Thread stopper = new Thread(() -> {
      try {
        TimeUnit.SECONDS.sleep(maxSeconds);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      System.out.println("bare evaluation server: --max-seconds reached, stopping");
      server.stop(0);
      pool.shutdownNow();
      System.exit(0);
    }, "max-seconds");
    stopper.setDaemon(true);
    stopper.start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
  }

  private static void handle(HttpExchange exchange, EvaluationEndpoint endpoint) throws IOException {
    try (exchange; InputStream body = exchange.getRequestBody()) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        body.readAllBytes();
        send(exchange, new EvaluationEndpoint.Answer(405, "text/plain", "POST only".getBytes(StandardCharsets.UTF_8)));
        return;
      }
      if (!hasBasicCredentials(exchange.getRequestHeaders().getFirst("Authorization"))) {
        body.readAllBytes();
        exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"tfp\"");
        send(exchange, new EvaluationEndpoint.Answer(401, "text/plain", "HTTP Basic required".getBytes(StandardCharsets.UTF_8)));
        return;
      }
      Locale locale = language(exchange.getRequestHeaders().getFirst("Accept-Language"));
      send(exchange, endpoint.evaluate(body.readAllBytes(), locale));
    } catch (RuntimeException e) {
      // a bug in the benchmark itself: answer 500 so wrk counts it as non-2xx instead of hanging the connection
      System.err.println("bare server: " + e); // one line: the load must not flood the output
      exchange.sendResponseHeaders(500, -1);
    }
  }

  private static void send(HttpExchange exchange, EvaluationEndpoint.Answer answer) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", answer.contentType());
    exchange.sendResponseHeaders(answer.status(), answer.body().length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(answer.body());
    }
  }

  /** Only that Basic credentials are there and well formed: the platform's check is cached after the first PBKDF2. */
  static boolean hasBasicCredentials(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) return false;
    try {
      String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon > 0 && colon < decoded.length() - 1;
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
  }

  /** zh-CN unless the caller names English first, as the platform's Languages does. */
  static Locale language(String acceptLanguage) {
    return acceptLanguage != null && acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("en")
        ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
  }

  private static int intArg(String[] args, String name, int otherwise) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) return Integer.parseInt(args[i + 1]);
    }
    return otherwise;
  }
}
