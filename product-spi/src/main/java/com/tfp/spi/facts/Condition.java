package com.tfp.spi.facts;

import com.tfp.spi.Since;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a fact is required: always, never, or depending on the variant or on other facts. Declarative, so that the
 * generated form can show and hide "required" marks and the API can validate without running the plug-in.
 */
public sealed interface Condition {

  Condition ALWAYS = new Always();
  Condition NEVER = new Never();

  /** Whether the condition holds for the variant and the facts given (typed values, or their strings). */
  boolean test(String variant, Map<String, ?> facts);

  /** A short description for forms and error messages, e.g. {@code settlement in [LC_USANCE]}. */
  String describe();

  static Condition factIn(String fact, String... values) {
    return new FactIn(fact, Set.of(values));
  }

  /** Holds when the boolean fact is true. */
  static Condition whenTrue(String fact) {
    return new FactIn(fact, Set.of("true"));
  }

  static Condition variantIn(String... variants) {
    return new VariantIn(Set.of(variants));
  }

  static Condition absent(String fact) {
    return new Absent(fact);
  }

  static Condition allOf(Condition... conditions) {
    return new AllOf(List.of(conditions));
  }

  /** Holds when any of the conditions holds, e.g. a derivable fact: required when what derives it is missing. */
  @Since("1.1")
  static Condition anyOf(Condition... conditions) {
    return new AnyOf(List.of(conditions));
  }

  record Always() implements Condition {
    public boolean test(String variant, Map<String, ?> facts) {
      return true;
    }

    public String describe() {
      return "always";
    }
  }

  record Never() implements Condition {
    public boolean test(String variant, Map<String, ?> facts) {
      return false;
    }

    public String describe() {
      return "never";
    }
  }

  record FactIn(String fact, Set<String> values) implements Condition {
    public FactIn {
      values = Set.copyOf(values);
    }

    public boolean test(String variant, Map<String, ?> facts) {
      Object v = facts.get(fact);
      return v != null && values.contains(String.valueOf(v));
    }

    public String describe() {
      return fact + " in " + values.stream().sorted().collect(Collectors.toList());
    }
  }

  record VariantIn(Set<String> variants) implements Condition {
    public VariantIn {
      variants = Set.copyOf(variants);
    }

    public boolean test(String variant, Map<String, ?> facts) {
      return variant != null && variants.contains(variant);
    }

    public String describe() {
      return "variant in " + variants.stream().sorted().collect(Collectors.toList());
    }
  }

  record Absent(String fact) implements Condition {
    public boolean test(String variant, Map<String, ?> facts) {
      return facts.get(fact) == null;
    }

    public String describe() {
      return fact + " not given";
    }
  }

  record AllOf(List<Condition> conditions) implements Condition {
    public AllOf {
      conditions = List.copyOf(conditions);
    }

    public boolean test(String variant, Map<String, ?> facts) {
      return conditions.stream().allMatch(c -> c.test(variant, facts));
    }

    public String describe() {
      return conditions.stream().map(Condition::describe).collect(Collectors.joining(" and "));
    }
  }

  @Since("1.1")
  record AnyOf(List<Condition> conditions) implements Condition {
    public AnyOf {
      conditions = List.copyOf(conditions);
    }

    public boolean test(String variant, Map<String, ?> facts) {
      return conditions.stream().anyMatch(c -> c.test(variant, facts));
    }

    public String describe() {
      return conditions.stream().map(c -> c instanceof AllOf ? "(" + c.describe() + ")" : c.describe())
          .collect(Collectors.joining(" or "));
    }
  }
}
