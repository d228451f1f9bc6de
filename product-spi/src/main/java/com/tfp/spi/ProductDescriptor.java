package com.tfp.spi;

import com.tfp.spi.evaluation.DocumentSpec;
import com.tfp.spi.facts.FactSpec;
import com.tfp.spi.facts.FactType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything the platform needs to know about a product without running it: identity and version, the SPI versions
 * it was built for, names, variants with their risk classes, the facts schema (from which pages, REST validation and
 * SOAP are generated), the documents it may ask for, its bank-configurable parameters and the sources it implements.
 *
 * @param riskClass the product's risk class when it has no variants (002 annex 1; which class is a bank default)
 * @param sources the seed documents and articles the product implements, e.g. {@code "004 Art.2-28"}
 */
public record ProductDescriptor(
    String id,
    SemanticVersion version,
    VersionRange spiVersions,
    LocalizedText name,
    LocalizedText description,
    int riskClass,
    List<Variant> variants,
    List<FactSpec> facts,
    List<DocumentSpec> documents,
    List<ParameterSpec> parameters,
    List<String> sources) {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,39}");
  private static final Pattern SOURCE = Pattern.compile("\\d{3}( [^ ].*)?");

  public ProductDescriptor {
    variants = List.copyOf(variants);
    facts = List.copyOf(facts);
    documents = List.copyOf(documents);
    parameters = List.copyOf(parameters);
    sources = List.copyOf(sources);
  }

  public Optional<Variant> variant(String code) {
    return variants.stream().filter(v -> v.code().equals(code)).findFirst();
  }

  /** The risk class of a deal of the given variant (null for products without variants). */
  public int riskClassOf(String variantCode) {
    return variantCode == null ? riskClass : variant(variantCode).map(Variant::riskClass).orElse(riskClass);
  }

  public Optional<FactSpec> fact(String name) {
    return facts.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  public Optional<ParameterSpec> parameter(String key) {
    return parameters.stream().filter(p -> p.key().equals(key)).findFirst();
  }

  /**
   * What makes this descriptor unfit to go live: an empty list means complete. The host quarantines a plug-in whose
   * descriptor has problems, with these as the reason.
   */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (id == null || !ID.matcher(id).matches()) problems.add("id must match " + ID + ": " + id);
    if (version == null) problems.add("version missing");
    if (spiVersions == null) problems.add("SPI version range missing");
    if (name == null || !name.isComplete()) problems.add("name needs zh and en");
    if (description == null || !description.isComplete()) problems.add("description needs zh and en");
    if (riskClass < 1 || riskClass > 4) problems.add("risk class must be 1..4: " + riskClass);
    Set<String> seen = new HashSet<>();
    for (Variant v : variants) {
      if (!seen.add(v.code())) problems.add("duplicate variant " + v.code());
      if (v.name() == null || !v.name().isComplete()) problems.add("variant " + v.code() + " needs zh and en names");
      if (v.riskClass() < 1 || v.riskClass() > 4) problems.add("variant " + v.code() + " risk class must be 1..4");
    }
    if (facts.isEmpty()) problems.add("no facts declared");
    seen.clear();
    for (FactSpec f : facts) {
      if (!seen.add(f.name())) problems.add("duplicate fact " + f.name());
      f.problems().forEach(p -> problems.add("fact " + f.name() + ": " + p));
      for (String v : f.variants()) {
        if (variant(v).isEmpty()) problems.add("fact " + f.name() + " names unknown variant " + v);
      }
      for (String v : f.whenAbsent().keySet()) {
        if (!v.equals(FactSpec.ANY_VARIANT) && variant(v).isEmpty()) problems.add("fact " + f.name() + " says what its absence means for unknown variant " + v);
      }
    }
    seen.clear();
    for (DocumentSpec d : documents) {
      if (!seen.add(d.code())) problems.add("duplicate document " + d.code());
      if (d.name() == null || !d.name().isComplete()) problems.add("document " + d.code() + " needs zh and en names");
      if (d.source() == null || !SOURCE.matcher(d.source()).matches()) problems.add("document " + d.code() + " needs a source");
    }
    seen.clear();
    for (ParameterSpec p : parameters) {
      if (!seen.add(p.key())) problems.add("duplicate parameter " + p.key());
      if (p.type() != FactType.DECIMAL && p.type() != FactType.RATIO && p.type() != FactType.INTEGER
          && p.type() != FactType.MONEY && p.type() != FactType.TEXT) {
        problems.add("parameter " + p.key() + " has unsupported type " + p.type());
      }
      if (p.label() == null || !p.label().isComplete()) problems.add("parameter " + p.key() + " needs zh and en labels");
      if (p.defaultValue() == null || p.defaultValue().isBlank()) problems.add("parameter " + p.key() + " needs a default");
    }
    if (sources.isEmpty()) problems.add("no sources declared");
    sources.stream().filter(s -> !SOURCE.matcher(s).matches()).forEach(s -> problems.add("source not cited as '<seed> <article>': " + s));
    return problems;
  }

  public boolean hasVariants() {
    return !variants.isEmpty();
  }

}
