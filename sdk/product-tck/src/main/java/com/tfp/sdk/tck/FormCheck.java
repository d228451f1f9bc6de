package com.tfp.sdk.tck;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.ParameterSpec;
import com.tfp.spi.ProductDescriptor;
import com.tfp.spi.facts.AllowedValue;
import com.tfp.spi.facts.Condition;
import com.tfp.spi.facts.FactSpec;
import com.tfp.spi.facts.FactType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Whether the facts schema generates a form as the pages do: each fact an input of a known kind, with its unit, its
 * options (labelled, for enumerations), whether it is required (always, or when a condition on declared facts and
 * variants holds) and a default the input accepts.
 */
final class FormCheck {

  /** A number says what it counts: in its name (usanceDays, termMonths) or in its label (天, 年, %, days, years). */
  private static final Pattern UNIT_IN_NAME = Pattern.compile(".*(Days|Months|Years|Ratio|Rate|Percent|Count|Points|Score|Number|Amount)$");
  private static final Pattern UNIT_IN_LABEL = Pattern.compile(
      "(?i).*(天|日|月|年|%|％|比例|比率|率|次|个|份|笔|分|币种|days?|months?|years?|percent|ratio|rate|count|number|points?|score|currency).*");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private final ProductDescriptor d;
  private int fields;
  private int required;
  private int conditional;
  private int defaults;

  FormCheck(ProductDescriptor d) {
    this.d = d;
  }

  void check(List<String> f) {
    Set<String> names = new HashSet<>();
    d.facts().forEach(x -> names.add(x.name()));
    for (FactSpec fact : d.facts()) field("fact " + fact.name(), fact, names, f);
    for (ParameterSpec p : d.parameters()) {
      if (p.defaultValue() != null && !accepts(p.type(), p.defaultValue(), null, null)) {
        f.add("parameter " + p.key() + ": default '" + p.defaultValue() + "' is not a valid " + p.type());
      }
    }
  }

  String summary() {
    return fields + " inputs: " + required + " always required, " + conditional + " required on a condition, "
        + defaults + " with a default";
  }

  private void field(String what, FactSpec fact, Set<String> known, List<String> f) {
    fields++;
    if (fact.type() == null) {
      f.add(what + ": no type, so no input can be drawn");
      return;
    }
    if (fact.requiredWhen() instanceof Condition.Always) required++;
    else if (!(fact.requiredWhen() instanceof Condition.Never) && fact.requiredWhen() != null) conditional++;
    if (fact.requiredWhen() != null) conditionNames(what, fact.requiredWhen(), known, f);
    switch (fact.type()) {
      case ENUM -> {
        if (fact.allowedValues().isEmpty()) f.add(what + ": an enumeration without values");
        Set<String> codes = new HashSet<>();
        for (AllowedValue v : fact.allowedValues()) {
          if (v.code() == null || v.code().isBlank()) f.add(what + ": an option without a code");
          else if (!codes.add(v.code())) f.add(what + ": option " + v.code() + " twice");
        }
      }
      case INTEGER, DECIMAL -> {
        if (!UNIT_IN_NAME.matcher(fact.name()).matches() && !unitInLabel(fact.label()) && !unitInLabel(fact.help())) {
          f.add(what + ": a " + fact.type() + " without a unit: say it in the name (…Days, …Months, …Years, …Ratio) or the label (天/月/年/%, days/months/years)");
        }
      }
      case MONEY -> {
        if (fact.min() != null && fact.min().signum() < 0) f.add(what + ": money may not be negative (min " + fact.min() + ")");
      }
      case RECORD_LIST -> {
        Set<String> inner = new HashSet<>();
        fact.fields().forEach(x -> inner.add(x.name()));
        for (FactSpec x : fact.fields()) field(what + "." + x.name(), x, inner, f);
      }
      default -> { }
    }
    if (fact.defaultValue() != null) {
      defaults++;
      if (fact.type() == FactType.RECORD_LIST || !accepts(fact.type(), fact.defaultValue(), fact, fact.allowedValues())) {
        f.add(what + ": default '" + fact.defaultValue() + "' is not a value the input accepts");
      }
    }
  }

  private static boolean unitInLabel(LocalizedText t) {
    return t != null && (UNIT_IN_LABEL.matcher(t.zh()).matches() || UNIT_IN_LABEL.matcher(t.en()).matches());
  }

  private void conditionNames(String what, Condition c, Set<String> known, List<String> f) {
    if (c instanceof Condition.FactIn in) {
      if (!known.contains(in.fact())) f.add(what + ": required when " + in.describe() + ", but there is no fact " + in.fact());
    } else if (c instanceof Condition.Absent a) {
      if (!known.contains(a.fact())) f.add(what + ": required when " + a.describe() + ", but there is no fact " + a.fact());
    } else if (c instanceof Condition.VariantIn v) {
      v.variants().forEach(code -> {
        if (d.variant(code).isEmpty()) f.add(what + ": required for variant " + code + ", which the product does not have");
      });
    } else if (c instanceof Condition.AllOf all) {
      all.conditions().forEach(x -> conditionNames(what, x, known, f));
    } else if (c instanceof Condition.AnyOf any) {
      any.conditions().forEach(x -> conditionNames(what, x, known, f));
    }
  }

  private static boolean accepts(FactType type, String value, FactSpec spec, List<AllowedValue> allowed) {
    try {
      return switch (type) {
        case MONEY, DECIMAL, RATIO -> within(new BigDecimal(value), spec);
        case INTEGER -> within(new BigDecimal(Long.parseLong(value)), spec);
        case DATE -> LocalDate.parse(value) != null;
        case BOOLEAN -> value.equals("true") || value.equals("false");
        case ENUM -> (spec != null && spec.otherValuesAllowed()) || allowed.stream().anyMatch(a -> a.code().equals(value));
        case COUNTRY -> COUNTRIES.contains(value);
        case TEXT -> !value.isBlank();
        case RECORD_LIST -> false;
      };
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static boolean within(BigDecimal v, FactSpec spec) {
    return spec == null || ((spec.min() == null || v.compareTo(spec.min()) >= 0) && (spec.max() == null || v.compareTo(spec.max()) <= 0));
  }

  /** Every text of the facts schema, for the language clause. */
  static void texts(List<FactSpec> facts, String prefix, BiConsumer<String, LocalizedText> each) {
    for (FactSpec x : facts) {
      each.accept(prefix + x.name() + " label", x.label());
      each.accept(prefix + x.name() + " help", x.help());
      x.allowedValues().forEach(v -> each.accept(prefix + x.name() + " option " + v.code(), v.label()));
      x.whenAbsent().forEach((k, t) -> each.accept(prefix + x.name() + " when absent", t));
      texts(x.fields(), prefix + x.name() + ".", each);
    }
  }

  /** A value of the wrong type for the fact as the variant sees it, or null when any text is a value (free text). */
  static Object mistyped(ProductDescriptor d, String variant, String name) {
    FactSpec spec = d.fact(name).orElse(null);
    if (spec == null || !spec.appliesTo(variant)) return null;
    return switch (spec.type()) {
      case MONEY, DECIMAL, RATIO, INTEGER -> "twelve";
      case DATE -> "2026-02-30";
      case BOOLEAN -> "perhaps";
      case ENUM -> spec.otherValuesAllowed() ? null : "NOT_AN_OPTION";
      case COUNTRY -> "ZZ";
      case TEXT -> null;
      case RECORD_LIST -> "not a list";
    };
  }

  /** Whether the parser must refuse a mistyped value of this fact. */
  static boolean strictlyTyped(ProductDescriptor d, String name) {
    return d.fact(name).map(s -> s.type() != FactType.TEXT && !(s.type() == FactType.ENUM && s.otherValuesAllowed())).orElse(false);
  }
}
