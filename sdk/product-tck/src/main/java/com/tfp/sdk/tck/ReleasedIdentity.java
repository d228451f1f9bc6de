package com.tfp.sdk.tck;

import com.tfp.spi.ParameterSpec;
import com.tfp.spi.ProductDescriptor;
import com.tfp.spi.Variant;
import com.tfp.spi.evaluation.DocumentSpec;
import com.tfp.spi.facts.FactSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * What a released version of the product declared: its id and the codes deals, API clients and the bank's parameter
 * settings refer to. A later version may add codes but not drop or rename one. The kit writes the current identity to
 * {@code target/tfp-released.properties}; a team commits it as the test resource {@value #RESOURCE} when it releases.
 */
public record ReleasedIdentity(String id, String version, List<String> variants, List<String> facts,
    List<String> parameters, List<String> documents) {

  public static final String RESOURCE = "/tfp-released.properties";

  public ReleasedIdentity {
    variants = List.copyOf(variants);
    facts = List.copyOf(facts);
    parameters = List.copyOf(parameters);
    documents = List.copyOf(documents);
  }

  static ReleasedIdentity of(ProductDescriptor d) {
    return new ReleasedIdentity(d.id(), String.valueOf(d.version()), d.variants().stream().map(Variant::code).toList(),
        d.facts().stream().map(FactSpec::name).toList(), d.parameters().stream().map(ParameterSpec::key).toList(),
        d.documents().stream().map(DocumentSpec::code).toList());
  }

  /** The released identity in a properties resource, or null when there is none (nothing released yet). */
  public static ReleasedIdentity load(InputStream in) {
    if (in == null) return null;
    Properties p = new Properties();
    try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ReleasedIdentity(p.getProperty("id", ""), p.getProperty("version", ""), list(p, "variants"),
        list(p, "facts"), list(p, "parameters"), list(p, "documents"));
  }

  private static List<String> list(Properties p, String key) {
    String v = p.getProperty(key, "").trim();
    return v.isEmpty() ? List.of() : Arrays.stream(v.split(",")).map(String::trim).toList();
  }

  /** What the current descriptor dropped of this released identity. */
  List<String> droppedIn(ProductDescriptor now) {
    List<String> f = new ArrayList<>();
    ReleasedIdentity current = of(now);
    if (!id.equals(current.id())) f.add("the id changed from " + id + " (released " + version + ") to " + current.id());
    dropped("variant", variants, current.variants(), f);
    dropped("fact", facts, current.facts(), f);
    dropped("parameter", parameters, current.parameters(), f);
    dropped("document", documents, current.documents(), f);
    return f;
  }

  private void dropped(String what, List<String> released, List<String> now, List<String> f) {
    released.stream().filter(code -> !now.contains(code)).forEach(code -> f.add(what + " " + code
        + " of released version " + version + " is gone: deals, API clients and the bank's settings that use it break"));
  }

  /** The properties text to commit as {@value #RESOURCE} at a release. */
  String text() {
    return "# The identity of " + id + " " + version + " as released: later versions may add codes, never drop one.\n"
        + "id=" + id + "\nversion=" + version + "\nvariants=" + String.join(",", variants) + "\nfacts=" + String.join(",", facts)
        + "\nparameters=" + String.join(",", parameters) + "\ndocuments=" + String.join(",", documents) + "\n";
  }
}
