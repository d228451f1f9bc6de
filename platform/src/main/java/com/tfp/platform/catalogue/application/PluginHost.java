package com.tfp.platform.catalogue.application;

import com.tfp.platform.catalogue.domain.InstalledProduct;
import com.tfp.platform.catalogue.domain.PluginAdmission;
import com.tfp.platform.catalogue.domain.ProductStatus;
import com.tfp.platform.catalogue.infrastructure.PluginJar;
import com.tfp.platform.catalogue.infrastructure.PluginSignatures;
import com.tfp.platform.catalogue.infrastructure.PluginLoadException;
import com.tfp.spi.ProductDescriptor;
import com.tfp.spi.ProductPlugin;
import com.tfp.spi.SpiVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Finds, admits, replaces and removes product plug-ins: the built-in ones on the class path, the external ones as jars
 * in the plug-ins directory. {@link #scan()} compares the directory with what is loaded: a new jar goes live, a
 * changed jar is reloaded, a removed jar is unloaded and its class loader closed. A jar is loaded only once it has
 * stayed unchanged between two scans, so a jar still being copied is never half-read.
 *
 * <p>Per product id the highest admitted version is ACTIVE and lower ones SUPERSEDED; a second plug-in with the same
 * id and version is QUARANTINED as a clash, as is one whose descriptor is incomplete, whose SPI range excludes the
 * platform's, or that failed in evaluation ({@link #quarantine}). Plain Java, thread-safe, testable without a server.
 */
public final class PluginHost implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(PluginHost.class.getName());

  private record Fingerprint(long size, long modified) {}

  private record LoadedJar(Fingerprint fingerprint, PluginJar jar, String failure) {}

  private final PluginSignatures signatures;
  private final Path directory;
  private final Path cacheDirectory;
  private final ClassLoader parent;
  private final PluginAdmission admission = new PluginAdmission(SpiVersion.CURRENT);
  private final List<ProductPlugin> builtIns;
  private final Map<String, LoadedJar> jars = new TreeMap<>();
  private final Map<String, Fingerprint> settling = new HashMap<>();
  private final Map<String, String> failedInService = new HashMap<>();
  private final Map<String, Instant> since = new HashMap<>();
  private volatile List<InstalledProduct> catalogue = List.of();

  /**
   * @param directory the plug-ins directory (created if missing)
   * @param cacheDirectory where private copies of loaded jars are kept (emptied now)
   * @param parent the class loader that provides the SPI (and the built-in plug-ins)
   */
  public PluginHost(Path directory, Path cacheDirectory, ClassLoader parent) {
    this(directory, cacheDirectory, parent, PluginSignatures.unsignedAllowed());
  }

  /** @param signatures who may sign a dropped jar (the server's: the bank's trust store) */
  public PluginHost(Path directory, Path cacheDirectory, ClassLoader parent, PluginSignatures signatures) {
    this.signatures = signatures;
    this.directory = directory;
    this.cacheDirectory = cacheDirectory;
    this.parent = parent;
    List<ProductPlugin> found = new ArrayList<>();
    for (ProductPlugin p : ServiceLoader.load(ProductPlugin.class, parent)) {
      found.add(p);
    }
    this.builtIns = List.copyOf(found);
    try {
      Files.createDirectories(directory);
      purge(cacheDirectory);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "plug-ins directory " + directory + " is not usable: " + e.getMessage());
    }
    rebuild();
  }

  /** Whether unsigned jars are admitted (development only: the catalogue page warns). */
  public boolean allowsUnsigned() {
    return signatures.allowsUnsigned();
  }

  public Path directory() {
    return directory;
  }

  /** Everything installed, active or not, in a stable order (built-in first, then by jar name). */
  public List<InstalledProduct> catalogue() {
    return catalogue;
  }

  /** The active plug-in for a product id. */
  public Optional<InstalledProduct> active(String productId) {
    return catalogue.stream()
        .filter(p -> p.status() == ProductStatus.ACTIVE && productId.equals(p.id()))
        .findFirst();
  }

  /** Looks at the plug-ins directory and applies what changed. Returns whether the catalogue changed. */
  public synchronized boolean scan() {
    Map<String, Fingerprint> present = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.getFileName().toString().endsWith(".jar"))::iterator) {
        BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
        if (a.isRegularFile()) present.put(f.getFileName().toString(), new Fingerprint(a.size(), a.lastModifiedTime().toMillis()));
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "cannot list plug-ins directory " + directory + ": " + e.getMessage());
      return false;
    }
    boolean changed = false;
    for (String gone : new ArrayList<>(jars.keySet())) {
      if (!present.containsKey(gone)) {
        unload(gone);
        LOG.info("plug-in jar " + gone + " removed");
        changed = true;
      }
    }
    settling.keySet().retainAll(present.keySet());
    for (Map.Entry<String, Fingerprint> e : present.entrySet()) {
      String name = e.getKey();
      LoadedJar loaded = jars.get(name);
      if (loaded != null && loaded.fingerprint().equals(e.getValue())) continue;
      if (!e.getValue().equals(settling.put(name, e.getValue()))) continue; // wait one scan for the copy to settle
      settling.remove(name);
      if (loaded != null) unload(name);
      jars.put(name, load(name, e.getValue()));
      changed = true;
    }
    if (changed) rebuild();
    return changed;
  }

  /**
   * Takes a plug-in version out of service (an administrator's decision; evaluation failures only open its breaker).
   * It stays quarantined until {@link #release}, a change of its jar (external) or a restart (built-in); a lower
   * version takes over meanwhile.
   */
  public synchronized void quarantine(InstalledProduct product, String reason) {
    failedInService.put(key(product.origin(), product.descriptor()), reason);
    LOG.warning("plug-in " + product.id() + " " + product.version() + " (" + product.origin() + ") quarantined: " + reason);
    rebuild();
  }

  /** Whether this plug-in was taken out of service (as opposed to refused at admission). */
  public synchronized boolean quarantinedInService(InstalledProduct product) {
    return failedInService.containsKey(key(product.origin(), product.descriptor()));
  }

  /** Puts every quarantined-in-service version of a product back; returns whether there was one. */
  public synchronized boolean release(String productId) {
    boolean any = failedInService.keySet().removeIf(k -> k.contains("|" + productId + "|"));
    if (any) {
      LOG.info("plug-in " + productId + " released");
      rebuild();
    }
    return any;
  }

  @Override
  public synchronized void close() {
    for (String name : new ArrayList<>(jars.keySet())) unload(name);
    rebuild();
  }

  private LoadedJar load(String name, Fingerprint fingerprint) {
    failedInService.keySet().removeIf(k -> k.startsWith(name + "|"));
    try {
      PluginJar jar = PluginJar.load(directory.resolve(name), cacheDirectory, parent, signatures);
      LOG.info("plug-in jar " + name + " loaded");
      return new LoadedJar(fingerprint, jar, null);
    } catch (PluginLoadException e) {
      LOG.warning("plug-in jar " + name + " quarantined: " + e.getMessage());
      return new LoadedJar(fingerprint, null, e.getMessage());
    }
  }

  private void unload(String name) {
    LoadedJar old = jars.remove(name);
    if (old != null && old.jar() != null) old.jar().close();
  }

  private record Candidate(String origin, ProductPlugin plugin, ProductDescriptor descriptor, String refusal) {}

  private void rebuild() {
    List<Candidate> candidates = new ArrayList<>();
    builtIns.forEach(p -> candidates.add(candidate(InstalledProduct.BUILT_IN, p)));
    jars.forEach((name, loaded) -> {
      if (loaded.jar() == null) {
        candidates.add(new Candidate(name, null, null, loaded.failure()));
      } else {
        loaded.jar().plugins().forEach(p -> candidates.add(candidate(name, p)));
      }
    });

    Map<String, String> holderOfIdVersion = new HashMap<>();
    List<InstalledProduct> result = new ArrayList<>();
    Map<String, List<Integer>> admittedById = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      String refusal = c.refusal();
      if (refusal == null) {
        String idVersion = c.descriptor().id() + "@" + c.descriptor().version();
        String holder = holderOfIdVersion.putIfAbsent(idVersion, c.origin());
        if (holder != null) refusal = "clashes with " + c.descriptor().id() + " " + c.descriptor().version() + " from " + holder;
      }
      if (refusal == null) refusal = failedInService.get(key(c.origin(), c.descriptor()));
      if (refusal != null) {
        result.add(installed(c, ProductStatus.QUARANTINED, refusal));
      } else {
        admittedById.computeIfAbsent(c.descriptor().id(), id -> new ArrayList<>()).add(result.size());
        result.add(installed(c, ProductStatus.ACTIVE, null));
      }
    }
    for (List<Integer> indexes : admittedById.values()) {
      InstalledProduct top = indexes.stream().map(result::get)
          .max(Comparator.comparing(p -> p.descriptor().version())).orElseThrow();
      for (int i : indexes) {
        InstalledProduct p = result.get(i);
        if (p != top) {
          result.set(i, new InstalledProduct(p.origin(), p.descriptor(), p.plugin(), ProductStatus.SUPERSEDED,
              "superseded by " + top.version() + " from " + top.origin(), p.since()));
        }
      }
    }
    catalogue = List.copyOf(result);
  }

  private InstalledProduct installed(Candidate c, ProductStatus status, String reason) {
    String k = key(c.origin(), c.descriptor()) + "|" + status;
    Instant at = since.computeIfAbsent(k, x -> Instant.now());
    return new InstalledProduct(c.origin(), c.descriptor(), c.plugin(), status, reason, at);
  }

  private Candidate candidate(String origin, ProductPlugin plugin) {
    ProductDescriptor d;
    try {
      d = plugin.descriptor();
    } catch (RuntimeException | LinkageError e) {
      return new Candidate(origin, plugin, null, "descriptor() failed: " + e);
    }
    List<String> refusals;
    try {
      refusals = admission.refusals(d);
    } catch (RuntimeException e) {
      refusals = List.of("descriptor cannot be checked: " + e);
    }
    return new Candidate(origin, plugin, d, refusals.isEmpty() ? null : String.join("; ", refusals));
  }

  private static String key(String origin, ProductDescriptor d) {
    return origin + "|" + (d == null ? "?" : d.id() + "|" + d.version());
  }

  private static void purge(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) Files.deleteIfExists(f);
    }
  }
}
