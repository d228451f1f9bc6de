package com.tfp.platform.catalogue.infrastructure;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Enumeration;

/**
 * The class loader of one external plug-in jar. Child-first, so that an upgraded jar of a built-in product runs its
 * own classes and not the built-in ones of the same name ("old classes still served after an update"); parent-first
 * only for the JDK and the SPI, which host and plug-in must share. Service files are looked up in the jar alone, so
 * {@link java.util.ServiceLoader} sees this jar's providers and not the built-in ones.
 */
final class PluginClassLoader extends URLClassLoader {

  private static final String SPI_PACKAGE = "com.tfp.spi.";

  static {
    registerAsParallelCapable();
  }

  PluginClassLoader(String name, URL jar, ClassLoader parent) {
    super(name, new URL[] {jar}, parent);
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (name.startsWith("java.") || name.startsWith(SPI_PACKAGE)) {
      return super.loadClass(name, resolve);
    }
    synchronized (getClassLoadingLock(name)) {
      Class<?> c = findLoadedClass(name);
      if (c == null) {
        try {
          c = findClass(name);
        } catch (ClassNotFoundException notInJar) {
          c = getParent().loadClass(name);
        }
      }
      if (resolve) resolveClass(c);
      return c;
    }
  }

  @Override
  public URL getResource(String name) {
    URL own = findResource(name);
    return own != null ? own : super.getResource(name);
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    if (name.startsWith("META-INF/services/")) return findResources(name);
    return super.getResources(name);
  }
}
