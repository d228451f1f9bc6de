package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tfp.spi.evaluation.Decision;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.testing.TestDeal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Each rule with worked numbers; TestDeal parses the facts and evaluates as the platform does. */
class ProductRulesTest {

  static TestDeal deal() {
    return TestDeal.of(new ProductDefinition()).variant("STANDARD").currency("USD").valueDate("2026-12-01")
        .with("invoiceAmount", "100000.00").with("requestedTermDays", 60).with("documentsCompliant", true);
  }

  @Test
  void advanceIsEightyPercentOfTheInvoiceByDefault_002Art28() {
    Evaluation e = deal().evaluate();
    assertEquals(Decision.APPROVABLE, e.decision());
    assertEquals("80000.00", e.maxAmount().toPlainString());
  }

  @Test
  void theBanksOwnRatioReplacesTheDefault() {
    Evaluation e = deal().bank("advanceRatio", "0.7").evaluate();
    assertEquals("70000.00", e.maxAmount().toPlainString());
    assertFalse(e.amountSteps().get(0).bankDefault());
  }

  @Test
  void theDocumentsFindingShowsTheInvoiceAtTheCurrencysScale_000S11() {
    Evaluation e = deal().with("invoiceAmount", "100000.5").evaluate();
    assertEquals("Documents genuine and compliant, invoice of USD 100000.50", e.findings().get(0).message().en());
  }

  @Test
  void withoutCompliantDocumentsNoAdvance_000S11() {
    assertEquals(Decision.REJECT, deal().with("documentsCompliant", false).evaluate().decision());
  }

  @Test
  void theTermIsAtMostTheLongestTerm_000S11() {
    assertEquals(LocalDate.of(2027, 1, 30), deal().evaluate().maturityDate());
    Evaluation longer = deal().with("requestedTermDays", 120).evaluate();
    assertEquals(Decision.REFER, longer.decision());
    assertEquals(LocalDate.of(2027, 3, 1), longer.maturityDate());
  }
}
