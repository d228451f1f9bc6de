package com.tfp.bench.jmh;

import com.tfp.bench.InstalledProducts;
import com.tfp.bench.SampleRequests;
import com.tfp.bench.WireRequest;
import com.tfp.spi.ProductDescriptor;
import com.tfp.spi.ProductPlugin;
import com.tfp.spi.context.ReferenceContext;
import com.tfp.spi.evaluation.Decision;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.EvaluationRequest;
import com.tfp.spi.facts.Facts;
import com.tfp.spi.facts.FactsParser;
import com.tfp.spi.testing.TestReference;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the platform does per evaluation request in process, for each of the six products: validate the raw facts
 * against the product's schema ({@code FactsParser.parse}) and evaluate ({@code plugin.evaluate}). The baseline in the
 * same run is {@link #evaluate()}, the bare rules on facts parsed once, so the ratio of the two is the share the
 * facts parsing costs. The raw facts are those of {@link SampleRequests}, read from JSON once at set-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ProductEvaluationBenchmark {

  @Param({"bill-purchase", "insured-financing", "domestic-lc", "nra", "sellers-credit", "factoring"})
  public String product;

  private ProductPlugin plugin;
  private ProductDescriptor descriptor;
  private ReferenceContext context;
  private WireRequest raw;
  private EvaluationRequest parsed;

  @Setup
  public void setUp() {
    InstalledProducts.Installed installed = InstalledProducts.discover().require(product);
    plugin = installed.plugin();
    descriptor = installed.descriptor();
    context = TestReference.context(descriptor);
    try (JsonReader r = Json.createReader(new StringReader(SampleRequests.body(product)))) {
      raw = WireRequest.of(r.readObject());
    }
    parsed = request(FactsParser.parse(descriptor, raw.variant(), raw.currency(), raw.facts()));
    // a benchmark of a rejected request would measure the early exit, not the product
    Evaluation e = plugin.evaluate(parsed, context);
    if (e.decision() == Decision.REJECT) {
      throw new IllegalStateException(product + ": the sample request is rejected: " + e.findings());
    }
  }

  /** Facts parsing and validation, then the rules: the in-process part of {@code POST /api/v1/evaluations}. */
  @Benchmark
  public Evaluation parseAndEvaluate() {
    Facts facts = FactsParser.parse(descriptor, raw.variant(), raw.currency(), raw.facts());
    return plugin.evaluate(request(facts), context);
  }

  /** Baseline: the rules alone, on facts parsed once. */
  @Benchmark
  public Evaluation evaluate() {
    return plugin.evaluate(parsed, context);
  }

  private EvaluationRequest request(Facts facts) {
    return new EvaluationRequest(raw.variant(), raw.currency(), raw.valueDate(), facts, null);
  }
}
