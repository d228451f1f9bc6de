package com.tfp.sdk.tck;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.ParameterSpec;
import com.tfp.spi.ProductDescriptor;
import com.tfp.spi.ProductPlugin;
import com.tfp.spi.SemanticVersion;
import com.tfp.spi.SpiVersion;
import com.tfp.spi.Variant;
import com.tfp.spi.calc.Money;
import com.tfp.spi.context.EvaluationContext;
import com.tfp.spi.evaluation.ActionItem;
import com.tfp.spi.evaluation.AppliedDefault;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.EvaluationRequest;
import com.tfp.spi.evaluation.EvaluationSanity;
import com.tfp.spi.evaluation.Finding;
import com.tfp.spi.evaluation.RequiredDocument;
import com.tfp.spi.evaluation.Step;
import com.tfp.spi.facts.FactsParser;
import com.tfp.spi.facts.InvalidFactsException;
import com.tfp.spi.testing.TestReference;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLClassLoader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

/**
 * The product compatibility kit: loads a plug-in the way the platform does and checks the SPI contract clause by
 * clause ({@link Clause}), returning a {@link KitReport}. Use it through {@link ProductCompatibilityTest} in a plug-in's
 * tests; call {@link #check} directly to examine a jar.
 */
public final class CompatibilityKit {

  /** The platform's evaluation budget ({@code tfp.evaluation.timeoutMillis}). */
  static final long BUDGET_MILLIS = 2_000;
  /** Threads evaluating the examples at once, and rounds each thread runs. */
  static final int PARALLEL = 8;
  static final int ROUNDS = 4;
  /** The most decimals an explanatory amount step may show (a ratio such as 0.125, a rate such as 0.0360). */
  static final int EXPLANATION_SCALE = 6;

  /** How the platform's sanity check and the host's admission cite a source: {@code 004 Art.10}, {@code 001 NRA Art.6}. */
  static final Pattern SOURCE = Pattern.compile("\\d{3}( [^ ].*)?");
  static final Pattern PRODUCT_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  static final Pattern VARIANT_CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
  static final Pattern ITEM_CODE = Pattern.compile("[A-Z0-9]+([_-][A-Z0-9]+)*");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  private static final Pattern LATIN = Pattern.compile("[A-Za-z]");

  private CompatibilityKit() {}

  /** Checks the plug-in at the location against every clause, evaluating its example cases. */
  public static KitReport check(PluginLocation location, List<ExampleCase> examples) {
    return check(location, examples, null);
  }

  /**
   * Checks the plug-in at the location against every clause, evaluating its example cases; with the identity of its
   * last released version (or null), IDENTITY also fails on a code that version had and this one dropped.
   */
  public static KitReport check(PluginLocation location, List<ExampleCase> examples, ReleasedIdentity released) {
    String spi = SpiVersion.CURRENT.toString();
    List<ClauseResult> results = new ArrayList<>();
    List<String> loading = new ArrayList<>();
    ProductPlugin plugin = null;
    URLClassLoader loader = location.newClassLoader();
    try {
      List<String> registered = location.registeredClassNames();
      if (registered.isEmpty()) {
        loading.add("no " + PluginLocation.SERVICES + " naming the plug-in class in " + location.root());
      } else {
        List<ProductPlugin> providers = location.providers(loader);
        if (providers.size() != 1) {
          loading.add("the services file names " + registered + " and " + providers.size()
              + " plug-ins were created; the kit checks a location with exactly one");
        } else {
          plugin = providers.get(0);
        }
      }
    } catch (Throwable t) { // ServiceConfigurationError, LinkageError: what the server would log and quarantine
      loading.add("the platform could not create the plug-in: " + PluginLocation.describe(t)
          + " (a plug-in sees only the JDK and com.tfp.spi at run time)");
    }
    results.add(ClauseResult.of(Clause.LOADING, "services file and class loading in an SPI-only class loader", loading));
    if (plugin == null) {
      for (Clause c : Clause.values()) {
        if (c != Clause.LOADING) results.add(ClauseResult.of(c, "nothing", List.of("not checked: the plug-in did not load")));
      }
      close(loader);
      return new KitReport("(not loaded)", location.toString(), spi, results);
    }
    ProductDescriptor d;
    try {
      d = plugin.descriptor();
      Objects.requireNonNull(d, "descriptor() returned null");
    } catch (RuntimeException e) {
      for (Clause c : Clause.values()) {
        if (c != Clause.LOADING) {
          results.add(ClauseResult.of(c, "nothing", List.of("descriptor() failed: " + PluginLocation.describe(e))));
        }
      }
      close(loader);
      return new KitReport(plugin.getClass().getName(), location.toString(), spi, results);
    }
    Run run = new Run(location, plugin, d, examples, released);
    results.add(run.spiRange());
    results.add(ClauseResult.of(Clause.DESCRIPTOR, "the descriptor as the host admits it", d.problems()));
    run.evaluateExamples();
    results.add(run.identity());
    results.add(run.languages());
    results.add(run.form());
    results.add(run.examples());
    results.add(run.citations());
    results.add(run.determinism());
    List<ClauseResult> scans = run.scan();
    results.addAll(scans.subList(0, 1));
    results.add(run.money(scans.get(1)));
    results.add(run.refusals());
    close(loader);
    return new KitReport(d.id() + " " + d.version(), location.toString(), spi, results, ReleasedIdentity.of(d));
  }

  /**
   * The kit from the command line, for a built jar: {@code java -cp product-tck.jar:product-spi.jar:product-spi-tests.jar
   * com.tfp.sdk.tck.CompatibilityKit my-product.jar [tfp-examples.properties]}. Prints the report; exit status 1 when a
   * clause fails.
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: CompatibilityKit <plug-in jar or classes directory> [example cases .properties]");
      System.exit(2);
    }
    List<ExampleCase> examples = List.of();
    if (args.length == 2) {
      try (var in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(args[1]))) {
        examples = ExampleCase.load(in);
      }
    }
    KitReport report = check(PluginLocation.of(java.nio.file.Path.of(args[0])), examples);
    System.out.print(report.text());
    System.exit(report.passed() ? 0 : 1);
  }

  private static void close(URLClassLoader loader) {
    try {
      loader.close();
    } catch (IOException ignored) {
      // nothing holds the jar after the run
    }
  }

  /** One run of the kit over one plug-in: the example answers are computed once and shared by the clauses. */
  private static final class Run {
    private final PluginLocation location;
    private final ProductPlugin plugin;
    private final ProductDescriptor d;
    private final List<ExampleCase> examples;
    private final EvaluationContext context;
    private final Map<ExampleCase, Evaluation> answers = new LinkedHashMap<>();
    private final List<String> exampleFailures = new ArrayList<>();
    private final String pluginPackage;
    private final ReleasedIdentity released;

    Run(PluginLocation location, ProductPlugin plugin, ProductDescriptor d, List<ExampleCase> examples, ReleasedIdentity released) {
      this.released = released;
      this.location = location;
      this.plugin = plugin;
      this.d = d;
      this.examples = List.copyOf(examples);
      this.context = TestReference.context(d);
      this.pluginPackage = plugin.getClass().getPackageName();
    }

    ClauseResult spiRange() {
      List<String> f = new ArrayList<>();
      var range = d.spiVersions();
      SemanticVersion current = SpiVersion.CURRENT;
      SpiUsage usage;
      try {
        List<ClassFileScan> scans = new ArrayList<>();
        for (byte[] bytes : location.classFiles()) scans.add(ClassFileScan.read(bytes));
        usage = SpiUsage.of(scans);
      } catch (IOException e) {
        return ClauseResult.of(Clause.SPI_RANGE, "range " + range, List.of("cannot read the plug-in's classes: " + e.getMessage()));
      }
      if (range == null) {
        f.add("no SPI range: declare the SPI versions the plug-in was built for, e.g. [" + current.major() + "." + current.minor() + "," + (current.major() + 1) + ".0)");
      } else {
        if (!range.includes(current)) {
          f.add("needs SPI " + range + " but the platform provides " + current + ": the server would list it as QUARANTINED");
        }
        SemanticVersion nextMajor = new SemanticVersion(current.major() + 1, 0, 0, "");
        if (range.upper() == null) {
          f.add("SPI range " + range + " has no upper bound: a plug-in cannot promise to work with an SPI major that does not exist yet; use [" + range.lower().major() + "." + range.lower().minor() + "," + nextMajor.major() + ".0)");
        } else if (range.includes(nextMajor) || range.upper().compareTo(nextMajor) > 0) {
          f.add("SPI range " + range + " reaches the next major version " + nextMajor + ", which may break binary compatibility");
        }
        f.addAll(usage.problems(range));
      }
      return ClauseResult.of(Clause.SPI_RANGE, "range " + range + " against SPI " + current + "; its classes use SPI "
          + usage.needs().major() + "." + usage.needs().minor() + " at the most", f);
    }

    void evaluateExamples() {
      if (examples.isEmpty()) {
        exampleFailures.add("no example cases: add src/test/resources/tfp-examples.properties (see ExampleCase) with at least one case"
            + (d.hasVariants() ? " per variant" : ""));
        return;
      }
      for (ExampleCase c : examples) {
        try {
          EvaluationRequest request = request(c, c.facts());
          long start = System.nanoTime();
          Evaluation e = plugin.evaluate(request, context);
          long millis = (System.nanoTime() - start) / 1_000_000;
          if (millis > BUDGET_MILLIS) {
            exampleFailures.add(c + " took " + millis + " ms, over the platform's budget of " + BUDGET_MILLIS + " ms");
          }
          if (e == null) {
            exampleFailures.add(c + ": evaluate() returned null");
            continue;
          }
          answers.put(c, e);
          EvaluationSanity.problems(e, request).forEach(p -> exampleFailures.add(c + ": the platform would not pass this answer on: " + p));
          expectations(c, e);
        } catch (InvalidFactsException e) {
          exampleFailures.add(c + " is refused: " + e.getMessage() + " — an example must be a deal the product evaluates");
        } catch (RuntimeException | Error e) {
          exampleFailures.add(c + ": " + thrown(e));
        }
      }
      if (d.hasVariants()) {
        for (Variant v : d.variants()) {
          if (examples.stream().noneMatch(c -> v.code().equals(c.variant()))) {
            exampleFailures.add("no example case for variant " + v.code());
          }
        }
      }
    }

    private void expectations(ExampleCase c, Evaluation e) {
      c.expected().forEach((what, value) -> {
        String actual = switch (what) {
          case "decision" -> String.valueOf(e.decision());
          case "maxAmount" -> e.maxAmount() == null ? "none" : e.maxAmount().toPlainString();
          case "maturityDate" -> String.valueOf(e.maturityDate());
          case "maxTermDays" -> String.valueOf(e.maxTermDays());
          case "riskClass" -> String.valueOf(e.riskClass());
          case "lineOccupation" -> String.valueOf(e.lineOccupation());
          default -> null;
        };
        if (actual == null) {
          exampleFailures.add(c + ": unknown expectation '" + what + "' (decision, maxAmount, maturityDate, maxTermDays, riskClass, lineOccupation)");
        } else if (!actual.equals(value)) {
          exampleFailures.add(c + ": expected " + what + " " + value + " but the plug-in answered " + actual);
        }
      });
    }

    ClauseResult identity() {
      List<String> f = new ArrayList<>();
      if (d.id() == null || !PRODUCT_ID.matcher(d.id()).matches() || d.id().length() > 40) {
        f.add("product id '" + d.id() + "' is not lower-case words joined by hyphens (e.g. import-bill-advance), at most 40 characters");
      }
      if (d.version() == null) f.add("no version");
      for (Variant v : d.variants()) {
        if (v.code() == null || !VARIANT_CODE.matcher(v.code()).matches()) {
          f.add("variant code '" + v.code() + "' is not UPPER_SNAKE_CASE (e.g. PACKING_LOAN)");
        }
      }
      String first = identityOf(d);
      String again = identityOf(plugin.descriptor());
      if (!first.equals(again)) f.add("descriptor() answers differently on a second call: " + first + " then " + again);
      try (URLClassLoader fresh = location.newClassLoader()) {
        String reloaded = identityOf(location.providers(fresh).get(0).descriptor());
        if (!first.equals(reloaded)) f.add("a freshly loaded copy declares another identity: " + first + " then " + reloaded);
      } catch (IOException | RuntimeException e) {
        f.add("could not load a second copy: " + PluginLocation.describe(e));
      }
      if (released != null) f.addAll(released.droppedIn(d));
      d.documents().forEach(doc -> code("document", doc.code(), f));
      answers.forEach((c, e) -> {
        e.findings().forEach(x -> code(c + ": finding", x.code(), f));
        e.reviewChecklist().forEach(x -> code(c + ": checklist item", x.code(), f));
        e.obligations().forEach(x -> code(c + ": obligation", x.code(), f));
      });
      return ClauseResult.of(Clause.IDENTITY, "id " + d.id() + ", version " + d.version() + ", " + d.variants().size()
          + " variants, codes of " + answers.size() + " answers, a second call and a second load"
          + (released == null ? "; no released identity (" + ReleasedIdentity.RESOURCE + ") to compare with"
              : "; against released " + released.version()), f);
    }

    private static void code(String what, String code, List<String> f) {
      if (code == null || !ITEM_CODE.matcher(code).matches()) {
        String line = what + " code '" + code + "' is not upper case with - or _ (e.g. BP-TERM-REGION)";
        if (!f.contains(line)) f.add(line);
      }
    }

    private static String identityOf(ProductDescriptor x) {
      return x.id() + "@" + x.version() + " variants " + x.variants().stream().map(Variant::code).toList()
          + " facts " + x.facts().stream().map(fs -> fs.name()).toList()
          + " parameters " + x.parameters().stream().map(ParameterSpec::key).toList()
          + " documents " + x.documents().stream().map(doc -> doc.code()).toList();
    }

    ClauseResult languages() {
      List<String> f = new ArrayList<>();
      bilingual("product name", d.name(), f);
      bilingual("product description", d.description(), f);
      d.variants().forEach(v -> bilingual("variant " + v.code(), v.name(), f));
      FormCheck.texts(d.facts(), "fact ", (what, text) -> bilingual(what, text, f));
      d.documents().forEach(doc -> {
        bilingual("document " + doc.code(), doc.name(), f);
        bilingual("document " + doc.code() + " 'when'", doc.when(), f);
      });
      d.parameters().forEach(p -> bilingual("parameter " + p.key(), p.label(), f));
      answers.forEach((c, e) -> {
        e.findings().forEach(x -> bilingual(c + ": finding " + x.code(), x.message(), f));
        e.amountSteps().forEach(x -> bilingual(c + ": amount step", x.label(), f));
        e.termSteps().forEach(x -> bilingual(c + ": term step", x.label(), f));
        e.reviewChecklist().forEach(x -> bilingual(c + ": checklist item " + x.code(), x.text(), f));
        e.obligations().forEach(x -> bilingual(c + ": obligation " + x.code(), x.text(), f));
        e.requiredDocuments().forEach(x -> bilingual(c + ": document " + x.code(), x.name(), f));
        e.defaults().forEach(x -> bilingual(c + ": default " + x.field(), x.message(), f));
      });
      return ClauseResult.of(Clause.LANGUAGES, "the descriptor's texts and the texts of " + answers.size() + " answers", f);
    }

    /** Chinese with Han characters, English with Latin letters; a code written alike in both (AAA) is fine. */
    private static void bilingual(String what, LocalizedText t, List<String> f) {
      if (t == null) {
        f.add(what + ": no text");
        return;
      }
      if (t.zh().isBlank() && t.en().isBlank()) return;
      if (t.zh().equals(t.en()) && !HAN.matcher(t.zh()).find()) return;
      if (!HAN.matcher(t.zh()).find()) f.add(what + ": the Chinese text has no Chinese: '" + t.zh() + "'");
      if (!LATIN.matcher(t.en()).find()) f.add(what + ": the English text has no English: '" + t.en() + "'");
    }

    ClauseResult form() {
      List<String> f = new ArrayList<>();
      FormCheck form = new FormCheck(d);
      form.check(f);
      return ClauseResult.of(Clause.FORM, form.summary(), f);
    }

    ClauseResult examples() {
      return ClauseResult.of(Clause.EXAMPLES, examples.size() + " example cases"
          + (d.hasVariants() ? " over " + d.variants().size() + " variants" : ""), exampleFailures);
    }

    ClauseResult citations() {
      List<String> f = new ArrayList<>();
      d.parameters().forEach(p -> cited("parameter " + p.key(), p.source(), f));
      d.documents().forEach(doc -> cited("document " + doc.code(), doc.source(), f));
      int items = 0;
      for (Map.Entry<ExampleCase, Evaluation> a : answers.entrySet()) {
        ExampleCase c = a.getKey();
        Evaluation e = a.getValue();
        for (Finding x : e.findings()) cited(c + ": finding " + x.code(), x.source(), f);
        for (Step x : e.amountSteps()) cited(c + ": amount step '" + x.label().en() + "'", x.source(), f);
        for (Step x : e.termSteps()) cited(c + ": term step '" + x.label().en() + "'", x.source(), f);
        for (AppliedDefault x : e.defaults()) cited(c + ": default " + x.field(), x.source(), f);
        for (ActionItem x : e.reviewChecklist()) cited(c + ": checklist item " + x.code(), x.source(), f);
        for (ActionItem x : e.obligations()) cited(c + ": obligation " + x.code(), x.source(), f);
        for (RequiredDocument x : e.requiredDocuments()) cited(c + ": document " + x.code(), x.source(), f);
        items += e.findings().size() + e.amountSteps().size() + e.termSteps().size() + e.defaults().size()
            + e.reviewChecklist().size() + e.obligations().size() + e.requiredDocuments().size();
      }
      return ClauseResult.of(Clause.CITATIONS, items + " findings, steps and items of " + answers.size()
          + " answers; parameters and documents of the descriptor", f);
    }

    private static void cited(String what, String source, List<String> f) {
      if (source == null || !SOURCE.matcher(source).matches()) {
        f.add(what + " cites no source (" + source + "): cite '<seed> <article>', e.g. '004 Art.10', or the article a bank default fills in for");
      }
    }

    ClauseResult determinism() {
      List<String> f = new ArrayList<>();
      for (Map.Entry<ExampleCase, Evaluation> a : answers.entrySet()) {
        try {
          Evaluation again = plugin.evaluate(request(a.getKey(), a.getKey().facts()), context);
          if (!a.getValue().equals(again)) f.add(a.getKey() + " answers differently the second time: " + difference(a.getValue(), again));
        } catch (RuntimeException | Error e) {
          f.add(a.getKey() + " fails the second time: " + thrown(e));
        }
      }
      ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
      try {
        List<Future<List<String>>> runs = new ArrayList<>();
        for (int t = 0; t < PARALLEL; t++) {
          int offset = t;
          runs.add(pool.submit(() -> {
            List<String> out = new ArrayList<>();
            List<Map.Entry<ExampleCase, Evaluation>> list = new ArrayList<>(answers.entrySet());
            for (int r = 0; r < ROUNDS; r++) {
              for (int i = 0; i < list.size(); i++) {
                var a = list.get((i + offset) % list.size());
                Evaluation e = plugin.evaluate(request(a.getKey(), a.getKey().facts()), context);
                if (!a.getValue().equals(e)) out.add(a.getKey() + " answers differently when evaluated in parallel: " + difference(a.getValue(), e));
              }
            }
            return out;
          }));
        }
        for (Future<List<String>> run : runs) {
          for (String line : run.get()) if (!f.contains(line)) f.add(line);
        }
      } catch (Exception e) {
        f.add("evaluating in parallel failed: " + thrown(e.getCause() == null ? e : e.getCause()));
      } finally {
        pool.shutdownNow();
      }
      try (URLClassLoader fresh = location.newClassLoader()) {
        ProductPlugin copy = location.providers(fresh).get(0);
        for (Map.Entry<ExampleCase, Evaluation> a : answers.entrySet()) {
          Evaluation e = copy.evaluate(request(a.getKey(), a.getKey().facts()), TestReference.context(copy.descriptor()));
          if (!a.getValue().equals(e)) f.add(a.getKey() + " answers differently in a freshly loaded copy: " + difference(a.getValue(), e));
        }
      } catch (IOException | RuntimeException | Error e) {
        f.add("a freshly loaded copy fails: " + thrown(e));
      }
      return ClauseResult.of(Clause.DETERMINISM, answers.size() + " answers, each again, " + PARALLEL + " threads × "
          + ROUNDS + " rounds, and a freshly loaded copy", f);
    }

    private static String difference(Evaluation a, Evaluation b) {
      if (b == null) return "null";
      if (!Objects.equals(a.decision(), b.decision())) return "decision " + a.decision() + " then " + b.decision();
      if (!Objects.equals(a.maxAmount(), b.maxAmount())) return "maxAmount " + a.maxAmount() + " then " + b.maxAmount();
      if (!Objects.equals(a.maturityDate(), b.maturityDate())) return "maturityDate " + a.maturityDate() + " then " + b.maturityDate();
      if (!Objects.equals(a.findings(), b.findings())) return "findings " + codes(a) + " then " + codes(b);
      return "steps, documents or items differ";
    }

    private static List<String> codes(Evaluation e) {
      return e.findings().stream().map(Finding::code).toList();
    }

    /** [purity, money] from one bytecode scan of every class of the plug-in. */
    List<ClauseResult> scan() {
      List<String> impure = new ArrayList<>();
      List<String> floating = new ArrayList<>();
      int classes = 0;
      try {
        for (byte[] bytes : location.classFiles()) {
          ClassFileScan s = ClassFileScan.read(bytes);
          classes++;
          impure.addAll(ForbiddenReferences.impurities(s));
          floating.addAll(ForbiddenReferences.floatingPointMoney(s));
        }
      } catch (IOException e) {
        impure.add("cannot read the plug-in's classes: " + e.getMessage());
      }
      String checked = classes + " classes scanned";
      return List.of(ClauseResult.of(Clause.PURITY, checked, impure), ClauseResult.of(Clause.MONEY, checked, floating));
    }

    ClauseResult money(ClauseResult scan) {
      List<String> f = new ArrayList<>(scan.failures());
      for (Map.Entry<ExampleCase, Evaluation> a : answers.entrySet()) {
        String currency = a.getKey().currency();
        int scale = Money.minorUnits(currency);
        Evaluation e = a.getValue();
        amount(a.getKey() + ": maxAmount", e.maxAmount(), currency, scale, f);
        amount(a.getKey() + ": earlierStageRepayment", e.earlierStageRepayment(), currency, scale, f);
        for (Step s : e.amountSteps()) {
          try {
            BigDecimal v = new BigDecimal(s.value());
            // the binding step is the amount; an explanation may show a ratio or a score, but never an unrounded figure
            if (s.binding()) amount(a.getKey() + ": binding amount step '" + s.label().en() + "'", v, currency, scale, f);
            else if (v.scale() > EXPLANATION_SCALE) {
              f.add(a.getKey() + ": amount step '" + s.label().en() + "' shows an unrounded " + s.value()
                  + " (more than " + EXPLANATION_SCALE + " decimals: binary floating point, or rounding forgotten)");
            }
          } catch (NumberFormatException x) {
            f.add(a.getKey() + ": amount step '" + s.label().en() + "' is not a decimal: " + s.value());
          }
        }
      }
      return ClauseResult.of(Clause.MONEY, scan.checked() + "; amounts of " + answers.size() + " answers", f);
    }

    private static void amount(String what, BigDecimal value, String currency, int scale, List<String> f) {
      if (value != null && value.scale() != scale) {
        f.add(what + " is " + value.toPlainString() + ": " + currency + " amounts have " + scale
            + " decimals (round HALF_UP with Money.round at the end)");
      }
    }

    ClauseResult refusals() {
      List<String> f = new ArrayList<>();
      int variations = 0;
      for (ExampleCase c : answers.keySet()) {
        for (String fact : c.facts().keySet()) {
          Map<String, Object> without = new LinkedHashMap<>(c.facts());
          without.remove(fact);
          variations++;
          outcome(c, "without " + fact, without, null, f);
          Object wrong = FormCheck.mistyped(d, c.variant(), fact);
          if (wrong != null) {
            Map<String, Object> mistyped = new LinkedHashMap<>(c.facts());
            mistyped.put(fact, wrong);
            variations++;
            outcome(c, "with " + fact + " = '" + wrong + "'", mistyped, "facts." + fact, f);
          }
        }
      }
      return ClauseResult.of(Clause.REFUSALS, variations + " variations of " + answers.size()
          + " examples (each fact left out, each fact mistyped)", f);
    }

    /** One variation must end in an answer or a typed refusal; a mistyped fact must be refused at that fact. */
    private void outcome(ExampleCase c, String variation, Map<String, Object> facts, String mustName, List<String> f) {
      EvaluationRequest request;
      try {
        request = request(c, facts);
      } catch (InvalidFactsException e) {
        typed(c + " " + variation, e, f);
        if (mustName != null && e.errors().stream().noneMatch(x -> x.field().startsWith(mustName))) {
          f.add(c + " " + variation + ": refused, but not at " + mustName + " (" + e.getMessage() + ")");
        }
        return;
      } catch (RuntimeException e) {
        f.add(c + " " + variation + ": the facts could not be read: " + thrown(e));
        return;
      }
      if (mustName != null && FormCheck.strictlyTyped(d, mustName.substring(6))) {
        f.add(c + " " + variation + ": accepted a mistyped fact");
      }
      try {
        Evaluation e = plugin.evaluate(request, context);
        if (e == null) f.add(c + " " + variation + ": evaluate() returned null");
      } catch (InvalidFactsException e) {
        typed(c + " " + variation, e, f);
      } catch (RuntimeException | Error e) {
        f.add(c + " " + variation + ": evaluate() threw " + thrown(e)
            + " — give the fact a default, declare it required, or refuse with InvalidFactsException naming the field");
      }
    }

    private static void typed(String what, InvalidFactsException e, List<String> f) {
      if (e.errors() == null || e.errors().isEmpty()) {
        f.add(what + ": refused without field errors");
        return;
      }
      e.errors().forEach(x -> {
        if (x.field() == null || x.field().isBlank()) f.add(what + ": a field error names no field");
        if (x.message() == null || !x.message().isComplete()) f.add(what + ": the error at " + x.field() + " is not in zh and en");
      });
    }

    private EvaluationRequest request(ExampleCase c, Map<String, Object> facts) {
      return new EvaluationRequest(c.variant(), c.currency(), LocalDate.parse(c.valueDate()),
          FactsParser.parse(d, c.variant(), c.currency(), facts), null);
    }

    /** The exception and where in the plug-in it came from. */
    private String thrown(Throwable e) {
      StackTraceElement at = null;
      for (StackTraceElement s : e.getStackTrace()) {
        if (s.getClassName().startsWith(pluginPackage)) {
          at = s;
          break;
        }
      }
      return PluginLocation.describe(e) + (at == null ? ""
          : " at " + at.getClassName() + "." + at.getMethodName() + "(" + at.getFileName() + ":" + at.getLineNumber() + ")");
    }
  }
}
