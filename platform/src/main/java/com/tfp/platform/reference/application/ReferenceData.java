package com.tfp.platform.reference.application;

import com.tfp.platform.reference.domain.CalendarDay;
import com.tfp.platform.reference.domain.CountryRegion;
import com.tfp.platform.reference.domain.DayCountRule;
import com.tfp.platform.reference.domain.DiscountRate;
import com.tfp.platform.reference.domain.ProductParameterValue;
import com.tfp.platform.reference.domain.ReferenceGeneration;
import com.tfp.platform.reference.domain.RiskClassAssignment;
import com.tfp.platform.reference.domain.RiskCoefficient;
import com.tfp.platform.audit.application.AuditTrail;
import com.tfp.platform.duties.application.Duties;
import com.tfp.platform.duties.application.RuleChangeTarget;
import com.tfp.platform.duties.application.RuleChanges;
import com.tfp.platform.duties.domain.Duty;
import com.tfp.platform.duties.domain.RuleChange;
import com.tfp.platform.duties.domain.RuleChangeKind;
import com.tfp.platform.shared.NotFoundException;
import com.tfp.spi.LocalizedText;
import java.util.EnumSet;
import com.tfp.platform.shared.Actor;
import com.tfp.platform.shared.InvalidInputException;
import com.tfp.platform.shared.Role;
import com.tfp.spi.ParameterSpec;
import com.tfp.spi.ProductDescriptor;
import com.tfp.spi.calc.DayCount;
import com.tfp.spi.context.BusinessCalendar;
import com.tfp.spi.context.ReferenceContext;
import com.tfp.spi.context.TableRate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The bank's reference data as plug-ins see it: an immutable snapshot (country regions, business-day calendar, day
 * counts, risk coefficients, product parameters) read from the database once and replaced whenever the bank changes
 * something — at once on the server that made the change, within a second on the others (the reference generation,
 * issue 14) — so evaluations never query reference tables.
 */
@ApplicationScoped
public class ReferenceData implements RuleChangeTarget {

  private record Snapshot(
      Map<String, String> regions,
      BusinessCalendar calendar,
      Map<String, DayCount> dayCounts,
      Map<Integer, BigDecimal> coefficients,
      Map<String, Map<String, ProductParameterValue>> parameters,
      Map<String, Integer> riskClasses,
      List<TableRate> discountRates) {}

  @PersistenceContext(unitName = "tfp")
  EntityManager em;

  @Inject AuditTrail audit;
  @Inject Duties duties;
  @Inject RuleChanges ruleChanges;
  @jakarta.annotation.Resource jakarta.transaction.TransactionSynchronizationRegistry transactions;

  @Inject com.tfp.platform.reference.infrastructure.PlatformSeeds seeds;

  /** A snapshot with the reference generation it was read at, and when that was last compared with the database's. */
  private record Loaded(Snapshot snapshot, long generation, long checkedAt) {}

  /** How often a server compares its snapshot's generation with the database's: a change made on another server reaches it within this. */
  private static final long RECHECK_NANOS = 1_000_000_000L;

  private final AtomicReference<Loaded> loaded = new AtomicReference<>();

  /** The reference data for one product's evaluation. */
  public ReferenceContext contextFor(ProductDescriptor product) {
    Snapshot s = current();
    Map<String, String> own = new HashMap<>();
    s.parameters().getOrDefault(product.id(), Map.of()).forEach((k, v) -> {
      // a value the bank set for a parameter the current version no longer declares is ignored
      if (product.parameter(k).isPresent()) own.put(k, v.value());
    });
    return new ReferenceContext(product, s.regions(), s.calendar(), s.dayCounts(), s.coefficients(), own, s.discountRates());
  }

  /** The product's parameters as in force, each marked whether it is still the default. */
  public List<ParameterSetting> parametersOf(ProductDescriptor product) {
    Map<String, ProductParameterValue> own = current().parameters().getOrDefault(product.id(), Map.of());
    return product.parameters().stream().map(spec -> {
      ProductParameterValue v = own.get(spec.key());
      return v == null
          ? new ParameterSetting(spec, spec.defaultValue(), true, null, null)
          : new ParameterSetting(spec, v.value(), false, v.updatedAt(), v.updatedBy());
    }).toList();
  }

  /**
   * Proposes the bank's own value for a parameter (validated against its declared type now, so a bad value never waits
   * for approval); it applies when another administrator approves ({@link RuleChanges}).
   */
  @Transactional
  public RuleChange setParameter(ProductDescriptor product, String key, String value, Actor actor) {
    String target = "parameter/" + product.id() + "/" + key;
    duties.checkRuleChange(new Duties.RuleCommand(Duty.PARAMETER_CHANGE), actor, target);
    ParameterSpec spec = product.parameter(key).orElseThrow(() -> InvalidInputException.of("key",
        "该产品没有此参数", "the product declares no such parameter"));
    String checked = ParameterValues.check(spec, value);
    return ruleChanges.propose(RuleChangeKind.PARAMETER_SET, target, product.id(), key, parameterNow(product.id(), key), checked, null, actor);
  }

  /** Proposes returning a parameter to the product's default. */
  @Transactional
  public RuleChange resetParameter(ProductDescriptor product, String key, Actor actor) {
    String target = "parameter/" + product.id() + "/" + key;
    duties.checkRuleChange(new Duties.RuleCommand(Duty.PARAMETER_CHANGE), actor, target);
    if (product.parameter(key).isEmpty()) throw InvalidInputException.of("key", "该产品没有此参数", "the product declares no such parameter");
    return ruleChanges.propose(RuleChangeKind.PARAMETER_RESET, target, product.id(), key, parameterNow(product.id(), key), DEFAULT, null, actor);
  }

  /** How a rule's value reads while the bank has set none of its own. */
  private static final String DEFAULT = "default";

  private String parameterNow(String productId, String key) {
    ProductParameterValue row = em.find(ProductParameterValue.class, productId + "/" + key);
    return row == null ? DEFAULT : row.value();
  }

  /** The bank's discount-rate table (001 出口信用证 Art.5), by currency and tenor; seeded rows are bank defaults. */
  public List<DiscountRate> discountRates() {
    current();
    return em.createQuery("select r from DiscountRate r order by r.currency, r.tenorDaysUpTo", DiscountRate.class).getResultList();
  }

  /**
   * Sets the bank's own rate for a currency and tenor (a new row, or one that replaces the seeded default); audited
   * like a parameter change. The rate is an annual rate between 0 and 1; the tenor 1 to 3,650 days.
   */
  @Transactional
  public RuleChange setDiscountRate(String currency, int tenorDaysUpTo, String rate, Actor actor) {
    duties.checkRuleChange(new Duties.RuleCommand(Duty.PARAMETER_CHANGE), actor, "discount-rate/" + currency + "/" + tenorDaysUpTo);
    java.util.List<com.tfp.spi.facts.FieldError> errors = new java.util.ArrayList<>();
    if (currency == null || !com.tfp.spi.calc.Money.isCurrency(currency)) {
      errors.add(new com.tfp.spi.facts.FieldError("currency", com.tfp.spi.LocalizedText.of("须为 ISO 4217 币种代码（如 USD）", "must be an ISO 4217 currency code (e.g. USD)")));
    }
    if (tenorDaysUpTo < 1 || tenorDaysUpTo > 3650) {
      errors.add(new com.tfp.spi.facts.FieldError("tenorDaysUpTo", com.tfp.spi.LocalizedText.of("须为 1 至 3650 天", "must be 1 to 3,650 days")));
    }
    BigDecimal annual = null;
    try {
      annual = rate == null ? null : new BigDecimal(rate.trim());
    } catch (NumberFormatException e) {
      annual = null;
    }
    if (annual == null || annual.signum() < 0 || annual.compareTo(BigDecimal.ONE) > 0 || annual.scale() > 6) {
      errors.add(new com.tfp.spi.facts.FieldError("annualRate", com.tfp.spi.LocalizedText.of("须为 0 至 1 之间的年利率，最多 6 位小数（如 \"0.054\"）",
          "must be an annual rate between 0 and 1 with at most 6 decimals (e.g. \"0.054\")")));
    }
    if (!errors.isEmpty()) throw new InvalidInputException(errors);
    String id = DiscountRate.key(currency, tenorDaysUpTo);
    return ruleChanges.propose(RuleChangeKind.DISCOUNT_RATE_SET, "discount-rate/" + id, null, id, discountRateNow(id),
        annual.toPlainString(), null, actor);
  }

  private String discountRateNow(String id) {
    DiscountRate row = em.find(DiscountRate.class, id);
    return row == null ? "none" : (row.bankDefault() ? "default " : "") + row.annualRate().toPlainString();
  }

  /** The risk class of a deal of this product and variant: the bank's assignment, or the plug-in's default. */
  public RiskClassSetting riskClassOf(ProductDescriptor product, String variant) {
    Integer own = current().riskClasses().get(RiskClassAssignment.key(product.id(), variant));
    return own == null
        ? new RiskClassSetting(variant, product.riskClassOf(variant), true)
        : new RiskClassSetting(variant, own, false);
  }

  /** The risk class of every variant (or of the product, when it has none). */
  public List<RiskClassSetting> riskClassesOf(ProductDescriptor product) {
    if (!product.hasVariants()) return List.of(riskClassOf(product, null));
    return product.variants().stream().map(v -> riskClassOf(product, v.code())).toList();
  }

  /** Proposes the bank's own risk class (002 annex 1) for a product or variant; the class must have a coefficient. */
  @Transactional
  public RuleChange setRiskClass(ProductDescriptor product, String variant, int riskClass, Actor actor) {
    String target = "risk-class/" + RiskClassAssignment.key(product.id(), variant);
    duties.checkRuleChange(new Duties.RuleCommand(Duty.RISK_CLASS_CHANGE), actor, target);
    if (product.hasVariants() ? product.variant(variant).isEmpty() : variant != null) {
      throw InvalidInputException.of("variant", "该产品没有此品种", "the product has no such variant");
    }
    if (!current().coefficients().containsKey(riskClass)) {
      throw InvalidInputException.of("riskClass", "风险类别须为风险系数表中的类别 %s".formatted(current().coefficients().keySet()),
          "the risk class must be one of the classes with a risk coefficient: " + current().coefficients().keySet());
    }
    return ruleChanges.propose(RuleChangeKind.RISK_CLASS_SET, target, product.id(), variant, riskClassNow(product.id(), variant),
        String.valueOf(riskClass), null, actor);
  }

  /**
   * Proposes returning a product's or variant's risk class to the plug-in's default.
   *
   * @throws NotFoundException naming the field {@code variant} when the product has no such variant
   */
  @Transactional
  public RuleChange resetRiskClass(ProductDescriptor product, String variant, Actor actor) {
    String target = "risk-class/" + RiskClassAssignment.key(product.id(), variant);
    duties.checkRuleChange(new Duties.RuleCommand(Duty.RISK_CLASS_CHANGE), actor, target);
    if (product.hasVariants() ? product.variant(variant).isEmpty() : variant != null) {
      throw new NotFoundException("variant", LocalizedText.of("产品 %s 没有品种 %s", "product %s has no variant %s").formatted(product.id(), variant));
    }
    return ruleChanges.propose(RuleChangeKind.RISK_CLASS_RESET, target, product.id(), variant, riskClassNow(product.id(), variant), DEFAULT,
        null, actor);
  }

  private String riskClassNow(String productId, String variant) {
    RiskClassAssignment row = em.find(RiskClassAssignment.class, RiskClassAssignment.key(productId, variant));
    return row == null ? DEFAULT : String.valueOf(row.riskClass());
  }

  @Override
  public Set<RuleChangeKind> kinds() {
    return EnumSet.of(RuleChangeKind.PARAMETER_SET, RuleChangeKind.PARAMETER_RESET, RuleChangeKind.DISCOUNT_RATE_SET,
        RuleChangeKind.RISK_CLASS_SET, RuleChangeKind.RISK_CLASS_RESET);
  }

  @Override
  public String currentValue(RuleChange c) {
    return switch (c.kind()) {
      case PARAMETER_SET, PARAMETER_RESET -> parameterNow(c.productId(), c.subject());
      case DISCOUNT_RATE_SET -> discountRateNow(c.subject());
      case RISK_CLASS_SET, RISK_CLASS_RESET -> riskClassNow(c.productId(), c.subject());
      default -> throw new IllegalArgumentException(c.kind().name());
    };
  }

  /** Writes an approved change; the approval (with both users) is the audit record. */
  @Override
  public void apply(RuleChange c, Actor approver) {
    String by = c.proposedBy() + "/" + approver.name();
    switch (c.kind()) {
      case PARAMETER_SET -> {
        ProductParameterValue row = em.find(ProductParameterValue.class, c.productId() + "/" + c.subject());
        if (row == null) em.persist(new ProductParameterValue(c.productId(), c.subject(), c.newValue(), by));
        else row.change(c.newValue(), by);
      }
      case PARAMETER_RESET -> {
        ProductParameterValue row = em.find(ProductParameterValue.class, c.productId() + "/" + c.subject());
        if (row != null) em.remove(row);
      }
      case DISCOUNT_RATE_SET -> {
        DiscountRate row = em.find(DiscountRate.class, c.subject());
        BigDecimal rate = new BigDecimal(c.newValue());
        if (row == null) {
          String[] key = c.subject().split("/");
          row = new DiscountRate(key[0], Integer.parseInt(key[1]), rate);
          row.change(rate, by);
          em.persist(row);
        } else {
          row.change(rate, by);
        }
      }
      case RISK_CLASS_SET -> {
        RiskClassAssignment row = em.find(RiskClassAssignment.class, RiskClassAssignment.key(c.productId(), c.subject()));
        if (row == null) em.persist(new RiskClassAssignment(c.productId(), c.subject(), Integer.parseInt(c.newValue()), by));
        else row.change(Integer.parseInt(c.newValue()), by);
      }
      case RISK_CLASS_RESET -> {
        RiskClassAssignment row = em.find(RiskClassAssignment.class, RiskClassAssignment.key(c.productId(), c.subject()));
        if (row != null) em.remove(row);
      }
      default -> throw new IllegalArgumentException(c.kind().name());
    }
    em.flush();
    changed();
    // dropped again once the transaction ends: a reader in between may have cached the value before the commit
    transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
      @Override public void beforeCompletion() {}
      @Override public void afterCompletion(int status) { loaded.set(null); }
    });
  }

  /** The risk coefficient of a risk class (002 annex 1; PRODUCTS.md §1 [default]); 1 when the class is unknown. */
  public BigDecimal riskCoefficient(int riskClass) {
    return current().coefficients().getOrDefault(riskClass, BigDecimal.ONE);
  }

  /** The bank's business-day calendar (weekends, PRC holidays, working weekends). */
  public BusinessCalendar calendar() {
    return current().calendar();
  }

  /** Loads the seeds (first start only) and reads the snapshot; called at start-up in the background. */
  public void warmUp() {
    current();
  }

  private Snapshot current() {
    Loaded l = loaded.get();
    if (l != null && System.nanoTime() - l.checkedAt() > RECHECK_NANOS) {
      // another server may have changed the reference data since (issue 14): one read of one row per second
      long now = System.nanoTime();
      if (generation() != l.generation()) {
        loaded.compareAndSet(l, null);
      } else {
        loaded.compareAndSet(l, new Loaded(l.snapshot(), l.generation(), now));
      }
      l = loaded.get();
    }
    if (l == null) {
      synchronized (this) {
        l = loaded.get();
        if (l == null) {
          seeds.ensureLoaded();
          long generation = generation();
          l = new Loaded(read(), generation, System.nanoTime());
          loaded.set(l);
        }
      }
    }
    return l.snapshot();
  }

  /** Moves the reference generation on in the change's transaction, and drops this server's snapshot at once. */
  private void changed() {
    em.createQuery("update ReferenceGeneration g set g.generation = g.generation + 1 where g.id = :one")
        .setParameter("one", ReferenceGeneration.THE_ONE).executeUpdate();
    loaded.set(null);
  }

  private long generation() {
    ReferenceGeneration g = em.find(ReferenceGeneration.class, ReferenceGeneration.THE_ONE);
    return g == null ? 0 : g.generation();
  }

  private Snapshot read() {
    Map<String, String> regions = new HashMap<>();
    em.createQuery("select r from CountryRegion r", CountryRegion.class).getResultList()
        .forEach(r -> regions.put(r.country(), r.region()));
    Set<LocalDate> holidays = new HashSet<>();
    Set<LocalDate> workdays = new HashSet<>();
    em.createQuery("select d from CalendarDay d", CalendarDay.class).getResultList()
        .forEach(d -> (d.kind() == CalendarDay.Kind.HOLIDAY ? holidays : workdays).add(d.day()));
    Map<String, DayCount> dayCounts = new HashMap<>();
    em.createQuery("select d from DayCountRule d", DayCountRule.class).getResultList()
        .forEach(d -> dayCounts.put(d.currency(), d.convention()));
    Map<Integer, BigDecimal> coefficients = new HashMap<>();
    em.createQuery("select c from RiskCoefficient c", RiskCoefficient.class).getResultList()
        .forEach(c -> coefficients.put(c.riskClass(), c.coefficient()));
    Map<String, Map<String, ProductParameterValue>> parameters = new HashMap<>();
    em.createQuery("select p from ProductParameterValue p", ProductParameterValue.class).getResultList()
        .forEach(p -> parameters.computeIfAbsent(p.productId(), k -> new HashMap<>()).put(p.key(), p));
    Map<String, Integer> riskClasses = new HashMap<>();
    em.createQuery("select a from RiskClassAssignment a", RiskClassAssignment.class).getResultList()
        .forEach(a -> riskClasses.put(a.id(), a.riskClass()));
    List<TableRate> discountRates = em.createQuery("select r from DiscountRate r order by r.currency, r.tenorDaysUpTo", DiscountRate.class)
        .getResultList().stream().map(ReferenceData::tableRate).toList();
    return new Snapshot(Map.copyOf(regions), BusinessCalendar.of(holidays, workdays), Map.copyOf(dayCounts),
        Map.copyOf(coefficients), Map.copyOf(parameters), Map.copyOf(riskClasses), discountRates);
  }

  private static TableRate tableRate(DiscountRate r) {
    return new TableRate(r.currency(), r.tenorDaysUpTo(), r.annualRate(), r.bankDefault());
  }
}
