package ${package};

import com.tfp.spi.calc.Money;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.EvaluationRequest;

/** One eligibility rule: no advance without a genuine trade behind compliant documents (000 §11, a hard rule). */
final class Eligibility {

  static final String SOURCE = "000 §11";

  private Eligibility() {}

  static void apply(EvaluationRequest request, Evaluation.Builder out) {
    if (request.facts().flag(ProductFacts.DOCUMENTS_COMPLIANT)) {
      // an amount in a message: Money.show rounds it to the currency and writes it plain, as the amount steps show it
      String invoice = request.currency() + " " + Money.show(request.facts().requireDecimal(ProductFacts.INVOICE_AMOUNT), request.currency());
      out.info("SAMPLE-DOCUMENTS", SOURCE, "单据真实、相符，发票金额 " + invoice, "Documents genuine and compliant, invoice of " + invoice);
    } else {
      out.reject("SAMPLE-DOCUMENTS", SOURCE, "单据未经核实相符，不得融资", "Documents not shown compliant: no advance");
    }
  }
}
