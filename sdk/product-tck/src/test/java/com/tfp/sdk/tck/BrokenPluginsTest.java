package com.tfp.sdk.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.SpiVersion;
import fixtures.base.SmallAdvance;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kit fails each deliberately broken plug-in on the clause it breaks, with a reason a product owner can read, and
 * passes the correct one on every clause. Each fixture is laid out as a plug-in of its own (its classes, the shared
 * base's classes and a services file) in a temporary directory, and loaded from there as the platform would.
 */
class BrokenPluginsTest {

  @TempDir
  Path temp;

  static final List<ExampleCase> EXAMPLES = examples("""
      typical.title=USD 100,000.00 invoice, 90 days
      typical.currency=USD
      typical.valueDate=2026-06-01
      typical.fact.invoiceAmount=100000.00
      typical.fact.termDays=90
      typical.fact.buyerCountry=DE
      typical.fact.discountRate=0.05
      typical.expect.decision=APPROVABLE
      typical.expect.maxAmount=80000.00
      typical.expect.maturityDate=2026-08-30
      """);

  @Test
  void theCorrectPluginPassesEveryClause() throws IOException {
    KitReport report = check("good");
    assertTrue(report.passed(), report::text);
    assertEquals(Clause.values().length, report.results().size());
    assertTrue(report.text().contains("RESULT: PASS — all 12 clauses hold"), report::text);
  }

  @Test
  void aPluginJarIsCheckedAsItsClassesDirectoryIs() throws IOException {
    Path dir = layOut("good", true);
    Path jar = temp.resolve("good-1.0.0.jar");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        out.putNextEntry(new java.util.zip.ZipEntry(dir.relativize(f).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(f));
        out.closeEntry();
      }
    }
    KitReport report = CompatibilityKit.check(PluginLocation.of(jar), EXAMPLES);
    assertTrue(report.passed(), report::text);
    assertTrue(report.text().contains("plug-in: " + jar), report::text);
  }

  @Test
  void aCodeTheReleasedVersionHadAndThisOneDroppedFailsIdentity() throws IOException {
    ReleasedIdentity released = new ReleasedIdentity("small-advance", "0.9.0", List.of(),
        List.of("invoiceAmount", "termDays", "buyerName"), List.of(), List.of("SA-INVOICE"));
    Path good = layOut("good", true);
    KitReport report = CompatibilityKit.check(PluginLocation.of(good), EXAMPLES, released);
    assertFails(report, Clause.IDENTITY, "fact buyerName of released version 0.9.0 is gone: deals, API clients and the bank's settings that use it break");
    // what the kit would have the team commit at this release
    assertTrue(report.identityText().orElseThrow().contains("facts=invoiceAmount,termDays,buyerCountry,discountRate"), report.identityText()::toString);
    assertPasses(CompatibilityKit.check(PluginLocation.of(good), EXAMPLES,
        ReleasedIdentity.load(new java.io.ByteArrayInputStream(report.identityText().get().getBytes(java.nio.charset.StandardCharsets.UTF_8)))),
        Clause.IDENTITY);
  }

  @Test
  void anUncitedStepFailsCitations() throws IOException {
    KitReport report = check("uncited");
    assertFails(report, Clause.CITATIONS, "typical: term step 'Term asked for' cites no source");
    // the platform would refuse the answer too
    assertFails(report, Clause.EXAMPLES, "the platform would not pass this answer on: term step 'Term asked for' without a source");
  }

  @Test
  void readingTheClockFailsPurity() throws IOException {
    KitReport report = check("clock");
    assertFails(report, Clause.PURITY, "fixtures.clock.Plugin reads the system clock: java.time.LocalDate.now()");
    assertPasses(report, Clause.DETERMINISM); // the same day gives the same answer: only the scan can see it
  }

  @Test
  void anExceptionOnAMissingFactFailsRefusals() throws IOException {
    KitReport report = check("missingfact");
    assertFails(report, Clause.REFUSALS, "typical without discountRate: evaluate() threw NoSuchElementException: fact discountRate was not given");
    assertFails(report, Clause.REFUSALS, "at fixtures.missingfact.Plugin.advance(Plugin.java:11)");
  }

  @Test
  void moneyInDoubleFailsMoney() throws IOException {
    KitReport report = check("floating");
    assertFails(report, Clause.MONEY, "fixtures.floating.Plugin turns a decimal into a double: java.math.BigDecimal.doubleValue()");
    assertFails(report, Clause.MONEY, "fixtures.floating.Plugin makes a decimal from a double: java.math.BigDecimal.valueOf(D)");
  }

  @Test
  void aRangeForAnotherSpiMajorFailsSpiRange() throws IOException {
    KitReport report = check("spirange");
    assertFails(report, Clause.SPI_RANGE, "needs SPI [2.0.0,3.0.0) but the platform provides " + SpiVersion.CURRENT + ": the server would list it as QUARANTINED");
  }

  @Test
  void aBuildingBlockNewerThanTheRangesLowerBoundFailsSpiRange() throws IOException {
    KitReport report = check("newerspi");
    assertFails(report, Clause.SPI_RANGE, "uses com.tfp.spi.calc.Money.show(BigDecimal, String), added in SPI 1.3, but its range [1.0.0,2.0.0) admits SPI 1.0: a host of that version would load it and fail at the first call");
    assertFails(report, Clause.SPI_RANGE, "raise the lower bound to what the plug-in uses: [1.3,2.0)");
    assertPasses(report, Clause.EXAMPLES); // it works on this host: only the bytecode shows what an older one lacks
  }

  @Test
  void staticCountersFailPurityAndDeterminism() throws IOException {
    KitReport report = check("staticstate");
    assertFails(report, Clause.PURITY, "fixtures.staticstate.Plugin keeps static mutable state: field evaluations is static and not final");
    assertFails(report, Clause.DETERMINISM, "typical answers differently the second time: findings");
  }

  @Test
  void threadsFailPurity() throws IOException {
    KitReport report = check("threads");
    assertFails(report, Clause.PURITY, "fixtures.threads.Plugin uses threads: java.util.concurrent.CompletableFuture.supplyAsync");
  }

  @Test
  void aChineseNameInEnglishFailsLanguages() throws IOException {
    KitReport report = check("monolingual");
    assertFails(report, Clause.LANGUAGES, "product name: the Chinese text has no Chinese: 'Small advance'");
  }

  @Test
  void aNumberWithoutUnitAndABadDefaultFailForm() throws IOException {
    KitReport report = check("unitless");
    assertFails(report, Clause.FORM, "fact tenor: a INTEGER without a unit");
    assertFails(report, Clause.FORM, "fact buyerType: default 'PRIVATE' is not a value the input accepts");
  }

  @Test
  void withoutAServicesEntryNothingLoads() throws IOException {
    Path root = layOut("noservices", false);
    KitReport report = CompatibilityKit.check(PluginLocation.of(root), EXAMPLES);
    assertFails(report, Clause.LOADING, "no META-INF/services/com.tfp.spi.ProductPlugin naming the plug-in class");
    assertFails(report, Clause.EXAMPLES, "not checked: the plug-in did not load");
  }

  @Test
  void withoutExamplesTheExampleClauseFailsAndSaysWhatToAdd() throws IOException {
    KitReport report = CompatibilityKit.check(PluginLocation.of(layOut("good", true)), List.of());
    assertFails(report, Clause.EXAMPLES, "no example cases: add src/test/resources/tfp-examples.properties");
  }

  @Test
  void anExpectationTheProductDoesNotMeetFailsExamples() throws IOException {
    List<ExampleCase> wrong = examples("""
        typical.currency=USD
        typical.valueDate=2026-06-01
        typical.fact.invoiceAmount=100000.00
        typical.fact.termDays=90
        typical.expect.maxAmount=90000.00
        """);
    KitReport report = CompatibilityKit.check(PluginLocation.of(layOut("good", true)), wrong);
    assertFails(report, Clause.EXAMPLES, "typical: expected maxAmount 90000.00 but the plug-in answered 80000.00");
  }

  private KitReport check(String fixture) throws IOException {
    KitReport report = CompatibilityKit.check(PluginLocation.of(layOut(fixture, true)), EXAMPLES);
    System.out.println(report.text());
    return report;
  }

  private static void assertFails(KitReport report, Clause clause, String reason) {
    ClauseResult r = report.result(clause).orElseThrow();
    assertFalse(r.passed(), () -> clause + " should fail:\n" + report.text());
    assertTrue(r.failures().stream().anyMatch(f -> f.contains(reason)), () -> "no reason containing '" + reason + "':\n" + report.text());
    assertTrue(report.text().contains("FAIL  " + clause + " — "), report::text);
    assertFalse(report.passed());
  }

  private static void assertPasses(KitReport report, Clause clause) {
    assertTrue(report.result(clause).orElseThrow().passed(), () -> clause + " should pass:\n" + report.text());
  }

  /** The fixture's classes and the base's in a directory of their own, with a services file when asked. */
  private Path layOut(String fixture, boolean services) throws IOException {
    Path classes;
    try {
      classes = Path.of(SmallAdvance.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    Path root = Files.createDirectories(temp.resolve(fixture));
    for (String pkg : List.of("fixtures/base", "fixtures/" + fixture)) {
      Path to = Files.createDirectories(root.resolve(pkg));
      try (Stream<Path> files = Files.list(classes.resolve(pkg))) {
        for (Path f : files.toList()) Files.copy(f, to.resolve(f.getFileName()));
      }
    }
    if (services) {
      Path file = root.resolve(PluginLocation.SERVICES);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "fixtures." + fixture + ".Plugin\n");
    }
    return root;
  }

  private static List<ExampleCase> examples(String properties) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(properties));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return ExampleCase.parse(p);
  }
}
