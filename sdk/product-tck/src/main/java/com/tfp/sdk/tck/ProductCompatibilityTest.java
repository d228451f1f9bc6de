package com.tfp.sdk.tck;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The compatibility kit as a JUnit 5 test: extend it in the plug-in's tests (an empty class is enough) and every
 * clause becomes one test, PASS or FAIL with its reasons. The report is printed and written to
 * {@code target/tfp-compatibility-report.txt}; the product's identity goes to {@code target/tfp-released.properties}, for
 * the team to commit as the test resource {@value ReleasedIdentity#RESOURCE} when it releases (later versions are then
 * held to it).
 *
 * <pre>{@code
 * class CompatibilityKitTest extends ProductCompatibilityTest {}
 * }</pre>
 *
 * By default the plug-in is the module's {@code target/classes} and its examples are the test resource
 * {@value ExampleCase#RESOURCE}; override {@link #location()} or {@link #examples()} to change either.
 */
public abstract class ProductCompatibilityTest {

  /** Where the plug-in's classes are: the module's compiled classes, as Maven runs tests from the module directory. */
  protected PluginLocation location() {
    return PluginLocation.of(Path.of("target", "classes"));
  }

  /** The plug-in's example cases. */
  protected List<ExampleCase> examples() {
    return ExampleCase.load(getClass().getResourceAsStream(ExampleCase.RESOURCE));
  }

  /** The identity of the last released version (test resource {@value ReleasedIdentity#RESOURCE}), or null. */
  protected ReleasedIdentity released() {
    return ReleasedIdentity.load(getClass().getResourceAsStream(ReleasedIdentity.RESOURCE));
  }

  @TestFactory
  Stream<DynamicTest> compatibilityKit() {
    KitReport report = CompatibilityKit.check(location(), examples(), released());
    System.out.println(report.text());
    Path target = Path.of("target");
    if (Files.isDirectory(target)) {
      try {
        Files.writeString(target.resolve("tfp-compatibility-report.txt"), report.text(), StandardCharsets.UTF_8);
        if (report.identityText().isPresent()) {
          Files.writeString(target.resolve("tfp-released.properties"), report.identityText().get(), StandardCharsets.UTF_8);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return report.results().stream().map(r -> DynamicTest.dynamicTest(r.clause() + ": " + r.clause().promise(), () -> {
      if (!r.passed()) fail(r.clause() + " fails for " + report.product() + ":\n  " + String.join("\n  ", r.failures()));
    }));
  }
}
