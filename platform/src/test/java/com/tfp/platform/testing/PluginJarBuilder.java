package com.tfp.platform.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds product plug-in jars on the fly, the way a product team would ship one: a class compiled against the SPI
 * and registered in META-INF/services. The behaviours cover a good plug-in and the ways one can fail.
 */
public final class PluginJarBuilder {

  /** How the generated plug-in behaves. */
  public enum Behaviour {
    /** Approves with 50% of the "amount" fact, maturity value date + 30 days. */
    GOOD,
    /** Throws from evaluate(). */
    THROWS,
    /**
     * Like GOOD, but with a bug on one input — throws when the "amount" fact is 13.00 — and a slow path on another:
     * takes 2.5 s (beyond the platform's 2 s budget) when it is 7.00.
     */
    FLAKY,
    /** Returns a negative maximum amount and a finding without a source. */
    NONSENSE,
    /** A descriptor without names or sources. */
    INCOMPLETE_DESCRIPTOR,
    /** Declares it needs SPI 9.x. */
    WRONG_SPI
  }

  private PluginJarBuilder() {}

  /**
   * The key a product team signs its jar with (JDK jarsigner format): in the web integration tests the demo key the
   * build created ({@code tfp.signing.keystore}, {@code .password}, {@code .alias}, set by failsafe), so the jars built
   * here pass the server's signature check; unset (the platform's unit tests), the jar stays unsigned.
   */
  public record Signer(Path keyStore, char[] password, String alias) {
    public static Signer fromSystemProperties() {
      String ks = System.getProperty("tfp.signing.keystore");
      if (ks == null || ks.isBlank() || "false".equals(System.getProperty("tfp.signing.enabled"))) return null;
      return new Signer(Path.of(ks), System.getProperty("tfp.signing.password", "").toCharArray(),
          System.getProperty("tfp.signing.alias", "tfp-demo-signer"));
    }

    public void sign(Path unsigned, Path signed) {
      try (java.io.InputStream in = Files.newInputStream(keyStore)) {
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
        store.load(in, password);
        java.security.PrivateKey key = (java.security.PrivateKey) store.getKey(alias, password);
        java.security.cert.CertPath chain = java.security.cert.CertificateFactory.getInstance("X.509")
            .generateCertPath(java.util.List.of(store.getCertificateChain(alias)));
        jdk.security.jarsigner.JarSigner signer = new jdk.security.jarsigner.JarSigner.Builder(key, chain).build();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(unsigned.toFile());
            java.io.OutputStream out = Files.newOutputStream(signed)) {
          signer.sign(zip, out);
        }
        Files.deleteIfExists(unsigned);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (java.security.GeneralSecurityException e) {
        throw new IllegalStateException("cannot sign with " + keyStore + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * Compiles a plug-in with the given product id, version and behaviour into {@code target} (written through a temp
   * file and an atomic move, as a careful product team would).
   */
  public static Path build(Path target, String className, String productId, String version, Behaviour behaviour) {
    try {
      Path work = Files.createTempDirectory("plugin-src");
      String pkg = className.substring(0, className.lastIndexOf('.'));
      String simple = className.substring(className.lastIndexOf('.') + 1);
      Path src = work.resolve("src").resolve(pkg.replace('.', '/')).resolve(simple + ".java");
      Files.createDirectories(src.getParent());
      Files.writeString(src, source(pkg, simple, productId, version, behaviour));
      Path classes = work.resolve("classes");
      Files.createDirectories(classes);
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      int rc = javac.run(null, null, null, "-classpath", spiClassPath(), "-d", classes.toString(), "--release", "17", src.toString());
      if (rc != 0) throw new IllegalStateException("plug-in source did not compile");
      Path tmp = Files.createTempFile(work, "plugin", ".jar");
      try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(tmp))) {
        try (Stream<Path> files = Files.walk(classes)) {
          for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
            jar.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
            Files.copy(f, jar);
            jar.closeEntry();
          }
        }
        jar.putNextEntry(new JarEntry("META-INF/services/com.tfp.spi.ProductPlugin"));
        jar.write((className + "\n").getBytes(StandardCharsets.UTF_8));
        jar.closeEntry();
      }
      Files.createDirectories(target.toAbsolutePath().getParent());
      Path staged = target.resolveSibling(target.getFileName() + ".part");
      Signer signer = Signer.fromSystemProperties();
      if (signer != null) {
        signer.sign(tmp, staged);
      } else {
        Files.move(tmp, staged, StandardCopyOption.REPLACE_EXISTING);
      }
      Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The SPI on the class path: {@code spi.jar} when the build passes it, else the test class path. */
  private static String spiClassPath() {
    String spi = System.getProperty("spi.jar");
    return spi != null && !spi.isBlank() && Files.exists(Path.of(spi)) ? spi : System.getProperty("java.class.path");
  }

  private static String source(String pkg, String simple, String id, String version, Behaviour b) {
    String names = b == Behaviour.INCOMPLETE_DESCRIPTOR ? "LocalizedText.of(\"\", \"\")" : "LocalizedText.of(\"测试产品\", \"Test product " + version + "\")";
    String sources = b == Behaviour.INCOMPLETE_DESCRIPTOR ? "List.of()" : "List.of(\"004 Art.11\")";
    String spi = b == Behaviour.WRONG_SPI ? "[9.0,10.0)" : "[1.0,2.0)";
    String evaluate = switch (b) {
      case THROWS -> "throw new IllegalStateException(\"deliberate failure in evaluate\");";
      case FLAKY -> """
          BigDecimal amount = r.facts().requireDecimal("amount");
          if (amount.compareTo(new BigDecimal("13")) == 0) throw new ArithmeticException("deliberate failure on 13.00");
          if (amount.compareTo(new BigDecimal("7")) == 0) {
            long until = System.nanoTime() + 2_500_000_000L;
            while (System.nanoTime() < until) Thread.onSpinWait();
          }
          return Evaluation.builder(2, LineOccupation.CUSTOMER)
              .info("T-OK", "004 Art.11", "测试规则已满足", "test rule met")
              .amount(BindingLimit.lowestAmount(r.currency()).limit(LocalizedText.of("金额的50%", "50% of the amount"), amount.multiply(new BigDecimal("0.5")), "004 Art.11"))
              .maturity(BindingLimit.earliestDate().limit(LocalizedText.of("30天", "30 days"), r.valueDate().plusDays(30), "004 Art.10"), r.valueDate())
              .document(DOC, true)
              .build();""";
      case NONSENSE -> """
          return Evaluation.builder(2, LineOccupation.CUSTOMER)
              .info("X", null, "无出处", "no source")
              .amount(BindingLimit.lowestAmount(r.currency()).limit(LocalizedText.of("负", "negative"), new BigDecimal("-1"), "004 Art.11"))
              .build();""";
      default -> """
          BigDecimal amount = r.facts().requireDecimal("amount");
          return Evaluation.builder(2, LineOccupation.CUSTOMER)
              .info("T-OK", "004 Art.11", "测试规则已满足", "test rule met (version %s)")
              .amount(BindingLimit.lowestAmount(r.currency()).limit(LocalizedText.of("金额的50%%", "50%% of the amount"), amount.multiply(new BigDecimal("0.5")), "004 Art.11"))
              .maturity(BindingLimit.earliestDate().limit(LocalizedText.of("30天", "30 days"), r.valueDate().plusDays(30), "004 Art.10"), r.valueDate())
              .document(DOC, true)
              .build();""".formatted(version);
    };
    return """
        package %s;

        import com.tfp.spi.*;
        import com.tfp.spi.calc.BindingLimit;
        import com.tfp.spi.context.EvaluationContext;
        import com.tfp.spi.evaluation.*;
        import com.tfp.spi.facts.FactSpec;
        import java.math.BigDecimal;
        import java.util.List;

        public class %s implements ProductPlugin {
          static final DocumentSpec DOC = DocumentSpec.of("T-APP", "申请书", "Application", "004 Art.17");
          private static final ProductDescriptor D = new ProductDescriptor("%s", SemanticVersion.parse("%s"),
              VersionRange.parse("%s"), %s, %s, 2, List.of(),
              List.of(FactSpec.money("amount").label("金额", "Amount").required().build()),
              List.of(DOC), List.of(), %s);

          public ProductDescriptor descriptor() { return D; }

          public Evaluation evaluate(EvaluationRequest r, EvaluationContext c) {
            %s
          }
        }
        """.formatted(pkg, simple, id, version, spi, names, names, sources, evaluate);
  }

  /** Lists the jars in a directory (for assertions). */
  public static List<String> jarsIn(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar")).sorted().toList();
    }
  }

  /** Writes bytes that are not a jar (a corrupt upload). */
  public static void writeGarbage(Path target) {
    try (OutputStream out = Files.newOutputStream(target)) {
      out.write("not a jar".getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
