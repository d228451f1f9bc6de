package com.tfp.spi.evaluation;

import com.tfp.spi.Since;
import com.tfp.spi.LocalizedText;
import com.tfp.spi.calc.BindingLimit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a product says of one deal: the decision (derived from the findings), every finding with its source, the
 * maximum amount and the maturity with the steps that lead to them, the risk class, whose line it occupies, the
 * margin where one applies, the documents it needs, what a person must check and what must happen after approval.
 *
 * @param maxAmount null when the deal is rejected before an amount can be computed
 * @param maturityDate null when the deal is rejected before a term can be computed
 * @param maxTermDays days from the value date to the maturity date
 * @param marginRatio cash margin as a ratio of the amount (issuance-type products), or null
 * @param earlierStageRepayment the part of the disbursement that first repays an earlier stage of the same
 *     transaction chain (PRODUCTS.md X7), or null
 * @param defaults every value the request did not carry that the evaluation used (defaults, maxima, derivations)
 */
public record Evaluation(
    Decision decision,
    List<Finding> findings,
    BigDecimal maxAmount,
    List<Step> amountSteps,
    LocalDate maturityDate,
    Integer maxTermDays,
    List<Step> termSteps,
    int riskClass,
    LineOccupation lineOccupation,
    BigDecimal marginRatio,
    List<RequiredDocument> requiredDocuments,
    List<ActionItem> reviewChecklist,
    List<ActionItem> obligations,
    BigDecimal earlierStageRepayment,
    @Since("1.1") List<AppliedDefault> defaults) {

  @Since("1.1")
  public Evaluation {
    defaults = defaults == null ? List.of() : List.copyOf(defaults);
    findings = List.copyOf(findings);
    amountSteps = List.copyOf(amountSteps);
    termSteps = List.copyOf(termSteps);
    requiredDocuments = List.copyOf(requiredDocuments);
    reviewChecklist = List.copyOf(reviewChecklist);
    obligations = List.copyOf(obligations);
  }

  /** An evaluation that used no value the request did not carry (SPI 1.0). */
  public Evaluation(Decision decision, List<Finding> findings, BigDecimal maxAmount, List<Step> amountSteps, LocalDate maturityDate,
      Integer maxTermDays, List<Step> termSteps, int riskClass, LineOccupation lineOccupation, BigDecimal marginRatio,
      List<RequiredDocument> requiredDocuments, List<ActionItem> reviewChecklist, List<ActionItem> obligations,
      BigDecimal earlierStageRepayment) {
    this(decision, findings, maxAmount, amountSteps, maturityDate, maxTermDays, termSteps, riskClass, lineOccupation, marginRatio,
        requiredDocuments, reviewChecklist, obligations, earlierStageRepayment, List.of());
  }

  /**
   * The same evaluation with more findings and defaults (the platform's own: facts of another variant ignored, the
   * value date of an application) and the given risk class; the decision follows from all the findings.
   */
  @Since("1.1")
  public Evaluation with(List<Finding> moreFindings, List<AppliedDefault> moreDefaults, int riskClass) {
    List<Finding> f = new ArrayList<>(findings);
    f.addAll(moreFindings);
    List<AppliedDefault> d = new ArrayList<>(moreDefaults);
    d.addAll(defaults);
    Severity worst = f.stream().map(Finding::severity).max(Comparator.naturalOrder()).orElse(Severity.INFO);
    return new Evaluation(Decision.of(worst), f, maxAmount, amountSteps, maturityDate, maxTermDays, termSteps, riskClass, lineOccupation,
        marginRatio, requiredDocuments, reviewChecklist, obligations, earlierStageRepayment, d);
  }

  public static Builder builder(int riskClass, LineOccupation lineOccupation) {
    return new Builder(riskClass, lineOccupation);
  }

  /** Assembles an evaluation; the decision always follows from the most severe finding. */
  public static final class Builder {
    private final List<Finding> findings = new ArrayList<>();
    private final List<Step> amountSteps = new ArrayList<>();
    private final List<Step> termSteps = new ArrayList<>();
    private final List<RequiredDocument> documents = new ArrayList<>();
    private final List<ActionItem> checklist = new ArrayList<>();
    private final List<ActionItem> obligations = new ArrayList<>();
    private final List<AppliedDefault> defaults = new ArrayList<>();
    private int riskClass;
    private LineOccupation lineOccupation;
    private BigDecimal maxAmount;
    private LocalDate maturityDate;
    private Integer maxTermDays;
    private BigDecimal marginRatio;
    private BigDecimal earlierStageRepayment;

    private Builder(int riskClass, LineOccupation lineOccupation) {
      this.riskClass = riskClass;
      this.lineOccupation = lineOccupation;
    }

    public Builder finding(Severity severity, String code, String source, LocalizedText message) {
      findings.add(new Finding(code, severity, message, source));
      return this;
    }

    public Builder info(String code, String source, String zh, String en) {
      return finding(Severity.INFO, code, source, LocalizedText.of(zh, en));
    }

    public Builder refer(String code, String source, String zh, String en) {
      return finding(Severity.REFER, code, source, LocalizedText.of(zh, en));
    }

    public Builder reject(String code, String source, String zh, String en) {
      return finding(Severity.REJECT, code, source, LocalizedText.of(zh, en));
    }

    /** The maximum amount is the binding cap; every cap becomes a step. */
    public Builder amount(BindingLimit<BigDecimal> caps) {
      this.maxAmount = caps.result().orElse(null);
      this.amountSteps.clear();
      this.amountSteps.addAll(caps.steps());
      return this;
    }

    /** The maturity is the binding (earliest) limit; the term in days counts from the value date. */
    public Builder maturity(BindingLimit<LocalDate> limits, LocalDate valueDate) {
      this.maturityDate = limits.result().orElse(null);
      this.maxTermDays = maturityDate == null ? null : (int) ChronoUnit.DAYS.between(valueDate, maturityDate);
      this.termSteps.clear();
      this.termSteps.addAll(limits.steps());
      return this;
    }

    public Builder riskClass(int riskClass) {
      this.riskClass = riskClass;
      return this;
    }

    public Builder lineOccupation(LineOccupation lineOccupation) {
      this.lineOccupation = lineOccupation;
      return this;
    }

    public Builder marginRatio(BigDecimal marginRatio) {
      this.marginRatio = marginRatio;
      return this;
    }

    public Builder earlierStageRepayment(BigDecimal amount) {
      this.earlierStageRepayment = amount;
      return this;
    }

    public Builder document(DocumentSpec spec, boolean mandatory) {
      documents.add(new RequiredDocument(spec.code(), spec.name(), mandatory, spec.source()));
      return this;
    }

    public Builder check(String code, String source, String zh, String en) {
      checklist.add(new ActionItem(code, LocalizedText.of(zh, en), source));
      return this;
    }

    public Builder obligation(String code, String source, String zh, String en) {
      obligations.add(new ActionItem(code, LocalizedText.of(zh, en), source));
      return this;
    }

    /** Records a value the request did not carry and the evaluation used (see {@link AppliedDefault}). */
    @Since("1.1")
    public Builder defaulted(String field, String value, String source, boolean bankDefault, LocalizedText message) {
      defaults.add(new AppliedDefault(field, value, message, source, bankDefault));
      return this;
    }

    public boolean hasReject() {
      return findings.stream().anyMatch(f -> f.severity() == Severity.REJECT);
    }

    public Evaluation build() {
      Severity worst = findings.stream().map(Finding::severity).max(Comparator.naturalOrder()).orElse(Severity.INFO);
      return new Evaluation(Decision.of(worst), findings, maxAmount, amountSteps, maturityDate, maxTermDays,
          termSteps, riskClass, lineOccupation, marginRatio, documents, checklist, obligations, earlierStageRepayment, defaults);
    }
  }
}
