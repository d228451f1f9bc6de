package com.tfp.platform.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.platform.catalogue.application.PluginHost;
import com.tfp.platform.catalogue.domain.InstalledProduct;
import com.tfp.platform.catalogue.domain.ProductStatus;
import com.tfp.platform.testing.PluginJarBuilder;
import com.tfp.platform.testing.PluginJarBuilder.Behaviour;
import java.lang.ref.WeakReference;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginHostTest {

  @TempDir Path tmp;
  Path plugins;
  PluginHost host;

  @BeforeEach
  void start() {
    plugins = tmp.resolve("plugins");
    host = new PluginHost(plugins, tmp.resolve("cache"), getClass().getClassLoader());
  }

  @AfterEach
  void stop() {
    host.close();
  }

  /** Two scans: the first sees the jar, the second (unchanged) loads it. */
  private void settle() {
    host.scan();
    host.scan();
  }

  private Optional<InstalledProduct> find(String origin) {
    return host.catalogue().stream().filter(p -> p.origin().equals(origin)).findFirst();
  }

  @Test
  void droppedJarGoesLiveThenUpgradesThenGoesAway() {
    PluginJarBuilder.build(plugins.resolve("demo.jar"), "demo.DemoPlugin", "demo", "1.0.0", Behaviour.GOOD);
    host.scan();
    assertTrue(host.active("demo").isEmpty(), "a jar is loaded only once it has settled");
    host.scan();
    assertEquals("1.0.0", host.active("demo").orElseThrow().version());

    PluginJarBuilder.build(plugins.resolve("demo-2.jar"), "demo.DemoPlugin", "demo", "2.0.0", Behaviour.GOOD);
    settle();
    assertEquals("2.0.0", host.active("demo").orElseThrow().version());
    assertEquals(ProductStatus.SUPERSEDED, find("demo.jar").orElseThrow().status());

    // the newer version also wins when it replaces the same file name
    PluginJarBuilder.build(plugins.resolve("demo.jar"), "demo.DemoPlugin", "demo", "3.0.0", Behaviour.GOOD);
    settle();
    assertEquals("3.0.0", host.active("demo").orElseThrow().version());

    PluginJarBuilder.build(plugins.resolve("demo.jar"), "demo.DemoPlugin", "demo", "1.0.0", Behaviour.GOOD);
    settle();
    assertEquals("2.0.0", host.active("demo").orElseThrow().version());

    host.scan();
    assertTrue(host.catalogue().size() == 2);
    try {
      Files.delete(plugins.resolve("demo-2.jar"));
      Files.delete(plugins.resolve("demo.jar"));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    host.scan();
    assertTrue(host.active("demo").isEmpty());
    assertTrue(host.catalogue().isEmpty());
  }

  @Test
  void incompleteDescriptorWrongSpiAndGarbageAreQuarantinedWithTheirReason() {
    PluginJarBuilder.build(plugins.resolve("bad.jar"), "bad.BadPlugin", "bad", "1.0.0", Behaviour.INCOMPLETE_DESCRIPTOR);
    PluginJarBuilder.build(plugins.resolve("future.jar"), "future.FuturePlugin", "future", "1.0.0", Behaviour.WRONG_SPI);
    PluginJarBuilder.writeGarbage(plugins.resolve("garbage.jar"));
    PluginJarBuilder.build(plugins.resolve("good.jar"), "good.GoodPlugin", "good", "1.0.0", Behaviour.GOOD);
    settle();
    assertEquals(ProductStatus.QUARANTINED, find("bad.jar").orElseThrow().status());
    assertTrue(find("bad.jar").orElseThrow().reason().contains("name needs zh and en"));
    assertTrue(find("future.jar").orElseThrow().reason().contains("needs SPI [9.0.0,10.0.0)"));
    assertTrue(find("garbage.jar").orElseThrow().reason().startsWith("cannot read garbage.jar"));
    assertEquals(ProductStatus.ACTIVE, host.active("good").orElseThrow().status(), "the others keep working");
  }

  @Test
  void sameIdAndVersionTwiceIsAClash() {
    PluginJarBuilder.build(plugins.resolve("a.jar"), "a.APlugin", "twin", "1.0.0", Behaviour.GOOD);
    PluginJarBuilder.build(plugins.resolve("b.jar"), "b.BPlugin", "twin", "1.0.0", Behaviour.GOOD);
    settle();
    assertEquals("a.jar", host.active("twin").orElseThrow().origin());
    assertTrue(find("b.jar").orElseThrow().reason().startsWith("clashes with twin 1.0.0 from a.jar"));
  }

  @Test
  void quarantineInServiceFallsBackToTheLowerVersionUntilTheJarChanges() {
    PluginJarBuilder.build(plugins.resolve("v1.jar"), "q.QPlugin", "quarry", "1.0.0", Behaviour.GOOD);
    PluginJarBuilder.build(plugins.resolve("v2.jar"), "q.QPlugin", "quarry", "2.0.0", Behaviour.THROWS);
    settle();
    InstalledProduct v2 = host.active("quarry").orElseThrow();
    host.quarantine(v2, "evaluate threw IllegalStateException");
    assertEquals("1.0.0", host.active("quarry").orElseThrow().version());
    assertEquals(ProductStatus.QUARANTINED, find("v2.jar").orElseThrow().status());

    PluginJarBuilder.build(plugins.resolve("v2.jar"), "q.QPlugin", "quarry", "2.0.1", Behaviour.GOOD);
    try {
      Files.setLastModifiedTime(plugins.resolve("v2.jar"), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    settle();
    assertEquals("2.0.1", host.active("quarry").orElseThrow().version());
  }

  @Test
  void aReleasedProductServesItsQuarantinedVersionAgain() {
    PluginJarBuilder.build(plugins.resolve("r1.jar"), "r.RPlugin", "rel", "1.0.0", Behaviour.GOOD);
    PluginJarBuilder.build(plugins.resolve("r2.jar"), "r.RPlugin", "rel", "2.0.0", Behaviour.GOOD);
    settle();
    host.quarantine(host.active("rel").orElseThrow(), "quarantined by admin: suspected bug");
    assertEquals("1.0.0", host.active("rel").orElseThrow().version());
    assertTrue(host.quarantinedInService(find("r2.jar").orElseThrow()));
    assertTrue(host.release("rel"));
    assertEquals("2.0.0", host.active("rel").orElseThrow().version());
    assertEquals(false, host.release("rel"), "nothing left to release");
  }

  @Test
  void anUpgradeOfAClassPathProductRunsItsOwnClassesNotTheOldOnes() throws Exception {
    // the "built-in" v1 lives on the parent class path; the dropped v2 has the very same class name
    Path builtIn = PluginJarBuilder.build(tmp.resolve("builtin/bp.jar"), "bp.BillPlugin", "bp", "1.0.0", Behaviour.GOOD);
    try (URLClassLoader parent = new URLClassLoader(new java.net.URL[] {builtIn.toUri().toURL()}, getClass().getClassLoader());
        PluginHost withBuiltIn = new PluginHost(tmp.resolve("p2"), tmp.resolve("c2"), parent)) {
      assertEquals(InstalledProduct.BUILT_IN, withBuiltIn.active("bp").orElseThrow().origin());
      PluginJarBuilder.build(tmp.resolve("p2/bp-2.jar"), "bp.BillPlugin", "bp", "2.0.0", Behaviour.GOOD);
      withBuiltIn.scan();
      withBuiltIn.scan();
      InstalledProduct active = withBuiltIn.active("bp").orElseThrow();
      assertEquals("2.0.0", active.version());
      assertEquals("bp-2.jar", active.origin());
      assertTrue(active.plugin().getClass() != withBuiltIn.catalogue().get(0).plugin().getClass());
    }
  }

  @Test
  void reloadCyclesDoNotLeakClassLoadersOrCopies() throws Exception {
    List<WeakReference<ClassLoader>> loaders = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      PluginJarBuilder.build(plugins.resolve("cycle.jar"), "cycle.CyclePlugin", "cycle", "1.0." + i, Behaviour.GOOD);
      Files.setLastModifiedTime(plugins.resolve("cycle.jar"), java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 1)));
      settle();
      InstalledProduct p = host.active("cycle").orElseThrow();
      assertEquals("1.0." + i, p.version());
      loaders.add(new WeakReference<>(p.plugin().getClass().getClassLoader()));
    }
    Files.delete(plugins.resolve("cycle.jar"));
    host.scan();
    assertTrue(host.catalogue().isEmpty());
    for (int attempt = 0; attempt < 50 && loaders.stream().anyMatch(r -> r.get() != null); attempt++) {
      System.gc();
      Thread.sleep(50);
    }
    long alive = loaders.stream().filter(r -> r.get() != null).count();
    assertEquals(0, alive, "class loaders of unloaded plug-ins must be collectable");
    assertEquals(List.of(), PluginJarBuilder.jarsIn(tmp.resolve("cache")), "private copies are deleted on unload");
  }

  /**
   * Issue 13: a product team adds and removes its jar a hundred times; the server must not grow. Every loader of an
   * unloaded plug-in is collectable and, after collection, the JVM holds no more classes than before the cycles (a
   * leaked loader would keep at least its plug-in class: 100 classes). Metaspace is printed for the record.
   */
  @Test
  void hundredAddRemoveCyclesLeaveNoClassLoadersOrClassesBehind() throws Exception {
    Path built = PluginJarBuilder.build(tmp.resolve("built").resolve("cycle.jar"), "cycle.CyclePlugin", "cycle", "1.0.0", Behaviour.GOOD);
    var classes = java.lang.management.ManagementFactory.getClassLoadingMXBean();
    // one cycle first, so that the host's and the JDK's own classes for loading a plug-in are loaded before counting
    Files.copy(built, plugins.resolve("cycle.jar"));
    Files.setLastModifiedTime(plugins.resolve("cycle.jar"), java.nio.file.attribute.FileTime.fromMillis(1_000_000L));
    settle();
    List<WeakReference<ClassLoader>> warmUp = List.of(new WeakReference<>(host.active("cycle").orElseThrow().plugin().getClass().getClassLoader()));
    Files.delete(plugins.resolve("cycle.jar"));
    host.scan();
    assertTrue(host.active("cycle").isEmpty());
    collect(warmUp);
    long classesBefore = classes.getLoadedClassCount();
    long metaspaceBefore = metaspaceUsed();

    List<WeakReference<ClassLoader>> loaders = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      Path jar = plugins.resolve("cycle.jar");
      Files.copy(built, jar);
      Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 2)));
      settle();
      InstalledProduct p = host.active("cycle").orElseThrow();
      loaders.add(new WeakReference<>(p.plugin().getClass().getClassLoader()));
      p = null;
      Files.delete(jar);
      host.scan();
      assertTrue(host.active("cycle").isEmpty(), "removed in cycle " + i);
    }
    collect(loaders);
    long alive = loaders.stream().filter(r -> r.get() != null).count();
    long classesAfter = classes.getLoadedClassCount();
    long metaspaceAfter = metaspaceUsed();
    System.out.printf("[measure] 100 add/remove cycles: classes %d -> %d, metaspace %d KiB -> %d KiB, %d of 100 loaders alive%n",
        classesBefore, classesAfter, metaspaceBefore / 1024, metaspaceAfter / 1024, alive);
    assertEquals(0, alive, "class loaders of removed plug-ins must be collectable");
    assertTrue(classesAfter - classesBefore < 50, "classes grew from " + classesBefore + " to " + classesAfter);
    assertEquals(List.of(), PluginJarBuilder.jarsIn(tmp.resolve("cache")), "private copies are deleted on unload");
  }

  private static void collect(List<WeakReference<ClassLoader>> loaders) throws InterruptedException {
    for (int attempt = 0; attempt < 50; attempt++) {
      System.gc();
      Thread.sleep(50);
      if (attempt >= 3 && loaders.stream().allMatch(r -> r.get() == null)) return;
    }
  }

  private static long metaspaceUsed() {
    return java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getName().equals("Metaspace")).mapToLong(pool -> pool.getUsage().getUsed()).sum();
  }
}
