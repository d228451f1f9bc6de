package com.tfp.web.pages;

import com.tfp.spi.ProductDescriptor;
import com.tfp.spi.Variant;
import com.tfp.spi.facts.AllowedValue;
import com.tfp.spi.facts.Condition;
import com.tfp.spi.facts.FactSpec;
import com.tfp.spi.facts.FactType;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Says when a fact is required in the reader's language, from the declarative {@link Condition} of the facts schema:
 * "required when Settlement is Sight L/C or Usance L/C", using the labels of the facts, values and variants the
 * condition names — so a form can show a required-when mark without knowing the product.
 */
public final class ConditionText {

  static final String BUNDLE = "com.tfp.web.pages.messages";

  private ConditionText() {}

  /** "required", "required when …", or empty for an optional fact. */
  public static String requirement(FactSpec fact, List<FactSpec> siblings, ProductDescriptor product, Locale locale) {
    ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale);
    if (fact.requiredWhen() instanceof Condition.Never) return "";
    if (fact.requiredWhen() instanceof Condition.Always) return b.getString("cond.required");
    return MessageFormat.format(b.getString("cond.requiredWhen"), describe(fact.requiredWhen(), siblings, product, locale));
  }

  static String describe(Condition condition, List<FactSpec> siblings, ProductDescriptor product, Locale locale) {
    ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale);
    if (condition instanceof Condition.FactIn in) {
      FactSpec fact = siblings.stream().filter(f -> f.name().equals(in.fact())).findFirst().orElse(null);
      String label = fact == null ? in.fact() : fact.label().in(locale);
      if (fact != null && fact.type() == FactType.BOOLEAN && in.values().equals(java.util.Set.of("true"))) {
        return MessageFormat.format(b.getString("cond.ticked"), label);
      }
      String values = in.values().stream().sorted().map(v -> valueLabel(fact, v, locale))
          .collect(Collectors.joining(b.getString("cond.or")));
      return MessageFormat.format(b.getString("cond.is"), label, values);
    }
    if (condition instanceof Condition.VariantIn in) {
      String variants = in.variants().stream().sorted()
          .map(v -> product.variant(v).map(Variant::name).map(n -> n.in(locale)).orElse(v))
          .collect(Collectors.joining(b.getString("cond.or")));
      return MessageFormat.format(b.getString("cond.variant"), variants);
    }
    if (condition instanceof Condition.Absent absent) {
      String label = siblings.stream().filter(f -> f.name().equals(absent.fact())).findFirst()
          .map(f -> f.label().in(locale)).orElse(absent.fact());
      return MessageFormat.format(b.getString("cond.absent"), label);
    }
    if (condition instanceof Condition.AllOf all) {
      return all.conditions().stream().map(c -> describe(c, siblings, product, locale))
          .collect(Collectors.joining(b.getString("cond.and")));
    }
    if (condition instanceof Condition.AnyOf any) {
      return any.conditions().stream()
          .map(c -> c instanceof Condition.AllOf ? "(" + describe(c, siblings, product, locale) + ")" : describe(c, siblings, product, locale))
          .collect(Collectors.joining(b.getString("cond.or")));
    }
    return condition.describe();
  }

  private static String valueLabel(FactSpec fact, String code, Locale locale) {
    if (fact == null) return code;
    return fact.allowedValues().stream().filter(a -> a.code().equals(code)).findFirst()
        .map(AllowedValue::label).map(l -> l.in(locale)).orElse(code);
  }
}
