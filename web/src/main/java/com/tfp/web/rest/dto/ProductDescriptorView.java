package com.tfp.web.rest.dto;

import java.util.List;

/** A product's descriptor (GET /api/v1/products/{id}): facts schema, documents, parameters, sources. */
public record ProductDescriptorView(
    String id,
    String version,
    TextView names,
    TextView description,
    int riskClass,
    List<ProductSummaryView.VariantView> variants,
    List<RiskClassView> riskClasses,
    List<FactView> facts,
    List<DocumentView> documents,
    List<ParameterView> parameters,
    List<String> sources,
    String status,
    String origin,
    String spiVersions) {

  /**
   * @param required always required
   * @param requiredWhen the condition under which it is required, or null
   */
  public record FactView(
      String name,
      String type,
      TextView label,
      TextView help,
      boolean required,
      String requiredWhen,
      String min,
      String max,
      List<AllowedValueView> allowedValues,
      boolean otherValuesAllowed,
      String defaultValue,
      List<String> variants,
      List<FactView> fields,
      String source) {}

  /**
   * The risk class in force per variant (variant null for a product without variants).
   *
   * @param bankDefault true while the plug-in's default applies (002 annex 1 leaves the assignment to the bank)
   */
  public record RiskClassView(String variant, int riskClass, boolean bankDefault) {}

  public record AllowedValueView(String code, TextView label) {}

  public record DocumentView(String code, TextView name, TextView when, String source) {}

  /** @param bankDefault true while the product's default applies (the bank has set no value of its own) */
  public record ParameterView(
      String key, String type, String value, String defaultValue, boolean bankDefault, TextView label,
      String source, String updatedAt, String updatedBy) {}
}
