package com.tfp.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The short table at the end of {@code jmh.sh}, from JMH's {@code -rf json} result: per product the baseline (rules
 * alone), parse + evaluate, their ratio, and parse + evaluate per core against the goal of 200,000 bill-purchase
 * evaluations per second per core. Per core = the score divided by JMH's thread count (1 by default).
 *
 * <p>{@code java -cp benchmarks.jar com.tfp.bench.JmhSummary target/jmh-result.json [goal]}
 */
public final class JmhSummary {

  private static final String EVALUATE = "ProductEvaluationBenchmark.evaluate";
  private static final String PARSE_AND_EVALUATE = "ProductEvaluationBenchmark.parseAndEvaluate";
  private static final String WIRE = "WireEvaluationBenchmark.billPurchaseJsonInJsonOut";

  /** One JMH score per thread, with its 99.9% error as JMH reports it. */
  record Score(BigDecimal perThread, BigDecimal errorPerThread, int threads) {
    String shown() {
      String err = perThread.signum() == 0 || errorPerThread == null ? "" : " ± " + errorPerThread
          .multiply(BigDecimal.valueOf(100)).divide(perThread, 0, RoundingMode.HALF_UP) + "%";
      return String.format(Locale.ROOT, "%,d%s", perThread.setScale(0, RoundingMode.HALF_UP).longValueExact(), err);
    }
  }

  private JmhSummary() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "benchmarks/target/jmh-result.json");
    BigDecimal goal = new BigDecimal(args.length > 1 ? args[1] : "200000");
    JsonArray results;
    try (Reader in = Files.newBufferedReader(file); JsonReader r = Json.createReader(in)) {
      results = r.readArray();
    }
    Map<String, Score> evaluate = new LinkedHashMap<>();
    Map<String, Score> parseAndEvaluate = new LinkedHashMap<>();
    Score wire = null;
    for (JsonValue v : results) {
      JsonObject o = v.asJsonObject();
      String name = o.getString("benchmark");
      int threads = o.getInt("threads");
      JsonObject m = o.getJsonObject("primaryMetric");
      BigDecimal t = BigDecimal.valueOf(threads);
      BigDecimal error = m.get("scoreError") instanceof jakarta.json.JsonNumber n
          ? n.bigDecimalValue().divide(t, 6, RoundingMode.HALF_UP) : null;
      Score s = new Score(m.getJsonNumber("score").bigDecimalValue().divide(t, 6, RoundingMode.HALF_UP), error, threads);
      String product = o.containsKey("params") ? o.getJsonObject("params").getString("product", "-") : "bill-purchase";
      if (name.endsWith(EVALUATE)) evaluate.put(product, s);
      else if (name.endsWith(PARSE_AND_EVALUATE)) parseAndEvaluate.put(product, s);
      else if (name.endsWith(WIRE)) wire = s;
    }

    System.out.println();
    System.out.printf(Locale.ROOT, "In-process evaluation, ops/s per core (JMH score / threads); goal: bill-purchase parse+evaluate >= %,d/s per core%n",
        goal.longValue());
    String row = "%-18s %24s %24s %16s %12s%n";
    System.out.printf(Locale.ROOT, row, "product", "evaluate (baseline)", "parse+evaluate", "parse+eval/eval", "vs goal");
    for (String product : SampleRequests.PRODUCTS) {
      Score base = evaluate.get(product);
      Score full = parseAndEvaluate.get(product);
      if (base == null && full == null) continue;
      String vsGoal = full == null ? "-" : ratio(full.perThread(), goal) + "x" + (product.equals("bill-purchase")
          ? (full.perThread().compareTo(goal) >= 0 ? " met" : " NOT met") : "");
      System.out.printf(Locale.ROOT, row, product, base == null ? "-" : base.shown(), full == null ? "-" : full.shown(),
          base == null || full == null ? "-" : ratio(full.perThread(), base.perThread()), vsGoal);
    }
    if (wire != null) {
      Score bp = parseAndEvaluate.get("bill-purchase");
      System.out.printf(Locale.ROOT, "%nbill-purchase JSON in -> JSON out (the bare HTTP server's work without HTTP): %s ops/s per core, %s of parse+evaluate, %sx goal%n",
          wire.shown(), bp == null ? "-" : ratio(wire.perThread(), bp.perThread()), ratio(wire.perThread(), goal));
    }
    System.out.println("(the other products' 'vs goal' compares them with the bill-purchase goal, for scale only)");
  }

  private static String ratio(BigDecimal a, BigDecimal b) {
    return b.signum() == 0 ? "-" : a.divide(b, 2, RoundingMode.HALF_UP).toPlainString();
  }
}
