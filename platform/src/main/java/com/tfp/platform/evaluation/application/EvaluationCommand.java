package com.tfp.platform.evaluation.application;

import com.tfp.platform.audit.application.AuditedCommand;
import java.time.LocalDate;
import java.util.Map;

/**
 * A request to evaluate one prospective deal, as it arrives from any interface (REST, SOAP, a page), before
 * validation. Raw facts are strings, booleans, exact numbers or lists of maps.
 */
public record EvaluationCommand(
    String product, String variant, String currency, LocalDate valueDate, String customerId, Map<String, Object> facts)
    implements AuditedCommand {

  /** A refusal names the customer whose facts the evaluation would read. */
  @Override
  public String auditedTarget() {
    return customerId == null ? null : "customer/" + customerId;
  }
}
