package com.tfp.bench;

import com.tfp.spi.ProductDescriptor;
import com.tfp.spi.ProductPlugin;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The product plug-ins found on the class path by {@link ServiceLoader}, as the platform finds its built-ins, each
 * with its descriptor read once (the platform's catalogue keeps it too). No versions, quarantine or drop-in here.
 */
public final class InstalledProducts {

  /** A plug-in with the descriptor it declared when it was found. */
  public record Installed(ProductPlugin plugin, ProductDescriptor descriptor) {}

  private final Map<String, Installed> byId;

  private InstalledProducts(Map<String, Installed> byId) {
    this.byId = Map.copyOf(byId);
  }

  public static InstalledProducts discover() {
    Map<String, Installed> found = new TreeMap<>();
    for (ProductPlugin p : ServiceLoader.load(ProductPlugin.class)) {
      ProductDescriptor d = p.descriptor();
      if (found.putIfAbsent(d.id(), new Installed(p, d)) != null) {
        throw new IllegalStateException("two plug-ins for product " + d.id() + " on the class path");
      }
    }
    return new InstalledProducts(found);
  }

  public Optional<Installed> find(String id) {
    return Optional.ofNullable(id).map(byId::get);
  }

  /** A product the benchmark needs; its absence is a broken build, not a request error. */
  public Installed require(String id) {
    return find(id).orElseThrow(() -> new IllegalStateException(
        "product " + id + " not on the class path; found " + byId.keySet() + " (run 'mvn -B install -DskipTests' at the root)"));
  }

  public java.util.Set<String> ids() {
    return byId.keySet();
  }
}
