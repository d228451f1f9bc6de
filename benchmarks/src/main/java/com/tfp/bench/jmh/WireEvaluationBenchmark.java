package com.tfp.bench.jmh;

import com.tfp.bench.EvaluationEndpoint;
import com.tfp.bench.InstalledProducts;
import com.tfp.bench.SampleRequests;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The README's bill purchase as the bare HTTP server handles it, minus the HTTP: JSON body in, facts parsed,
 * evaluated, the answer written as JSON (Chinese texts, the default language). Between the in-process figures and
 * the HTTP benchmark: what JSON costs on top of {@code parseAndEvaluate}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WireEvaluationBenchmark {

  private EvaluationEndpoint endpoint;
  private byte[] body;

  @Setup
  public void setUp() {
    endpoint = new EvaluationEndpoint(InstalledProducts.discover());
    body = SampleRequests.body("bill-purchase").getBytes(StandardCharsets.UTF_8);
    EvaluationEndpoint.Answer a = endpoint.evaluate(body, Locale.SIMPLIFIED_CHINESE);
    if (a.status() != 200) throw new IllegalStateException("bill purchase answered " + a.status() + ": " + new String(a.body(), StandardCharsets.UTF_8));
  }

  @Benchmark
  public EvaluationEndpoint.Answer billPurchaseJsonInJsonOut() {
    return endpoint.evaluate(body, Locale.SIMPLIFIED_CHINESE);
  }
}
