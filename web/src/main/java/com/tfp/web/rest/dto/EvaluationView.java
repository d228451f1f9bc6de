package com.tfp.web.rest.dto;

import java.util.List;

/**
 * An evaluation as API.md defines it; texts in the caller's language, amounts as decimal strings. Beyond API.md:
 * {@code valueDate}, {@code riskClassBankDefault} (the risk class is still the product's default, not the bank's own
 * assignment), {@code earlierStageRepayment} (X7), per finding {@code overridable}, per step {@code bankDefault}, and
 * {@code defaults}: every value the request did not carry that the evaluation used (issue 12, docs/api.md).
 */
public record EvaluationView(
    String product,
    String productVersion,
    String variant,
    String valueDate,
    String decision,
    List<FindingView> findings,
    String maxAmount,
    String currency,
    List<StepView> amountSteps,
    String maturityDate,
    Integer maxTermDays,
    List<StepView> termSteps,
    int riskClass,
    boolean riskClassBankDefault,
    String lineOccupation,
    String marginRatio,
    String earlierStageRepayment,
    List<DocumentView> requiredDocuments,
    List<ItemView> reviewChecklist,
    List<ItemView> obligations,
    List<DefaultView> defaults) {

  /**
   * A value the request did not carry and the platform used: a default, the seed's maximum or a derivation.
   *
   * @param field the request field, as in field errors: {@code facts.requestedTermMonths}, {@code valueDate}
   * @param bankDefault a bank-configurable default (not the seed's own figure, not a derivation)
   */
  public record DefaultView(String field, String value, String message, String source, boolean bankDefault) {}

  /** @param overridable a REFER: an approver may override it with a recorded reason */
  public record FindingView(String code, String severity, String message, String source, boolean overridable) {}

  /** @param bankDefault the step rests on a bank-configurable default */
  public record StepView(String label, String value, String source, boolean binding, boolean bankDefault) {}

  public record DocumentView(String code, String name, boolean mandatory, String source) {}

  public record ItemView(String code, String text, String source) {}
}
