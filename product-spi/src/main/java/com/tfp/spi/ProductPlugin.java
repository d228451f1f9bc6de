package com.tfp.spi;

import com.tfp.spi.context.EvaluationContext;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.EvaluationRequest;

/**
 * A trade-finance product, as a plug-in. Registered through {@code META-INF/services/com.tfp.spi.ProductPlugin}.
 *
 * <p>Implementations are pure, deterministic and thread-safe: the same request and context always give the same
 * evaluation, nothing is kept between calls, and everything a rule needs comes in through the request (validated
 * facts) and the context (reference data and bank-configurable defaults). A plug-in never reaches platform internals.
 */
public interface ProductPlugin {

  /** What the product is and which facts it takes; the host checks it before the plug-in goes live. */
  ProductDescriptor descriptor();

  /**
   * Evaluates one prospective deal. The facts have already been validated against {@link #descriptor()}: types,
   * bounds, allowed values, required and required-when facts are guaranteed; defaults are filled in.
   *
   * @throws com.tfp.spi.facts.InvalidFactsException for an input the schema cannot express but the product cannot
   *     evaluate either — a value it would derive or default, but cannot (no rate in the bank's table, two
   *     derivations that disagree): the caller gets a field-level 400 naming what would let it be (SPI 1.1)
   */
  Evaluation evaluate(EvaluationRequest request, EvaluationContext context);
}
