package com.tfp.platform.catalogue.infrastructure;

import com.tfp.spi.ProductPlugin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.zip.ZipFile;

/**
 * One external plug-in jar, loaded in a class loader of its own from a private copy — the product team may replace
 * or delete the original at any time without disturbing the loaded classes. {@link #close()} closes the class
 * loader (and with it the jar file) and deletes the copy; nothing else keeps a reference to the loader.
 */
public final class PluginJar implements AutoCloseable {

  private final String fileName;
  private final Path copy;
  private final PluginClassLoader loader;
  private final List<ProductPlugin> plugins;

  private PluginJar(String fileName, Path copy, PluginClassLoader loader, List<ProductPlugin> plugins) {
    this.fileName = fileName;
    this.copy = copy;
    this.loader = loader;
    this.plugins = plugins;
  }

  /**
   * Loads the jar's {@code ProductPlugin} providers.
   *
   * @throws PluginLoadException when the jar is unreadable, names no provider, or a provider cannot be created
   */
  public static PluginJar load(Path jar, Path cacheDirectory, ClassLoader parent) {
    return load(jar, cacheDirectory, parent, PluginSignatures.unsignedAllowed());
  }

  /**
   * Loads the jar's providers once its private copy passed the signature check (before any of its classes is loaded).
   *
   * @throws PluginLoadException also when the signature check refuses the jar, with the reason
   */
  public static PluginJar load(Path jar, Path cacheDirectory, ClassLoader parent, PluginSignatures signatures) {
    String fileName = jar.getFileName().toString();
    Path copy;
    try {
      Files.createDirectories(cacheDirectory);
      copy = Files.createTempFile(cacheDirectory, fileName.replaceAll("\\.jar$", "") + "-", ".jar");
      Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
      try (ZipFile zip = new ZipFile(copy.toFile())) {
        // a jar still being written fails here and is tried again on the next scan
        zip.size();
      }
    } catch (IOException e) {
      throw new PluginLoadException("cannot read " + fileName + ": " + e.getMessage(), e);
    }
    String refusal = signatures.refusal(copy);
    if (refusal != null) {
      deleteQuietly(copy);
      throw new PluginLoadException(fileName + " refused: " + refusal, null);
    }
    PluginClassLoader loader;
    try {
      loader = new PluginClassLoader("plugin:" + fileName, copy.toUri().toURL(), parent);
    } catch (IOException e) {
      deleteQuietly(copy);
      throw new PluginLoadException("cannot open " + fileName, e);
    }
    List<ProductPlugin> plugins = new ArrayList<>();
    try {
      for (ProductPlugin p : ServiceLoader.load(ProductPlugin.class, loader)) {
        if (p.getClass().getClassLoader() == loader) plugins.add(p);
      }
    } catch (ServiceConfigurationError | LinkageError | RuntimeException e) {
      closeQuietly(loader);
      deleteQuietly(copy);
      throw new PluginLoadException("cannot create the plug-in of " + fileName + ": " + e, e);
    }
    if (plugins.isEmpty()) {
      closeQuietly(loader);
      deleteQuietly(copy);
      throw new PluginLoadException(fileName + " registers no com.tfp.spi.ProductPlugin in META-INF/services", null);
    }
    return new PluginJar(fileName, copy, loader, List.copyOf(plugins));
  }

  public String fileName() {
    return fileName;
  }

  public List<ProductPlugin> plugins() {
    return plugins;
  }

  public ClassLoader classLoader() {
    return loader;
  }

  @Override
  public void close() {
    closeQuietly(loader);
    deleteQuietly(copy);
  }

  private static void closeQuietly(PluginClassLoader loader) {
    try {
      loader.close();
    } catch (IOException ignored) {
      // the copy is deleted below; a failed close leaves at most an open file handle until GC
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // a stale copy in the cache directory is removed at the next start
    }
  }
}
