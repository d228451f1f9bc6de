package com.tfp.sdk.tck;

import com.tfp.spi.ProductPlugin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Where a plug-in's classes are — its build's {@code target/classes} or its jar — and how the platform loads them: in
 * a class loader of their own that sees the JDK and the SPI and nothing else, through
 * {@code META-INF/services/com.tfp.spi.ProductPlugin} and {@link ServiceLoader}. A plug-in that needs anything else at
 * run time fails to load here as it would in the server.
 */
public final class PluginLocation {

  static final String SERVICES = "META-INF/services/" + ProductPlugin.class.getName();

  private final Path root;

  private PluginLocation(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** A directory of classes (e.g. {@code target/classes}) or a plug-in jar. */
  public static PluginLocation of(Path root) {
    return new PluginLocation(root);
  }

  public Path root() {
    return root;
  }

  /** A new class loader over the plug-in alone, with the JDK and the SPI as its parent, as in the server. */
  URLClassLoader newClassLoader() {
    try {
      return new URLClassLoader("tck:" + root.getFileName(), new URL[] {root.toUri().toURL()}, new SpiOnly());
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The providers the plug-in registers, created by {@link ServiceLoader} in the given loader. */
  List<ProductPlugin> providers(ClassLoader loader) {
    List<String> registered = registeredClassNames();
    List<ProductPlugin> plugins = new ArrayList<>();
    for (ProductPlugin p : ServiceLoader.load(ProductPlugin.class, loader)) {
      if (registered.contains(p.getClass().getName())) plugins.add(p);
    }
    return plugins;
  }

  /** The class names the plug-in's own services file names (not those of other jars on the class path). */
  List<String> registeredClassNames() {
    String text;
    try {
      byte[] bytes = read(SERVICES);
      if (bytes == null) return List.of();
      text = new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.lines().map(l -> l.replaceAll("#.*", "").trim()).filter(l -> !l.isEmpty()).toList();
  }

  /** Every class file of the plug-in, by path inside the location. */
  List<byte[]> classFiles() throws IOException {
    List<byte[]> out = new ArrayList<>();
    if (Files.isDirectory(root)) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) out.add(Files.readAllBytes(p));
      }
    } else {
      try (ZipFile zip = new ZipFile(root.toFile())) {
        for (ZipEntry e : zip.stream().filter(e -> e.getName().endsWith(".class")).toList()) {
          try (InputStream in = zip.getInputStream(e)) {
            out.add(in.readAllBytes());
          }
        }
      }
    }
    return out;
  }

  private byte[] read(String entry) throws IOException {
    if (Files.isDirectory(root)) {
      Path p = root.resolve(entry);
      return Files.isRegularFile(p) ? Files.readAllBytes(p) : null;
    }
    if (!Files.isRegularFile(root)) return null;
    try (ZipFile zip = new ZipFile(root.toFile())) {
      ZipEntry e = zip.getEntry(entry);
      if (e == null) return null;
      try (InputStream in = zip.getInputStream(e)) {
        return in.readAllBytes();
      }
    }
  }

  /** The parent the platform gives a plug-in: the JDK, and the SPI's classes from the loader that has them. */
  private static final class SpiOnly extends ClassLoader {
    private static final ClassLoader SPI = ProductPlugin.class.getClassLoader();

    SpiOnly() {
      super("tck-spi", ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      if (name.startsWith("com.tfp.spi.") && !name.startsWith("com.tfp.spi.testing.")) return SPI.loadClass(name);
      throw new ClassNotFoundException(name + " (a plug-in sees only the JDK and com.tfp.spi)");
    }

    @Override
    protected URL findResource(String name) {
      return name.startsWith("com/tfp/spi/") ? SPI.getResource(name) : null;
    }
  }

  static String describe(Throwable t) {
    if (t instanceof ServiceConfigurationError && t.getCause() != null) t = t.getCause();
    return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }

  @Override
  public String toString() {
    return root.toString();
  }
}
