package ${package};

import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.EvaluationRequest;

/** One eligibility rule: no advance without a genuine trade behind compliant documents (000 §11, a hard rule). */
final class Eligibility {

  static final String SOURCE = "000 §11";

  private Eligibility() {}

  static void apply(EvaluationRequest request, Evaluation.Builder out) {
    if (request.facts().flag(ProductFacts.DOCUMENTS_COMPLIANT)) {
      out.info("SAMPLE-DOCUMENTS", SOURCE, "单据真实、相符", "Documents genuine and compliant");
    } else {
      out.reject("SAMPLE-DOCUMENTS", SOURCE, "单据未经核实相符，不得融资", "Documents not shown compliant: no advance");
    }
  }
}
