package com.tfp.web.rest.dto;

import java.util.List;

/** A line of the product catalogue (GET /api/v1/products). */
public record ProductSummaryView(
    String id,
    String version,
    TextView names,
    Integer riskClass,
    List<VariantView> variants,
    String status,
    String statusReason,
    String origin,
    String spiVersions) {

  public record VariantView(String code, TextView names, int riskClass) {}
}
