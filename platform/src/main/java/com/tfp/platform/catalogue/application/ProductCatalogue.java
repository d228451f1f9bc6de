package com.tfp.platform.catalogue.application;

import com.tfp.platform.duties.application.Duties;
import com.tfp.platform.duties.application.RuleChangeTarget;
import com.tfp.platform.duties.application.RuleChanges;
import com.tfp.platform.duties.domain.Duty;
import com.tfp.platform.duties.domain.RuleChange;
import com.tfp.platform.duties.domain.RuleChangeKind;
import com.tfp.platform.audit.application.AuditTrail;
import com.tfp.platform.catalogue.domain.BreakerPolicy;
import com.tfp.platform.catalogue.infrastructure.PluginSignatures;
import com.tfp.platform.catalogue.domain.EvaluationBreaker;
import com.tfp.platform.catalogue.domain.InstalledProduct;
import com.tfp.platform.catalogue.domain.ProductStatus;
import com.tfp.platform.shared.Actor;
import com.tfp.platform.shared.InvalidInputException;
import com.tfp.platform.shared.Role;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import com.tfp.platform.shared.ConflictException;
import com.tfp.platform.shared.NotFoundException;
import com.tfp.spi.LocalizedText;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The installed products of the running platform. Wraps the {@link PluginHost} and watches the plug-ins directory
 * (server variable {@code tfp.plugins.dir}, by default {@code plugins/} in the server's output directory) every
 * {@code tfp.plugins.scanMillis} milliseconds, so a dropped jar goes live without a restart. Each installed plug-in
 * version has its {@link EvaluationBreaker} ({@code tfp.breaker.*}); an administrator can quarantine a product
 * version and release a product (audited).
 */
@ApplicationScoped
public class ProductCatalogue implements RuleChangeTarget {

  private static final Logger LOG = Logger.getLogger(ProductCatalogue.class.getName());

  @Inject
  @ConfigProperty(name = "tfp.plugins.dir", defaultValue = "plugins")
  String pluginsDir;

  @Inject
  @ConfigProperty(name = "tfp.plugins.scanMillis", defaultValue = "500")
  long scanMillis;

  /** The bank's trust store of plug-in signers (PKCS12) and its password: docs/security.md. */
  @Inject
  @ConfigProperty(name = "tfp.plugins.truststore", defaultValue = "")
  String trustStore;

  @Inject
  @ConfigProperty(name = "tfp.plugins.truststorePassword", defaultValue = "")
  String trustStorePassword;

  /** Development only: admit unsigned jars (the catalogue page shows a warning banner). */
  @Inject
  @ConfigProperty(name = "tfp.plugins.allowUnsigned", defaultValue = "false")
  boolean allowUnsigned;

  /** {@code tfp.breaker.window}, {@code .minimumCalls}, {@code .failureRatio}, {@code .openSeconds}, {@code .probes}. */
  @Inject Config config;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject AuditTrail audit;
  @Inject Duties duties;
  @Inject RuleChanges ruleChanges;
  @Inject MetricRegistry metrics;

  private static final Metadata BREAKER = Metadata.builder().withName("tfp.product.breaker")
      .withDescription("Breaker of an installed plug-in version: 0 closed, 1 half-open, 2 open").build();

  private BreakerPolicy breakerPolicy;
  private final Map<String, EvaluationBreaker> breakers = new ConcurrentHashMap<>();

  private PluginHost host;
  private ScheduledFuture<?> watcher;

  @PostConstruct
  void start() {
    BreakerPolicy d = BreakerPolicy.DEFAULT;
    breakerPolicy = new BreakerPolicy(setting("tfp.breaker.window", Integer.class, d.window()),
        setting("tfp.breaker.minimumCalls", Integer.class, d.minimumCalls()),
        setting("tfp.breaker.failureRatio", java.math.BigDecimal.class, d.failureRatio()),
        Duration.ofSeconds(setting("tfp.breaker.openSeconds", Long.class, d.openFor().toSeconds())),
        setting("tfp.breaker.probes", Integer.class, d.probes()));
    Path dir = Path.of(pluginsDir).toAbsolutePath().normalize();
    PluginSignatures signatures = PluginSignatures.trustStore(trustStore.isBlank() ? null : Path.of(trustStore),
        trustStorePassword.toCharArray(), allowUnsigned);
    if (allowUnsigned) LOG.warning("unsigned plug-in jars are admitted (tfp.plugins.allowUnsigned): development only");
    host = new PluginHost(dir, dir.resolveSibling(dir.getFileName() + "-cache"), ProductCatalogue.class.getClassLoader(), signatures);
    host.scan();
    auditRefusals();
    watcher = scheduler.scheduleWithFixedDelay(this::scanQuietly, scanMillis, scanMillis, TimeUnit.MILLISECONDS);
    LOG.info("product catalogue watching " + dir + " every " + scanMillis + " ms");
  }

  @PreDestroy
  void stop() {
    if (watcher != null) watcher.cancel(false);
    if (host != null) host.close();
  }

  private void scanQuietly() {
    try {
      if (host.scan()) {
        forgetRemovedBreakers();
        auditRefusals();
      }
    } catch (RuntimeException e) {
      // the watcher must survive whatever a jar does; the jar itself ends up quarantined
      LOG.log(Level.WARNING, "plug-in scan failed", e);
    }
  }

  public Path directory() {
    return host.directory();
  }

  /** Whether unsigned plug-in jars are admitted (tfp.plugins.allowUnsigned; development only, shown as a warning). */
  public boolean allowsUnsigned() {
    return host.allowsUnsigned();
  }

  /** Jars refused at admission (signature, descriptor, SPI range, clash) already in the audit trail: origin|reason. */
  private final java.util.Set<String> auditedRefusals = ConcurrentHashMap.newKeySet();

  /**
   * One PLUGIN_REFUSED record per jar and reason, as the jar is refused (a jar dropped again is recorded again), and
   * for a refusal at admission (descriptor, SPI range, clash) one log line: an operator reads why in messages.log as
   * well as on the catalogue page (issue 13.4).
   */
  private void auditRefusals() {
    java.util.Set<String> now = new java.util.HashSet<>();
    for (InstalledProduct p : host.catalogue()) {
      if (p.status() != ProductStatus.QUARANTINED || InstalledProduct.BUILT_IN.equals(p.origin()) || host.quarantinedInService(p)) continue;
      String key = p.origin() + "|" + p.reason();
      now.add(key);
      if (auditedRefusals.add(key)) {
        // a jar that did not load (signature, no plug-in) has its line from the host already; this is admission's
        if (p.descriptor() != null) LOG.warning("plug-in jar " + p.origin() + " refused: " + p.reason());
        try {
          audit.failure(com.tfp.platform.shared.Actor.system(), "PLUGIN_REFUSED", "plugin/" + p.origin(), p.reason());
        } catch (RuntimeException e) {
          auditedRefusals.remove(key);
          LOG.log(Level.WARNING, "cannot audit the refusal of " + p.origin(), e);
        }
      }
    }
    auditedRefusals.retainAll(now);
  }

  /** Everything installed: active, superseded and quarantined. */
  public List<InstalledProduct> products() {
    return host.catalogue();
  }

  /**
   * The active plug-in of a product id.
   *
   * @throws NotFoundException when no plug-in has that id
   * @throws ConflictException when the product is installed but quarantined
   */
  public InstalledProduct active(String productId) {
    return host.active(productId).orElseThrow(() -> host.catalogue().stream()
        .filter(p -> productId.equals(p.id()) && p.status() == ProductStatus.QUARANTINED)
        .findFirst()
        .<RuntimeException>map(p -> new ConflictException(LocalizedText.of("产品 %s 已隔离：%s", "product %s is quarantined: %s")
            .formatted(productId, p.reason())))
        .orElseGet(() -> new NotFoundException(LocalizedText.of("未知产品 %s", "unknown product %s").formatted(productId))));
  }

  /** Whether an administrator took this plug-in out of service (not: refused at admission). */
  public boolean quarantinedInService(InstalledProduct product) {
    return host.quarantinedInService(product);
  }

  /** The breaker of an installed plug-in version (made on its first evaluation). */
  public EvaluationBreaker breaker(InstalledProduct product) {
    return breakers.computeIfAbsent(breakerKey(product), k -> {
      EvaluationBreaker b = new EvaluationBreaker(breakerPolicy);
      try {
        metrics.gauge(BREAKER, b, x -> x.state().ordinal(), tags(product));
      } catch (IllegalArgumentException sameIdAndVersionFromAnotherJar) {
        // the clashing twin is quarantined and never evaluated; the gauge stays the first one's
      }
      return b;
    });
  }

  /** The breaker's state as an operator sees it; a plug-in never evaluated yet has a closed, empty one. */
  public EvaluationBreaker.Snapshot breakerOf(InstalledProduct product) {
    EvaluationBreaker b = breakers.get(breakerKey(product));
    return b == null ? new EvaluationBreaker(breakerPolicy).snapshot() : b.snapshot();
  }

  /**
   * An administrator takes a product's version out of service ({@code version} null: the active one); a lower
   * version, if installed, takes over. Audited with the reason.
   */
  @Transactional
  public InstalledProduct quarantine(String productId, String version, String reason, Actor actor) {
    duties.checkRuleChange(new Duties.RuleCommand(Duty.PRODUCT_QUARANTINE), actor, "product/" + productId);
    String why = requireReason(reason);
    InstalledProduct product = version == null ? active(productId) : products().stream()
        .filter(p -> productId.equals(p.id()) && version.equals(p.version()) && p.status() != ProductStatus.QUARANTINED)
        .findFirst().orElseThrow(() -> new NotFoundException(LocalizedText.of("产品 %s 没有可隔离的版本 %s", "product %s has no version %s in service")
            .formatted(productId, version)));
    host.quarantine(product, "quarantined by " + actor.name() + ": " + why);
    audit.success(actor, "PRODUCT_QUARANTINE", "product/" + productId, product.version() + " " + product.status(),
        product.version() + " QUARANTINED: " + why);
    return product;
  }

  /**
   * An administrator proposes to put a product back in service; when another administrator approves
   * ({@link RuleChanges}), every version quarantined in service returns and every breaker of the product closes. A
   * plug-in refused at admission (incomplete descriptor, SPI range, clash) cannot be released: its jar must change.
   * (A quarantine needs no second administrator: it only lowers risk.)
   */
  @Transactional
  public RuleChange release(String productId, String reason, Actor actor) {
    duties.checkRuleChange(new Duties.RuleCommand(Duty.PRODUCT_RELEASE), actor, "product/" + productId);
    String why = requireReason(reason);
    if (products().stream().noneMatch(p -> productId.equals(p.id()))) {
      throw new NotFoundException(LocalizedText.of("未知产品 %s", "unknown product %s").formatted(productId));
    }
    return ruleChanges.propose(RuleChangeKind.PRODUCT_RELEASE, "product/" + productId, productId, null, serviceOf(productId), "released", why,
        actor);
  }

  /** The product's versions and their status, the state a release was proposed against (breakers are traffic's, left out). */
  private String serviceOf(String productId) {
    return products().stream().filter(p -> productId.equals(p.id())).map(p -> p.version() + " " + p.status())
        .collect(Collectors.joining(", "));
  }

  @Override
  public Set<RuleChangeKind> kinds() {
    return Set.of(RuleChangeKind.PRODUCT_RELEASE);
  }

  @Override
  public String currentValue(RuleChange change) {
    return serviceOf(change.productId());
  }

  @Override
  public void apply(RuleChange change, Actor approver) {
    String productId = change.productId();
    host.release(productId);
    products().stream().filter(p -> productId.equals(p.id())).forEach(p -> {
      EvaluationBreaker b = breakers.get(breakerKey(p));
      if (b != null) b.reset();
    });
  }

  private static String requireReason(String reason) {
    if (reason == null || reason.isBlank()) throw InvalidInputException.of("reason", "须说明理由", "a reason is required");
    if (reason.length() > 500) throw InvalidInputException.of("reason", "不得超过 500 字", "at most 500 characters");
    return reason.strip();
  }

  private void forgetRemovedBreakers() {
    Set<String> present = products().stream().map(ProductCatalogue::breakerKey).collect(Collectors.toSet());
    breakers.keySet().removeIf(k -> {
      if (present.contains(k)) return false;
      String[] parts = k.split("\\|", -1);
      metrics.remove(new MetricID(BREAKER.getName(), new Tag("product", parts[1]), new Tag("version", parts[2])));
      return true;
    });
  }

  private <T> T setting(String name, Class<T> type, T fallback) {
    return config.getOptionalValue(name, type).orElse(fallback);
  }

  private static String breakerKey(InstalledProduct p) {
    return p.origin() + "|" + p.id() + "|" + p.version();
  }

  private static Tag[] tags(InstalledProduct p) {
    return new Tag[] {new Tag("product", p.id()), new Tag("version", p.version())};
  }
}
