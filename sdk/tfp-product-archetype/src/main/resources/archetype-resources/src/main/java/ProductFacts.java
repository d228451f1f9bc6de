package ${package};

import com.tfp.spi.facts.CustomerFacts;
import com.tfp.spi.facts.FactSpec;
import java.util.ArrayList;
import java.util.List;

/** The facts schema: the pages draw the form from it, the API and SOAP validate against it. */
final class ProductFacts {

  static final String INVOICE_AMOUNT = "invoiceAmount";
  static final String REQUESTED_TERM_DAYS = "requestedTermDays";
  static final String DOCUMENTS_COMPLIANT = "documentsCompliant";

  private ProductFacts() {}

  static List<FactSpec> schema() {
    List<FactSpec> facts = new ArrayList<>(List.of(
        FactSpec.money(INVOICE_AMOUNT).label("发票金额", "Invoice amount").help("融资币种", "In the deal currency")
            .required().source("000 §11").build(),
        FactSpec.integer(REQUESTED_TERM_DAYS).min("1").max("360").label("申请期限（天）", "Requested term (days)")
            .required().source("000 §11").build(),
        FactSpec.flag(DOCUMENTS_COMPLIANT).label("单据真实、相符", "Documents genuine and compliant")
            .help("贸易背景审核是融资的基础", "The trade behind the deal is checked first").source("000 §11").build()));
    facts.addAll(CustomerFacts.ALL);
    return facts;
  }
}
