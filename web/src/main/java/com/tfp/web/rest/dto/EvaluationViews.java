package com.tfp.web.rest.dto;

import com.tfp.platform.evaluation.application.EvaluationOutcome;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.Step;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** Turns an evaluation outcome into the API.md view in one language. */
public final class EvaluationViews {

  private EvaluationViews() {}

  public static EvaluationView of(EvaluationOutcome o, Locale locale) {
    Evaluation e = o.evaluation();
    return new EvaluationView(
        o.product(), o.productVersion(), o.variant(), o.valueDate().toString(), e.decision().name(),
        e.findings().stream().map(f -> new EvaluationView.FindingView(f.code(), f.severity().name(),
            f.message().in(locale), f.source(), f.overridable())).toList(),
        plain(e.maxAmount()), o.currency(), steps(e.amountSteps(), locale),
        e.maturityDate() == null ? null : e.maturityDate().toString(), e.maxTermDays(), steps(e.termSteps(), locale),
        e.riskClass(), o.riskClassBankDefault(), e.lineOccupation().name(), plain(e.marginRatio()), plain(e.earlierStageRepayment()),
        e.requiredDocuments().stream().map(d -> new EvaluationView.DocumentView(d.code(), d.name().in(locale), d.mandatory(), d.source())).toList(),
        e.reviewChecklist().stream().map(a -> new EvaluationView.ItemView(a.code(), a.text().in(locale), a.source())).toList(),
        e.obligations().stream().map(a -> new EvaluationView.ItemView(a.code(), a.text().in(locale), a.source())).toList(),
        e.defaults().stream().map(d -> new EvaluationView.DefaultView(d.field(), d.value(), d.message().in(locale), d.source(),
            d.bankDefault())).toList());
  }

  private static List<EvaluationView.StepView> steps(List<Step> steps, Locale locale) {
    return steps.stream().map(s -> new EvaluationView.StepView(s.label().in(locale), s.value(), s.source(), s.binding(), s.bankDefault())).toList();
  }

  private static String plain(BigDecimal d) {
    return d == null ? null : d.toPlainString();
  }
}
