package com.tfp.spi.evaluation;

import com.tfp.spi.Since;
import com.tfp.spi.LocalizedText;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the platform refuses to pass on from a plug-in: an evaluation whose decision does not follow from its
 * findings, a finding or step without a source, a negative amount, a maturity before the value date, a risk class
 * outside 1..4. The platform fails such an answer (a 422 for that request, counted by the product's breaker) and
 * the compatibility kit fails a plug-in whose own examples give one: both call this one check, so a team's build
 * refuses exactly what the server would (SPI 1.3).
 */
@Since("1.3")
public final class EvaluationSanity {

  private static final Pattern SOURCE = Pattern.compile("\\d{3}( [^ ].*)?");

  private EvaluationSanity() {}

  /** What is wrong with the answer {@code e} to {@code request}, one line each; empty when it may be passed on. */
  public static List<String> problems(Evaluation e, EvaluationRequest request) {
    List<String> p = new ArrayList<>();
    if (e == null) return List.of("evaluate() returned null");
    if (e.decision() == null || e.lineOccupation() == null) p.add("decision or line occupation missing");
    Severity worst = e.findings().stream().map(Finding::severity).max(Comparator.naturalOrder()).orElse(Severity.INFO);
    Decision expected = switch (worst) {
      case INFO -> Decision.APPROVABLE;
      case REFER -> Decision.REFER;
      case REJECT -> Decision.REJECT;
    };
    if (e.decision() != expected) p.add("decision " + e.decision() + " does not follow from the findings (" + expected + ")");
    for (Finding f : e.findings()) {
      if (f.code() == null || f.code().isBlank() || f.severity() == null) p.add("finding without code or severity");
      if (!complete(f.message())) p.add("finding " + f.code() + " without zh and en message");
      if (f.source() == null || !SOURCE.matcher(f.source()).matches()) p.add("finding " + f.code() + " without a source");
    }
    steps(e.amountSteps(), "amount", p);
    steps(e.termSteps(), "term", p);
    if (e.maxAmount() != null && e.maxAmount().signum() < 0) p.add("negative maximum amount " + e.maxAmount());
    if (e.maxAmount() == null && e.decision() != Decision.REJECT) p.add("no maximum amount on a deal that is not rejected");
    if (e.maturityDate() != null && e.maturityDate().isBefore(request.valueDate())) p.add("maturity before the value date");
    if (e.maturityDate() != null && (e.maxTermDays() == null
        || e.maxTermDays() != ChronoUnit.DAYS.between(request.valueDate(), e.maturityDate()))) {
      p.add("maxTermDays does not match the maturity date");
    }
    if (e.riskClass() < 1 || e.riskClass() > 4) p.add("risk class " + e.riskClass() + " outside 1..4");
    if (e.marginRatio() != null && (e.marginRatio().signum() < 0 || e.marginRatio().compareTo(BigDecimal.ONE) > 0)) {
      p.add("margin ratio outside 0..1");
    }
    if (e.earlierStageRepayment() != null && e.earlierStageRepayment().signum() < 0) p.add("negative earlier-stage repayment");
    e.defaults().forEach(d -> {
      if (d.field() == null || d.field().isBlank() || d.value() == null || !complete(d.message())
          || d.source() == null || !SOURCE.matcher(d.source()).matches()) {
        p.add("default " + d.field() + " without field, value, message or source");
      }
    });
    e.requiredDocuments().forEach(d -> {
      if (d.code() == null || d.code().isBlank() || !complete(d.name())) p.add("document without code or names");
    });
    e.reviewChecklist().forEach(a -> {
      if (!complete(a.text()) || a.source() == null || !SOURCE.matcher(a.source()).matches()) p.add("checklist item " + a.code() + " without text or source");
    });
    e.obligations().forEach(a -> {
      if (!complete(a.text()) || a.source() == null || !SOURCE.matcher(a.source()).matches()) p.add("obligation " + a.code() + " without text or source");
    });
    return p;
  }

  private static void steps(List<Step> steps, String kind, List<String> p) {
    long binding = steps.stream().filter(Step::binding).count();
    if (binding > 1) p.add(kind + " steps mark " + binding + " limits as binding");
    for (Step s : steps) {
      if (!complete(s.label()) || s.value() == null) p.add(kind + " step without label or value");
      if (s.source() == null || !SOURCE.matcher(s.source()).matches()) p.add(kind + " step '" + (s.label() == null ? "?" : s.label().en()) + "' without a source");
    }
  }

  private static boolean complete(LocalizedText t) {
    return t != null && t.isComplete();
  }
}
