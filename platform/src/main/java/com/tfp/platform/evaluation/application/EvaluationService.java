package com.tfp.platform.evaluation.application;

import com.tfp.platform.catalogue.application.ProductCatalogue;
import com.tfp.platform.catalogue.domain.InstalledProduct;
import com.tfp.platform.audit.application.Audited;
import com.tfp.platform.customer.application.CustomerDirectory;
import com.tfp.platform.customer.application.Entitlements;
import com.tfp.platform.shared.Actor;
import com.tfp.platform.customer.domain.Customer;
import com.tfp.platform.evaluation.domain.IgnoredFacts;
import com.tfp.platform.evaluation.domain.MasterFacts;
import com.tfp.spi.evaluation.CustomerRecord;
import com.tfp.platform.reference.application.ReferenceData;
import com.tfp.platform.reference.application.RiskClassSetting;
import com.tfp.platform.shared.InvalidInputException;
import com.tfp.spi.LocalizedText;
import com.tfp.spi.calc.Money;
import com.tfp.spi.context.ReferenceContext;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.EvaluationRequest;
import com.tfp.spi.facts.Facts;
import com.tfp.spi.evaluation.AppliedDefault;
import com.tfp.spi.facts.FactsParser;
import com.tfp.spi.facts.ParsedFacts;
import com.tfp.spi.facts.FieldError;
import com.tfp.spi.facts.InvalidFactsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a prospective deal with the active plug-in of its product: validates the request against the product's
 * facts schema, hands the plug-in the reference data, and runs it through the {@link EvaluationGuard} (breaker, time
 * budget, sanity of the answer). Facts of another variant of the product are ignored with an INFO finding each
 * ({@link IgnoredFacts}); the bank's risk class assignment (PRODUCTS.md §1) replaces the plug-in's default. A request
 * naming a customer reads that customer's master facts, so the actor must be entitled to the customer (issue 16,
 * {@link Entitlements}; 002 Art.30): one of another branch is refused with a 403, audited as
 * {@code EVALUATION_CUSTOMER_READ} on {@code customer/<id>}, before any of its facts is read.
 */
@ApplicationScoped
@Audited(value = "EVALUATION_CUSTOMER_READ", refusalsOnly = true)
public class EvaluationService {

  @Inject ProductCatalogue catalogue;
  @Inject ReferenceData reference;
  @Inject CustomerDirectory customers;
  @Inject Entitlements entitlements;

  @Inject EvaluationGuard guard;
  @Inject EvaluationMetrics metrics;

  public EvaluationOutcome evaluate(EvaluationCommand command, Actor actor) {
    return evaluate(command, actor, List.of());
  }

  /**
   * Evaluates, reporting the interface's own field errors ({@code alreadyFound}: malformed dates, unknown fields)
   * together with the product's, so the caller sees every error at once.
   */
  public EvaluationOutcome evaluate(EvaluationCommand command, Actor actor, List<FieldError> alreadyFound) {
    return evaluate(command, actor, alreadyFound, List.of());
  }

  /**
   * Evaluates with values the caller filled in before (an application's value date, defaulted to the business date):
   * they are listed first among the evaluation's defaults, so that the answer says so.
   */
  public EvaluationOutcome evaluate(EvaluationCommand command, Actor actor, List<FieldError> alreadyFound, List<AppliedDefault> callersDefaults) {
    List<FieldError> errors = new ArrayList<>(alreadyFound);
    if (command.product() == null || command.product().isBlank()) {
      errors.add(new FieldError("product", LocalizedText.of("必填", "required")));
      throw new InvalidInputException(errors);
    }
    InstalledProduct product = catalogue.active(command.product());
    if (command.currency() == null) {
      errors.add(new FieldError("currency", LocalizedText.of("必填", "required")));
    } else if (!Money.isCurrency(command.currency())) {
      errors.add(new FieldError("currency", LocalizedText.of("须为 ISO 4217 币种代码（如 USD）", "must be an ISO 4217 currency code (e.g. USD)")));
    }
    if (command.valueDate() == null && errors.stream().noneMatch(e -> e.field().equals("valueDate"))) errors.add(new FieldError("valueDate", LocalizedText.of("必填", "required")));
    Map<String, Object> rawFacts = command.facts() == null ? Map.of() : command.facts();
    CustomerRecord record = null;
    if (command.customerId() != null) {
      Customer customer = customers.findOptional(command.customerId()).orElse(null);
      if (customer == null) {
        errors.add(new FieldError("customerId", LocalizedText.of("未知客户", "unknown customer")));
      } else {
        entitlements.require(actor, customer);
        rawFacts = MasterFacts.merge(product.descriptor(), customer.customerFacts(), rawFacts, errors);
        record = customers.record(customer);
      }
    }
    Facts facts = null;
    List<ParsedFacts.IgnoredFact> ignored = List.of();
    try {
      ParsedFacts parsed = FactsParser.read(product.descriptor(), command.variant(),
          errors.stream().anyMatch(e -> e.field().equals("currency")) ? null : command.currency(),
          rawFacts);
      facts = parsed.facts();
      ignored = parsed.ignored();
    } catch (InvalidFactsException e) {
      errors.addAll(e.errors());
    }
    if (!errors.isEmpty()) {
      metrics.invalid(product);
      throw new InvalidInputException(errors);
    }

    EvaluationRequest request = new EvaluationRequest(command.variant(), command.currency(), command.valueDate(), facts, record);
    ReferenceContext context = reference.contextFor(product.descriptor());
    Evaluation evaluation = guard.evaluate(product, request, context);
    RiskClassSetting riskClass = reference.riskClassOf(product.descriptor(), command.variant());
    evaluation = evaluation.with(IgnoredFacts.findings(ignored, command.variant()), callersDefaults,
        riskClass.bankDefault() ? evaluation.riskClass() : riskClass.riskClass());
    return new EvaluationOutcome(product.id(), product.version(), command.variant(), command.currency(), command.valueDate(),
        evaluation, riskClass.bankDefault());
  }

  /**
   * The actor may read the customer's facts: its branch is looked up only for a customer of a branch's portfolio,
   * once; a refusal is recorded here, since an evaluation records nothing else.
   */

}
