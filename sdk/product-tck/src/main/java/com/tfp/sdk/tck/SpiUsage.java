package com.tfp.sdk.tck;

import com.tfp.spi.SemanticVersion;
import com.tfp.spi.Since;
import com.tfp.spi.VersionRange;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which SPI version a plug-in's bytecode needs: every {@code com.tfp.spi} class and member its constant pools name,
 * each as new as its {@link Since} (and its type's; none means 1.0). A range whose lower bound is older admits the
 * plug-in on a host that lacks what it calls — it would load there and fail at the first call with
 * {@code NoClassDefFoundError} or {@code NoSuchMethodError}.
 */
final class SpiUsage {

  private static final String SPI = "com/tfp/spi/";
  private static final Pattern SPI_TYPE = Pattern.compile("L(com/tfp/spi/[^;]+);");
  private static final Map<String, String> PRIMITIVES = Map.of(
      "Z", "boolean", "B", "byte", "C", "char", "S", "short", "I", "int", "J", "long", "F", "float", "D", "double");
  private static final SemanticVersion FIRST = SemanticVersion.parse("1.0");

  /** What the plug-in uses, by the SPI version that added it: "com.tfp.spi.calc.Money.show(BigDecimal, String)" → 1.3.0. */
  private final Map<String, SemanticVersion> uses = new TreeMap<>();
  private final List<String> missing = new ArrayList<>();

  static SpiUsage of(List<ClassFileScan> scans) {
    SpiUsage u = new SpiUsage();
    for (ClassFileScan s : scans) {
      for (String c : s.classes()) u.type(c);
      for (ClassFileScan.MemberRef r : s.references()) {
        Matcher m = SPI_TYPE.matcher(r.descriptor());
        while (m.find()) u.type(m.group(1));
        if (r.owner().startsWith(SPI)) u.member(r);
      }
    }
    return u;
  }

  /** The newest SPI version among what the plug-in uses (1.0 when it uses nothing added later). */
  SemanticVersion needs() {
    return uses.values().stream().max(SemanticVersion::compareTo).orElse(FIRST);
  }

  /** Why the range's lower bound is too old for what the plug-in uses, one line per use; empty when it is not. */
  List<String> problems(VersionRange range) {
    List<String> f = new ArrayList<>(missing);
    SemanticVersion lower = range.lower();
    uses.forEach((what, since) -> {
      // a member of a type that is itself too new is said once, with its type
      boolean typeSaysIt = uses.entrySet().stream().anyMatch(t -> what.startsWith(t.getKey() + ".") && t.getValue().compareTo(lower) > 0);
      if (since.compareTo(lower) > 0 && !typeSaysIt) {
        f.add("uses " + what + ", added in SPI " + since.major() + "." + since.minor() + ", but its range " + range
            + " admits SPI " + lower.major() + "." + lower.minor() + ": a host of that version would load it and fail at the first call");
      }
    });
    SemanticVersion needs = needs();
    if (f.size() > missing.size()) {
      f.add("raise the lower bound to what the plug-in uses: [" + needs.major() + "." + needs.minor() + ","
          + (range.upper() == null ? (needs.major() + 1) + ".0" : range.upper().major() + "." + range.upper().minor()) + ")");
    }
    return f;
  }

  private void type(String internalName) {
    String name = internalName.replaceFirst("^\\[+L?", "").replaceFirst(";$", "");
    if (!name.startsWith(SPI)) return;
    Class<?> c = load(name);
    if (c != null) uses.merge(c.getName(), since(c), SpiUsage::newer);
  }

  private void member(ClassFileScan.MemberRef r) {
    Class<?> owner = load(r.owner());
    if (owner == null) return;
    AnnotatedElement found = find(owner, r);
    if (found == null) {
      missing.add("uses " + r + " which SPI " + com.tfp.spi.SpiVersion.CURRENT + " does not have");
      return;
    }
    SemanticVersion since = newer(since(owner), own(found));
    Class<?> declaring = found instanceof Executable e ? e.getDeclaringClass() : ((Field) found).getDeclaringClass();
    if (declaring.getName().startsWith("com.tfp.spi.")) since = newer(since, since(declaring));
    uses.merge(show(owner, r), since, SpiUsage::newer);
  }

  private Class<?> load(String internalName) {
    try {
      return Class.forName(internalName.replace('/', '.'), false, SpiUsage.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      missing.add("uses " + internalName.replace('/', '.') + " which SPI " + com.tfp.spi.SpiVersion.CURRENT + " does not have");
      return null;
    }
  }

  /** The field, method or constructor the reference resolves to, as the JVM resolves it (the type, then its supertypes). */
  private static AnnotatedElement find(Class<?> owner, ClassFileScan.MemberRef r) {
    if (r.name().equals("<init>")) {
      for (Constructor<?> c : owner.getDeclaredConstructors()) if (descriptor(c.getParameterTypes(), void.class).equals(r.descriptor())) return c;
      return null;
    }
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(owner));
    while (!todo.isEmpty()) {
      Class<?> c = todo.pop();
      if (r.method()) {
        for (Method m : c.getDeclaredMethods()) {
          if (m.getName().equals(r.name()) && descriptor(m.getParameterTypes(), m.getReturnType()).equals(r.descriptor())) return m;
        }
      } else {
        for (Field f : c.getDeclaredFields()) if (f.getName().equals(r.name()) && descriptor(f.getType()).equals(r.descriptor())) return f;
      }
      if (c.getSuperclass() != null) todo.add(c.getSuperclass());
      todo.addAll(Arrays.asList(c.getInterfaces()));
      if (c.isInterface() && todo.isEmpty()) todo.add(Object.class);
    }
    return null;
  }

  /** A type is as new as its own {@link Since} and those of the types it is nested in. */
  private static SemanticVersion since(Class<?> c) {
    SemanticVersion v = own(c);
    for (Class<?> outer = c.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) v = newer(v, own(outer));
    return v;
  }

  private static SemanticVersion own(AnnotatedElement e) {
    Since s = e.getAnnotation(Since.class);
    return s == null ? FIRST : SemanticVersion.parse(s.value());
  }

  private static SemanticVersion newer(SemanticVersion a, SemanticVersion b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static String show(Class<?> owner, ClassFileScan.MemberRef r) {
    String name = owner.getName() + "." + (r.name().equals("<init>") ? "new" : r.name());
    if (!r.method()) return name;
    List<String> params = new ArrayList<>();
    Matcher m = Pattern.compile("\\[*(L[^;]+;|[BCDFIJSZ])").matcher(r.descriptor().substring(1, r.descriptor().indexOf(')')));
    while (m.find()) {
      String t = m.group();
      String simple = t.replaceFirst("^\\[*", "");
      simple = simple.startsWith("L") ? simple.substring(simple.lastIndexOf('/') + 1, simple.length() - 1) : PRIMITIVES.get(simple);
      params.add(simple.replace('$', '.') + "[]".repeat(t.length() - t.replaceFirst("^\\[*", "").length()));
    }
    return name + "(" + String.join(", ", params) + ")";
  }

  private static String descriptor(Class<?>[] params, Class<?> result) {
    StringBuilder b = new StringBuilder("(");
    for (Class<?> p : params) b.append(descriptor(p));
    return b.append(')').append(descriptor(result)).toString();
  }

  private static String descriptor(Class<?> t) {
    if (t.isArray()) return "[" + descriptor(t.getComponentType());
    if (!t.isPrimitive()) return "L" + t.getName().replace('.', '/') + ";";
    return switch (t.getName()) {
      case "void" -> "V";
      case "boolean" -> "Z";
      case "byte" -> "B";
      case "char" -> "C";
      case "short" -> "S";
      case "int" -> "I";
      case "long" -> "J";
      case "float" -> "F";
      default -> "D";
    };
  }
}
