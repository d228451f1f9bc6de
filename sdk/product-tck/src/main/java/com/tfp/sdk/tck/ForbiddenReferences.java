package com.tfp.sdk.tck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a plug-in's classes must not refer to, and why, in words a product owner reads in the report. An evaluation is
 * a pure function of its request and context (SPI {@code ProductPlugin}): it reads no clock, does no I/O, starts no
 * thread, draws no random number, reads no environment and keeps no state between calls. Money is BigDecimal from
 * input to answer: no conversion to or from {@code double}.
 */
final class ForbiddenReferences {

  /** A class or member prefix and the reason it is forbidden. */
  private record Rule(String prefix, String reason) {
    /** A package ({@code java/net/}), a member ({@code java/lang/System.nanoTime}) or a class and its members. */
    boolean matches(String qualified) {
      if (prefix.endsWith("/") || prefix.contains(".")) return qualified.startsWith(prefix);
      return qualified.equals(prefix) || qualified.startsWith(prefix + ".") || qualified.startsWith(prefix + "$");
    }
  }

  private static final List<Rule> PURITY = List.of(
      new Rule("java/lang/System.currentTimeMillis", "reads the system clock"),
      new Rule("java/lang/System.nanoTime", "reads the system clock"),
      new Rule("java/time/Clock", "reads the system clock"),
      new Rule("java/time/Instant.now", "reads the system clock"),
      new Rule("java/time/LocalDate.now", "reads the system clock"),
      new Rule("java/time/LocalDateTime.now", "reads the system clock"),
      new Rule("java/time/LocalTime.now", "reads the system clock"),
      new Rule("java/time/ZonedDateTime.now", "reads the system clock"),
      new Rule("java/time/OffsetDateTime.now", "reads the system clock"),
      new Rule("java/time/YearMonth.now", "reads the system clock"),
      new Rule("java/time/Year.now", "reads the system clock"),
      new Rule("java/util/Date.<init>()V", "reads the system clock"),
      new Rule("java/util/Calendar.getInstance", "reads the system clock"),
      new Rule("java/lang/System.out", "writes to the console (I/O)"),
      new Rule("java/lang/System.err", "writes to the console (I/O)"),
      new Rule("java/lang/System.in", "reads the console (I/O)"),
      new Rule("java/lang/System.getenv", "reads the environment"),
      new Rule("java/lang/System.getProperty", "reads the environment"),
      new Rule("java/lang/System.getProperties", "reads the environment"),
      new Rule("java/lang/System.setProperty", "changes the environment"),
      new Rule("java/lang/System.exit", "stops the server"),
      new Rule("java/lang/Runtime", "reaches the runtime (processes, exit, memory)"),
      new Rule("java/lang/ProcessBuilder", "starts a process"),
      new Rule("java/io/File", "does file I/O"),
      new Rule("java/io/FileInputStream", "does file I/O"),
      new Rule("java/io/FileOutputStream", "does file I/O"),
      new Rule("java/io/FileReader", "does file I/O"),
      new Rule("java/io/FileWriter", "does file I/O"),
      new Rule("java/io/RandomAccessFile", "does file I/O"),
      new Rule("java/io/Reader", "does I/O"),
      new Rule("java/io/Writer", "does I/O"),
      new Rule("java/io/InputStream", "does I/O"),
      new Rule("java/io/OutputStream", "does I/O"),
      new Rule("java/io/PrintStream", "does I/O"),
      new Rule("java/io/BufferedReader", "does I/O"),
      new Rule("java/nio/file/", "does file I/O"),
      new Rule("java/nio/channels/", "does I/O"),
      new Rule("java/net/", "uses the network"),
      new Rule("java/sql/", "uses a database"),
      new Rule("java/lang/Thread", "uses threads"),
      new Rule("java/lang/ThreadLocal", "keeps per-thread state"),
      new Rule("java/util/concurrent/Executor", "uses threads"),
      new Rule("java/util/concurrent/Executors", "uses threads"),
      new Rule("java/util/concurrent/ExecutorService", "uses threads"),
      new Rule("java/util/concurrent/CompletableFuture", "uses threads"),
      new Rule("java/util/concurrent/ForkJoinPool", "uses threads"),
      new Rule("java/util/Timer", "uses threads"),
      new Rule("java/util/Random", "draws random numbers"),
      new Rule("java/security/SecureRandom", "draws random numbers"),
      new Rule("java/util/concurrent/ThreadLocalRandom", "draws random numbers"),
      new Rule("java/lang/Math.random", "draws random numbers"),
      new Rule("java/util/UUID.randomUUID", "draws random numbers"),
      new Rule("java/lang/Class.forName", "loads classes by name (reflection)"),
      new Rule("java/lang/reflect/", "uses reflection"),
      new Rule("java/lang/ClassLoader", "uses class loaders"),
      new Rule("java/util/logging/", "writes a log (I/O)"),
      new Rule("java/lang/System$Logger", "writes a log (I/O)"));

  private static final List<Rule> MONEY = List.of(
      new Rule("java/math/BigDecimal.doubleValue", "turns a decimal into a double"),
      new Rule("java/math/BigDecimal.floatValue", "turns a decimal into a float"),
      new Rule("java/math/BigDecimal.valueOf(D)", "makes a decimal from a double"),
      new Rule("java/math/BigDecimal.<init>(D", "makes a decimal from a double"),
      new Rule("java/lang/Double.parseDouble", "reads a number as a double"),
      new Rule("java/lang/Double.valueOf", "reads a number as a double"),
      new Rule("java/lang/Float.parseFloat", "reads a number as a float"),
      new Rule("java/lang/Float.valueOf", "reads a number as a float"));

  /** Field types that are mutable whatever the field's modifier says. */
  private static final Set<String> MUTABLE_TYPES = Set.of(
      "Ljava/util/HashMap;", "Ljava/util/LinkedHashMap;", "Ljava/util/TreeMap;", "Ljava/util/ArrayList;",
      "Ljava/util/LinkedList;", "Ljava/util/HashSet;", "Ljava/util/LinkedHashSet;", "Ljava/util/TreeSet;",
      "Ljava/lang/StringBuilder;", "Ljava/util/concurrent/ConcurrentHashMap;",
      "Ljava/util/concurrent/atomic/AtomicInteger;", "Ljava/util/concurrent/atomic/AtomicLong;",
      "Ljava/util/concurrent/atomic/AtomicReference;", "Ljava/util/concurrent/atomic/AtomicBoolean;");

  private ForbiddenReferences() {}

  /** Every impure reference and static mutable field of the class, as report lines. */
  static List<String> impurities(ClassFileScan scan) {
    List<String> found = new ArrayList<>();
    for (ClassFileScan.MemberRef ref : scan.references()) {
      reason(PURITY, ref).ifPresent(r -> found.add(scan.className() + " " + r + ": " + ref));
    }
    for (String c : scan.classes()) {
      if (c.startsWith("[")) continue;
      reason(PURITY, c).filter(r -> scan.references().stream().noneMatch(m -> m.owner().equals(c)))
          .ifPresent(r -> found.add(scan.className() + " " + r + ": uses " + c.replace('/', '.')));
    }
    for (ClassFileScan.StaticField f : scan.staticFields()) {
      if (f.synthetic()) continue;
      if (!f.isFinal()) {
        found.add(scan.className() + " keeps static mutable state: field " + f.name() + " is static and not final");
      } else if (MUTABLE_TYPES.contains(f.descriptor())) {
        found.add(scan.className() + " keeps static mutable state: static final field " + f.name() + " is a mutable "
            + f.descriptor().substring(1, f.descriptor().length() - 1).replace('/', '.'));
      }
    }
    return found;
  }

  /** Every conversion of money to or from binary floating point in the class, as report lines. */
  static List<String> floatingPointMoney(ClassFileScan scan) {
    List<String> found = new ArrayList<>();
    for (ClassFileScan.MemberRef ref : scan.references()) {
      reason(MONEY, ref).ifPresent(r -> found.add(scan.className() + " " + r + ": " + ref));
    }
    return found;
  }

  private static Optional<String> reason(List<Rule> rules, ClassFileScan.MemberRef ref) {
    return reason(rules, ref.owner() + "." + ref.name() + ref.descriptor());
  }

  private static Optional<String> reason(List<Rule> rules, String qualified) {
    return rules.stream().filter(r -> r.matches(qualified)).map(Rule::reason).findFirst();
  }
}
