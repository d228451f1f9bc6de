package com.tfp.spi.testing;

import com.tfp.spi.ProductPlugin;
import com.tfp.spi.context.ReferenceContext;
import com.tfp.spi.evaluation.CustomerRecord;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.EvaluationRequest;
import com.tfp.spi.facts.Facts;
import com.tfp.spi.facts.FactsParser;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One prospective deal for a product's tests, evaluated the way the platform evaluates it: raw facts (strings,
 * booleans, whole numbers, lists of records, as they come from JSON or a form) are parsed by {@link FactsParser}
 * against the plug-in's own descriptor, then evaluated with {@link TestReference} data and the bank's parameters.
 * A product's fixture states its typical deal once; each test varies it one fact at a time.
 *
 * <pre>{@code
 * static TestDeal sightLc() {
 *   return TestDeal.of(new BillPurchasePlugin()).currency("USD").valueDate("2026-12-01")
 *       .with("settlement", "LC_SIGHT").with("invoiceAmount", "100000.00");
 * }
 *
 * Evaluation e = sightLc().with("softClauses", true).evaluate();
 * }</pre>
 *
 * <p>A builder: mutable, one per test.
 */
public final class TestDeal {

  private final ProductPlugin plugin;
  private final Map<String, Object> raw = new LinkedHashMap<>();
  private final Map<String, String> bankParameters = new HashMap<>();
  private String variant;
  private String currency;
  private LocalDate valueDate;
  private CustomerRecord customer;

  private TestDeal(ProductPlugin plugin) {
    this.plugin = Objects.requireNonNull(plugin, "plugin");
  }

  /** An empty deal of the plug-in's product: no variant, currency, value date or facts yet. */
  public static TestDeal of(ProductPlugin plugin) {
    return new TestDeal(plugin);
  }

  /** One record of a RECORD_LIST fact (e.g. a contract of a series), from name-value pairs; mutable. */
  public static Map<String, Object> record(Object... nameValuePairs) {
    if (nameValuePairs.length % 2 != 0) throw new IllegalArgumentException("name-value pairs expected");
    Map<String, Object> record = new LinkedHashMap<>();
    for (int i = 0; i < nameValuePairs.length; i += 2) record.put((String) nameValuePairs[i], nameValuePairs[i + 1]);
    return record;
  }

  /** The variant code, or null for a product without variants. */
  public TestDeal variant(String variant) {
    this.variant = variant;
    return this;
  }

  public TestDeal currency(String currency) {
    this.currency = currency;
    return this;
  }

  public TestDeal valueDate(LocalDate valueDate) {
    this.valueDate = valueDate;
    return this;
  }

  /** The value date as {@code yyyy-MM-dd}. */
  public TestDeal valueDate(String valueDate) {
    return valueDate(LocalDate.parse(valueDate));
  }

  /** Sets a raw fact; a null value removes it, as a form leaves an empty field out. */
  public TestDeal with(String fact, Object value) {
    if (value == null) {
      raw.remove(fact);
    } else {
      raw.put(fact, value);
    }
    return this;
  }

  public TestDeal without(String fact) {
    raw.remove(fact);
    return this;
  }

  /** The bank's own value for one of the product's parameters (otherwise its declared default applies). */
  public TestDeal bank(String parameter, String value) {
    bankParameters.put(parameter, value);
    return this;
  }

  public TestDeal bank(Map<String, String> parameters) {
    bankParameters.putAll(parameters);
    return this;
  }

  /** The platform's records of the customer the deal is tied to; none by default. */
  public TestDeal customer(CustomerRecord customer) {
    this.customer = customer;
    return this;
  }

  /**
   * The facts parsed against the descriptor.
   *
   * @throws com.tfp.spi.facts.InvalidFactsException with every field error, as the platform would answer
   */
  public Facts facts() {
    return FactsParser.parse(plugin.descriptor(), variant, required(currency, "currency"), raw);
  }

  /** The fields given that belong to another variant of the product, which the parser left out (SPI 1.1). */
  public List<String> ignoredFacts() {
    return FactsParser.read(plugin.descriptor(), variant, required(currency, "currency"), raw).ignored().stream()
        .map(com.tfp.spi.facts.ParsedFacts.IgnoredFact::field).toList();
  }

  public EvaluationRequest request() {
    return new EvaluationRequest(variant, required(currency, "currency"), required(valueDate, "value date"), facts(),
        customer);
  }

  /** The test reference data with the bank's parameters of this deal. */
  public ReferenceContext context() {
    return TestReference.context(plugin.descriptor(), bankParameters);
  }

  public Evaluation evaluate() {
    return plugin.evaluate(request(), context());
  }

  /** Evaluates against other reference data, e.g. the bank's own discount-rate table. */
  public Evaluation evaluate(ReferenceContext context) {
    return plugin.evaluate(request(), context);
  }

  private static <T> T required(T value, String what) {
    return Objects.requireNonNull(value, () -> "TestDeal: set the " + what + " before parsing or evaluating");
  }

  @Override
  public String toString() {
    return plugin.descriptor().id() + (variant == null ? "" : "/" + variant) + " " + currency + " " + valueDate + " "
        + raw + (bankParameters.isEmpty() ? "" : " bank " + bankParameters);
  }
}
