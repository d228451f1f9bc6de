package com.tfp.sdk.tck;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One deal the product team states as typical for its product, with what it expects: the kit evaluates it, varies it
 * (drops each fact, mistypes each fact) and runs it twice and in parallel. The SPI has no place for examples, so a
 * plug-in keeps them in a test resource, {@code tfp-examples.properties} (UTF-8), one case per key prefix:
 *
 * <pre>
 * sight-lc.title=Clean USD 100,000 sight L/C to Japan (API.md worked example)
 * sight-lc.variant=                      # empty or absent for a product without variants
 * sight-lc.currency=USD
 * sight-lc.valueDate=2026-12-01
 * sight-lc.fact.settlement=LC_SIGHT      # facts as a form or JSON sends them: strings, true/false
 * sight-lc.fact.invoiceAmount=100000.00
 * sight-lc.fact.contracts.0.amount=5     # a field of the first record of a RECORD_LIST fact
 * sight-lc.expect.decision=APPROVABLE    # optional expectations
 * sight-lc.expect.maxAmount=90000.00
 * sight-lc.expect.maturityDate=2026-12-19
 * </pre>
 *
 * @param facts raw facts: strings, and lists of records (maps) for RECORD_LIST facts
 */
public record ExampleCase(String name, String title, String variant, String currency, String valueDate,
    Map<String, Object> facts, Map<String, String> expected) {

  /** The usual resource name on the test class path. */
  public static final String RESOURCE = "/tfp-examples.properties";

  public ExampleCase {
    facts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    expected = Map.copyOf(expected);
  }

  /** The same case with other raw facts. */
  ExampleCase withFacts(Map<String, Object> other) {
    return new ExampleCase(name, title, variant, currency, valueDate, other, expected);
  }

  /** The cases of a properties resource, ordered by name; empty when there is none. */
  public static List<ExampleCase> load(InputStream in) {
    if (in == null) return List.of();
    Properties p = new Properties();
    try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parse(p);
  }

  static List<ExampleCase> parse(Properties p) {
    TreeSet<String> names = new TreeSet<>();
    p.stringPropertyNames().forEach(k -> names.add(k.substring(0, Math.max(k.indexOf('.'), 0))));
    names.remove("");
    List<ExampleCase> cases = new ArrayList<>();
    for (String n : names) {
      String prefix = n + ".";
      Map<String, Object> facts = new LinkedHashMap<>();
      Map<String, TreeMap<Integer, Map<String, Object>>> records = new LinkedHashMap<>();
      Map<String, String> expected = new LinkedHashMap<>();
      for (String key : new TreeSet<>(p.stringPropertyNames())) {
        if (!key.startsWith(prefix)) continue;
        String rest = key.substring(prefix.length());
        String value = p.getProperty(key).trim();
        if (rest.startsWith("fact.")) {
          String[] path = rest.substring(5).split("\\.");
          if (path.length == 3) {
            records.computeIfAbsent(path[0], x -> new TreeMap<>())
                .computeIfAbsent(Integer.parseInt(path[1]), x -> new LinkedHashMap<>()).put(path[2], value);
          } else {
            facts.put(path[0], value);
          }
        } else if (rest.startsWith("expect.")) {
          expected.put(rest.substring(7), value);
        }
      }
      records.forEach((fact, rows) -> facts.put(fact, new ArrayList<>(rows.values())));
      String variant = p.getProperty(prefix + "variant", "").trim();
      cases.add(new ExampleCase(n, p.getProperty(prefix + "title", n).trim(), variant.isEmpty() ? null : variant,
          p.getProperty(prefix + "currency", "").trim(), p.getProperty(prefix + "valueDate", "").trim(), facts, expected));
    }
    return cases;
  }

  @Override
  public String toString() {
    return name + (variant == null ? "" : " [" + variant + "]");
  }
}
