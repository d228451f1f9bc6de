package ${package};

import com.tfp.spi.LocalizedText;
import com.tfp.spi.calc.BindingLimit;
import com.tfp.spi.context.ConfiguredValue;
import com.tfp.spi.context.EvaluationContext;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.EvaluationRequest;
import java.time.LocalDate;

/** One term rule: the term asked for, at most the bank's longest term (a bank default; the trade's cycle, 000 §11). */
final class AdvanceTerm {

  static final String LONGEST_TERM_DAYS = "longestTermDays";
  static final String SOURCE = "000 §11";

  private AdvanceTerm() {}

  static void apply(EvaluationRequest request, EvaluationContext context, Evaluation.Builder out) {
    LocalDate start = request.valueDate();
    long requested = request.facts().requireInteger(ProductFacts.REQUESTED_TERM_DAYS);
    ConfiguredValue longest = context.parameter(LONGEST_TERM_DAYS);
    long longestDays = longest.decimal().longValueExact();
    BindingLimit<LocalDate> limits = BindingLimit.earliestDate();
    limits.limit(LocalizedText.of("申请期限 " + requested + " 天", "Requested term of " + requested + " days"), start.plusDays(requested), SOURCE);
    limits.limit(longest, "最长期限 " + longestDays + " 天", "Longest term of " + longestDays + " days", start.plusDays(longestDays), SOURCE);
    out.maturity(limits, start);
    if (requested > longestDays) {
      out.refer("SAMPLE-TERM", SOURCE, "申请期限超过最长期限，按最长期限审批", "Requested term beyond the longest: referred at the longest term");
    }
  }
}
