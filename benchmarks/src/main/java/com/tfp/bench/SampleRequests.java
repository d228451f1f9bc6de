package com.tfp.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One realistic request body per built-in product, exactly as a caller posts it to {@code POST /api/v1/evaluations}:
 * the README's sight L/C bill purchase and the worked examples of {@code ProductsIT} (all APPROVABLE on
 * 2026-12-01). The JMH benchmarks and the HTTP benchmark use the same bodies, so their figures compare.
 */
public final class SampleRequests {

  /** The six built-in products, in the README's order. */
  public static final List<String> PRODUCTS =
      List.of("bill-purchase", "insured-financing", "domestic-lc", "nra", "sellers-credit", "factoring");

  private SampleRequests() {}

  /** The request body of a product, from {@code requests/<product>.json}. */
  public static String body(String product) {
    try (InputStream in = SampleRequests.class.getResourceAsStream("/requests/" + product + ".json")) {
      if (in == null) throw new IllegalArgumentException("no sample request for " + product);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
