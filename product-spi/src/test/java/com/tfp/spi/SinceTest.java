package com.tfp.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link Since} is what the compatibility kit holds a plug-in's SPI range to, so it must be true: every public type and
 * member this SPI has and the last released one (the japicmp baseline, src/baseline) lacks says a version after that
 * release and no later than {@link SpiVersion#CURRENT}. Adding a member without {@code @Since} fails here.
 */
class SinceTest {

  static final String BASELINE_VERSION = "1.1.0";
  static final Path BASELINE = Path.of("src/baseline/product-spi-" + BASELINE_VERSION + ".jar");
  static final Path CLASSES = Path.of("target/classes");

  @Test
  void everyAdditionSinceTheReleasedSpiSaysWhichVersionAddedIt() throws Exception {
    SemanticVersion released = SemanticVersion.parse(BASELINE_VERSION);
    List<String> unmarked = new ArrayList<>();
    try (URLClassLoader baseline = new URLClassLoader(new URL[] {BASELINE.toUri().toURL()}, null)) {
      for (Class<?> c : spiClasses()) {
        Class<?> old = load(baseline, c.getName());
        if (old == null) {
          if (since(c).compareTo(released) <= 0) unmarked.add(c.getName() + " is new since " + released + " without @Since");
          continue;
        }
        for (Member m : publicMembers(c)) {
          if (!has(old, m) && newest(c, m).compareTo(released) <= 0) {
            unmarked.add(c.getName() + "." + m.getName() + " is new since " + released + " without @Since");
          }
        }
      }
    }
    assertEquals(List.of(), unmarked);
  }

  @Test
  void noSinceIsNewerThanThisSpi() throws Exception {
    SemanticVersion current = SpiVersion.CURRENT;
    for (Class<?> c : spiClasses()) {
      assertTrue(since(c).compareTo(current) <= 0, c::getName);
      for (Member m : publicMembers(c)) assertTrue(newest(c, m).compareTo(current) <= 0, () -> c.getName() + "." + m.getName());
    }
  }

  private static List<Class<?>> spiClasses() throws Exception {
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(CLASSES)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = CLASSES.relativize(p).toString().replace(p.getFileSystem().getSeparator(), ".").replaceAll("\\.class$", "");
        Class<?> c = Class.forName(name, false, SinceTest.class.getClassLoader());
        if (Modifier.isPublic(c.getModifiers()) && !c.isSynthetic()) out.add(c);
      }
    }
    return out;
  }

  private static List<Member> publicMembers(Class<?> c) {
    List<Member> out = new ArrayList<>();
    Stream.of(c.getDeclaredMethods(), c.getDeclaredConstructors(), c.getDeclaredFields())
        .flatMap(Arrays::stream)
        .filter(m -> (m.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED)) != 0 && !m.isSynthetic())
        .forEach(out::add);
    return out;
  }

  private static boolean has(Class<?> old, Member m) {
    try {
      if (m instanceof Method x) old.getDeclaredMethod(x.getName(), names(old, x.getParameterTypes()));
      else if (m instanceof Constructor<?> x) old.getDeclaredConstructor(names(old, x.getParameterTypes()));
      else old.getDeclaredField(((Field) m).getName());
      return true;
    } catch (NoSuchMethodException | NoSuchFieldException | ClassNotFoundException e) {
      return false;
    }
  }

  /** The parameter types as the baseline's own classes (an SPI type there is a different class from the current one). */
  private static Class<?>[] names(Class<?> old, Class<?>[] types) throws ClassNotFoundException {
    Class<?>[] out = new Class<?>[types.length];
    for (int i = 0; i < types.length; i++) {
      out[i] = types[i].isPrimitive() ? types[i] : Class.forName(types[i].getName(), false, old.getClassLoader());
    }
    return out;
  }

  private static Class<?> load(ClassLoader loader, String name) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  private static SemanticVersion newest(Class<?> c, Member m) {
    SemanticVersion v = since(c);
    SemanticVersion own = own((AnnotatedElement) m);
    return own.compareTo(v) > 0 ? own : v;
  }

  private static SemanticVersion since(Class<?> c) {
    SemanticVersion v = own(c);
    for (Class<?> outer = c.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
      SemanticVersion o = own(outer);
      if (o.compareTo(v) > 0) v = o;
    }
    return v;
  }

  private static SemanticVersion own(AnnotatedElement e) {
    Since s = e.getAnnotation(Since.class);
    return SemanticVersion.parse(s == null ? "1.0" : s.value());
  }
}
