package com.tfp.spi.evaluation;

import com.tfp.spi.facts.Facts;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One prospective deal to evaluate.
 *
 * @param variant the product variant, or null for products without variants
 * @param currency ISO 4217 deal currency
 * @param valueDate the financing (disbursement) date
 * @param facts validated facts (customer facts from the customer master already merged in)
 * @param customer the platform's own records of the customer, or null when the deal is not tied to one
 */
public record EvaluationRequest(String variant, String currency, LocalDate valueDate, Facts facts, CustomerRecord customer) {

  public Optional<CustomerRecord> customerRecord() {
    return Optional.ofNullable(customer);
  }
}
