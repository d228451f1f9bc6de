package com.tfp.platform.evaluation.application;

import java.time.LocalDate;
import java.util.Map;

/**
 * A request to evaluate one prospective deal, as it arrives from any interface (REST, SOAP, a page), before
 * validation. Raw facts are strings, booleans, exact numbers or lists of maps.
 */
public record EvaluationCommand(
    String product, String variant, String currency, LocalDate valueDate, String customerId, Map<String, Object> facts) {}
