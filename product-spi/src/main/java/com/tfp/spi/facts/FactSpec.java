package com.tfp.spi.facts;

import com.tfp.spi.Since;
import com.tfp.spi.LocalizedText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One fact of a product's facts schema.
 *
 * @param requiredWhen when the fact must be given ({@link Condition#NEVER} for optional facts)
 * @param min inclusive lower bound for numbers (null: none; money is never negative)
 * @param max inclusive upper bound for numbers (null: none)
 * @param allowedValues the values of an ENUM fact
 * @param otherValuesAllowed an ENUM fact that also accepts other text (e.g. "any other insurer's name")
 * @param defaultValue used when the fact is missing (e.g. deductible 0); null for none
 * @param variants the variants the fact belongs to; empty for all
 * @param fields the fields of each record of a RECORD_LIST fact
 * @param source the article behind the fact, shown as help
 * @param whenAbsent what the product uses when the fact is not given (a default, the seed's maximum, a value derived
 *     from other facts), by variant ({@link #ANY_VARIANT} for all): forms show it in the empty field, and the
 *     evaluation lists the value used in its defaults
 */
public record FactSpec(
    String name,
    FactType type,
    LocalizedText label,
    LocalizedText help,
    Condition requiredWhen,
    BigDecimal min,
    BigDecimal max,
    List<AllowedValue> allowedValues,
    boolean otherValuesAllowed,
    String defaultValue,
    Set<String> variants,
    List<FactSpec> fields,
    String source,
    @Since("1.1") Map<String, LocalizedText> whenAbsent) {

  /** The key of {@link #whenAbsent} for every variant. */
  @Since("1.1")
  public static final String ANY_VARIANT = "*";

  @Since("1.1")
  public FactSpec {
    allowedValues = List.copyOf(allowedValues);
    variants = Set.copyOf(variants);
    fields = List.copyOf(fields);
    whenAbsent = whenAbsent == null ? Map.of() : Map.copyOf(whenAbsent);
  }

  /** What an empty value means for the variant, if the product fills it in. */
  @Since("1.1")
  public Optional<LocalizedText> whenAbsent(String variant) {
    LocalizedText own = variant == null ? null : whenAbsent.get(variant);
    return Optional.ofNullable(own != null ? own : whenAbsent.get(ANY_VARIANT));
  }

  public boolean isRequired() {
    return requiredWhen instanceof Condition.Always;
  }

  public boolean appliesTo(String variant) {
    return variants.isEmpty() || (variant != null && variants.contains(variant));
  }

  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (name == null || !name.matches("[a-z][A-Za-z0-9]*")) problems.add("name must be lowerCamelCase");
    if (type == null) problems.add("type missing");
    if (label == null || !label.isComplete()) problems.add("label needs zh and en");
    if (help == null) problems.add("help missing (may be empty text)");
    if (requiredWhen == null) problems.add("requiredWhen missing");
    if (type == FactType.ENUM && allowedValues.isEmpty()) problems.add("enum without allowed values");
    if (type == FactType.RECORD_LIST && fields.isEmpty()) problems.add("record list without fields");
    if (type != FactType.RECORD_LIST && !fields.isEmpty()) problems.add("fields on a non-record fact");
    if (min != null && max != null && min.compareTo(max) > 0) problems.add("min above max");
    whenAbsent.forEach((k, t) -> {
      if (t == null || !t.isComplete()) problems.add("whenAbsent " + k + " needs zh and en");
    });
    for (AllowedValue v : allowedValues) {
      if (v.label() == null || !v.label().isComplete()) problems.add("allowed value " + v.code() + " needs zh and en labels");
    }
    for (FactSpec f : fields) {
      f.problems().forEach(p -> problems.add(f.name() + ": " + p));
    }
    return problems;
  }

  public static Builder money(String name) {
    return new Builder(name, FactType.MONEY).min(BigDecimal.ZERO);
  }

  public static Builder decimal(String name) {
    return new Builder(name, FactType.DECIMAL);
  }

  public static Builder ratio(String name) {
    return new Builder(name, FactType.RATIO).min(BigDecimal.ZERO).max(BigDecimal.ONE);
  }

  public static Builder integer(String name) {
    return new Builder(name, FactType.INTEGER);
  }

  public static Builder date(String name) {
    return new Builder(name, FactType.DATE);
  }

  public static Builder flag(String name) {
    return new Builder(name, FactType.BOOLEAN);
  }

  public static Builder country(String name) {
    return new Builder(name, FactType.COUNTRY);
  }

  public static Builder text(String name) {
    return new Builder(name, FactType.TEXT);
  }

  public static Builder enumeration(String name) {
    return new Builder(name, FactType.ENUM);
  }

  public static Builder records(String name, FactSpec... fields) {
    return new Builder(name, FactType.RECORD_LIST).fields(fields);
  }

  /** Builds a fact spec: {@code FactSpec.money("invoiceAmount").label("发票金额", "Invoice amount").required().build()}. */
  public static final class Builder {
    private final String name;
    private final FactType type;
    private LocalizedText label;
    private LocalizedText help = LocalizedText.of("", "");
    private Condition requiredWhen = Condition.NEVER;
    private BigDecimal min;
    private BigDecimal max;
    private final List<AllowedValue> allowed = new ArrayList<>();
    private boolean otherValuesAllowed;
    private String defaultValue;
    private Set<String> variants = Set.of();
    private List<FactSpec> fields = List.of();
    private String source;
    private final Map<String, LocalizedText> whenAbsent = new LinkedHashMap<>();

    private Builder(String name, FactType type) {
      this.name = name;
      this.type = type;
    }

    public Builder label(String zh, String en) {
      this.label = LocalizedText.of(zh, en);
      return this;
    }

    public Builder help(String zh, String en) {
      this.help = LocalizedText.of(zh, en);
      return this;
    }

    public Builder required() {
      this.requiredWhen = Condition.ALWAYS;
      return this;
    }

    public Builder requiredWhen(Condition condition) {
      this.requiredWhen = condition;
      return this;
    }

    public Builder min(BigDecimal min) {
      this.min = min;
      return this;
    }

    public Builder min(String min) {
      return min(new BigDecimal(min));
    }

    public Builder max(BigDecimal max) {
      this.max = max;
      return this;
    }

    public Builder max(String max) {
      return max(new BigDecimal(max));
    }

    public Builder value(String code, String zh, String en) {
      allowed.add(new AllowedValue(code, LocalizedText.of(zh, en)));
      return this;
    }

    public Builder otherValuesAllowed() {
      this.otherValuesAllowed = true;
      return this;
    }

    public Builder defaultValue(String value) {
      this.defaultValue = value;
      return this;
    }

    public Builder variants(String... variants) {
      this.variants = Set.of(variants);
      return this;
    }

    public Builder fields(FactSpec... fields) {
      this.fields = Arrays.asList(fields);
      return this;
    }

    public Builder source(String source) {
      this.source = source;
      return this;
    }

    /** What the product uses when the fact is not given, for every variant. */
    @Since("1.1")
    public Builder whenAbsent(String zh, String en) {
      whenAbsent.put(ANY_VARIANT, LocalizedText.of(zh, en));
      return this;
    }

    /** What the product uses when the fact is not given, for these variants. */
    @Since("1.1")
    public Builder whenAbsent(String[] forVariants, String zh, String en) {
      for (String v : forVariants) whenAbsent.put(v, LocalizedText.of(zh, en));
      return this;
    }

    public FactSpec build() {
      return new FactSpec(name, type, label, help, requiredWhen, min, max, allowed, otherValuesAllowed,
          defaultValue, variants, fields, source, whenAbsent);
    }
  }
}
