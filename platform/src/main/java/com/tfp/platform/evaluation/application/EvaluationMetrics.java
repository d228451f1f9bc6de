package com.tfp.platform.evaluation.application;

import com.tfp.platform.catalogue.domain.InstalledProduct;
import com.tfp.platform.shared.EvaluationFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Evaluations per product and outcome ({@code tfp_evaluations_total}: a decision, {@code failed_threw},
 * {@code failed_overran}, {@code failed_inconsistent}, {@code refused_open_breaker}, {@code invalid_input}) and the plug-in's own run time
 * ({@code tfp_evaluation_seconds}), in MicroProfile Metrics' application registry (Prometheus at {@code /metrics}).
 * The metric objects are looked up once per product and outcome: the hot path only increments.
 */
@ApplicationScoped
public class EvaluationMetrics {

  private static final Metadata EVALUATIONS = Metadata.builder().withName("tfp.evaluations")
      .withDescription("Evaluations per product, version and outcome").build();
  private static final Metadata DURATION = Metadata.builder().withName("tfp.evaluation")
      .withDescription("Time of the plug-in's own evaluate() run, per product").withUnit("nanoseconds").build();

  @Inject MetricRegistry registry;

  private final Map<String, Counter> counters = new ConcurrentHashMap<>();
  private final Map<String, Timer> timers = new ConcurrentHashMap<>();

  void evaluated(InstalledProduct product, String decision, long nanos) {
    counter(product, decision.toLowerCase(java.util.Locale.ROOT)).inc();
    timers.computeIfAbsent(product.id() + "|" + product.version(),
        k -> registry.timer(DURATION, new Tag("product", product.id()), new Tag("version", product.version())))
        .update(Duration.ofNanos(nanos));
  }

  void failed(InstalledProduct product, EvaluationFailedException.Kind kind) {
    counter(product, "failed_" + kind.name().toLowerCase(java.util.Locale.ROOT)).inc();
  }

  void invalid(InstalledProduct product) {
    counter(product, "invalid_input").inc();
  }

  void refused(InstalledProduct product) {
    counter(product, "refused_open_breaker").inc();
  }

  private Counter counter(InstalledProduct product, String outcome) {
    return counters.computeIfAbsent(product.id() + "|" + product.version() + "|" + outcome,
        k -> registry.counter(EVALUATIONS, new Tag("product", product.id()), new Tag("version", product.version()),
            new Tag("outcome", outcome)));
  }
}
