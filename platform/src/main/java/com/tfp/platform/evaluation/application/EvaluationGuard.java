package com.tfp.platform.evaluation.application;

import com.tfp.platform.catalogue.application.ProductCatalogue;
import com.tfp.platform.catalogue.domain.EvaluationBreaker;
import com.tfp.platform.catalogue.domain.EvaluationBreaker.Permit;
import com.tfp.platform.catalogue.domain.InstalledProduct;
import com.tfp.platform.shared.EvaluationFailedException;
import com.tfp.platform.shared.EvaluationFailedException.Kind;
import com.tfp.platform.shared.InvalidInputException;
import com.tfp.platform.shared.ProductUnavailableException;
import com.tfp.spi.LocalizedText;
import com.tfp.spi.context.ReferenceContext;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.EvaluationRequest;
import com.tfp.spi.evaluation.EvaluationSanity;
import com.tfp.spi.facts.InvalidFactsException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs a plug-in's evaluation on the caller's own thread — a plug-in is a pure function of microseconds, and a hop to
 * an executor cost more than the evaluation (measured: issue 11) — and guards it:
 *
 * <ul>
 *   <li>the product's breaker must admit the call (an open breaker: 503 at once, nothing run);
 *   <li>only the plug-in's own run is timed, against {@code tfp.evaluation.timeoutMillis}; a watchdog looks at the
 *       running evaluations every quarter of that budget, so one that hangs counts as a failure while it hangs (the
 *       breaker opens on a hanging product without waiting for its threads to come back);
 *   <li>a throw, an overrun or an answer {@link EvaluationSanity} refuses fails this request only, typed (422, with an
 *       error id in the one log line), and counts towards the breaker; a healthy answer counts as a success, and so
 *       does an input the plug-in refuses with the SPI's {@code InvalidFactsException} (a field-level 400: a value it
 *       would derive or default and cannot).
 * </ul>
 */
@ApplicationScoped
public class EvaluationGuard {

  private static final Logger LOG = Logger.getLogger(EvaluationGuard.class.getName());

  @Inject ProductCatalogue catalogue;
  @Inject EvaluationMetrics metrics;

  @Inject
  @ConfigProperty(name = "tfp.evaluation.timeoutMillis", defaultValue = "2000")
  long budgetMillis;

  @Resource ManagedScheduledExecutorService scheduler;

  private final Set<Running> running = ConcurrentHashMap.newKeySet();
  private ScheduledFuture<?> watchdog;

  /** One evaluation in progress; settled exactly once, by its thread on return or by the watchdog on overrun. */
  private static final class Running {
    final InstalledProduct product;
    final EvaluationBreaker breaker;
    final Permit permit;
    final long deadline;
    final AtomicBoolean settled = new AtomicBoolean();

    Running(InstalledProduct product, EvaluationBreaker breaker, Permit permit, long deadline) {
      this.product = product;
      this.breaker = breaker;
      this.permit = permit;
      this.deadline = deadline;
    }
  }

  @PostConstruct
  void start() {
    long period = Math.max(50, budgetMillis / 4);
    watchdog = scheduler.scheduleAtFixedRate(this::watch, period, period, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (watchdog != null) watchdog.cancel(false);
  }

  public Evaluation evaluate(InstalledProduct product, EvaluationRequest request, ReferenceContext context) {
    EvaluationBreaker breaker = catalogue.breaker(product);
    Permit permit = breaker.tryAcquire();
    if (permit == null) {
      metrics.refused(product);
      var b = breaker.snapshot();
      throw new ProductUnavailableException(LocalizedText.of(
          "产品 %s %s 近期评估失败过多（最近 %s 次中 %s 次），暂停服务，稍后自动重试",
          "product %s %s is resting after too many recent failures (%s of its last %s evaluations); it is tried again automatically")
          .formatted(product.id(), product.version(), b.windowFailures(), b.windowCalls()), b.retryAfter());
    }
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    long start = System.nanoTime();
    Running run = new Running(product, breaker, permit, start + TimeUnit.MILLISECONDS.toNanos(budgetMillis));
    running.add(run);
    Evaluation evaluation = null;
    Throwable thrown = null;
    thread.setContextClassLoader(product.plugin().getClass().getClassLoader());
    InvalidFactsException refusedInput = null;
    try {
      evaluation = product.plugin().evaluate(request, context);
    } catch (InvalidFactsException e) {
      // SPI 1.1: the input cannot be evaluated (a value to derive or default that cannot be) — a healthy answer
      refusedInput = e;
    } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
      thrown = e;
    } finally {
      thread.setContextClassLoader(previous);
      running.remove(run);
    }
    long took = System.nanoTime() - start;
    if (!run.settled.compareAndSet(false, true)) {
      throw failed(product, Kind.OVERRAN, "evaluate() answered after " + TimeUnit.NANOSECONDS.toMillis(took) + " ms, beyond its budget of " + budgetMillis + " ms", null);
    }
    String failure = null;
    Kind kind = null;
    if (thrown != null) {
      kind = Kind.THREW;
      failure = "evaluate() threw " + thrown;
    } else if (took > run.deadline - start) {
      kind = Kind.OVERRAN;
      failure = "evaluate() took " + TimeUnit.NANOSECONDS.toMillis(took) + " ms, beyond its budget of " + budgetMillis + " ms";
    } else if (refusedInput != null) {
      breaker.succeeded(permit);
      metrics.invalid(product);
      throw new InvalidInputException(refusedInput.errors());
    } else {
      List<String> problems = EvaluationSanity.problems(evaluation, request);
      if (!problems.isEmpty()) {
        kind = Kind.INCONSISTENT;
        failure = "evaluate() answered what the platform does not pass on: " + String.join("; ", problems);
      }
    }
    if (failure != null) {
      breaker.failed(permit, failure);
      throw failed(product, kind, failure, thrown);
    }
    breaker.succeeded(permit);
    metrics.evaluated(product, evaluation.decision().name(), took);
    return evaluation;
  }

  private EvaluationFailedException failed(InstalledProduct product, Kind kind, String failure, Throwable thrown) {
    metrics.failed(product, kind);
    String errorId = UUID.randomUUID().toString().substring(0, 8);
    // one line: the failure and where in the plug-in it happened, never a whole stack trace per request
    StackTraceElement at = thrown == null || thrown.getStackTrace().length == 0 ? null : thrown.getStackTrace()[0];
    LOG.warning("evaluation failed [" + errorId + "] product " + product.id() + " " + product.version() + " (" + product.origin()
        + "): " + failure + (at == null ? "" : " at " + at));
    LocalizedText what = switch (kind) {
      case THREW -> LocalizedText.of("插件评估时出错", "its plug-in failed while evaluating");
      case OVERRAN -> LocalizedText.of("插件评估超出时限", "its plug-in exceeded its time budget");
      case INCONSISTENT -> LocalizedText.of("插件给出的结果不一致，平台未予采用", "its plug-in answered an inconsistent result, which the platform does not pass on");
    };
    String zh = "产品 %s %s 无法评估此请求：%s（错误编号 %s）".formatted(product.id(), product.version(), what.zh(), errorId);
    String en = "product %s %s could not evaluate this request: %s (error id %s)".formatted(product.id(), product.version(), what.en(), errorId);
    return new EvaluationFailedException(LocalizedText.of(zh, en), kind, errorId);
  }

  private void watch() {
    long now = System.nanoTime();
    for (Running run : running) {
      if (now - run.deadline > 0 && run.settled.compareAndSet(false, true)) {
        String failure = "evaluate() has not answered within its budget of " + budgetMillis + " ms";
        run.breaker.failed(run.permit, failure);
        LOG.warning("evaluation overran: product " + run.product.id() + " " + run.product.version() + " (" + run.product.origin()
            + "): " + failure);
      }
    }
  }
}
