package com.tfp.product.billpurchase;

import static com.tfp.product.billpurchase.Deals.*;
import static com.tfp.spi.testing.EvaluationAssertions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.evaluation.Decision;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.Severity;
import com.tfp.spi.evaluation.Step;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdvanceCapTest {

  @ParameterizedTest(name = "invoice {0}, draft {1} -> {2} ({3} binds)")
  @CsvSource({
      "100000.00,          , 90000.00, invoice",
      "         , 80000.00 , 72000.00, draft",
      "100000.00, 95000.00 , 85500.00, draft",
      "90000.00 , 100000.00, 81000.00, invoice",
      "100000.00, 100000.00, 90000.00, draft"})
  void ninetyPercentOfTheLowerOfDraftAndInvoice_004Art11(String invoice, String draft, String max, String binds) {
    Evaluation e = sightLc().with("invoiceAmount", invoice).with("draftAmount", draft).evaluate();
    assertAmount(max, e.maxAmount());
    int caps = (invoice == null ? 0 : 1) + (draft == null ? 0 : 1);
    assertEquals(caps, e.amountSteps().size());
    Step binding = bindingStep(e.amountSteps());
    assertTrue(binding.label().en().contains(binds), binding.label().en());
    assertEquals("004 Art.11", binding.source());
    assertFalse(binding.bankDefault());
  }

  @Test
  void bothCapsAreShownWhenDraftAndInvoiceAreGiven_004Art11() {
    Evaluation e = sightLc().with("draftAmount", "95000.00").evaluate();
    assertEquals(List.of("85500.00", "90000.00"), e.amountSteps().stream().map(Step::value).toList());
  }

  @Test
  void roundsHalfUpToTheMinorUnitOnlyAtTheEnd_004Art11() {
    assertAmount("90000.05", sightLc().with("invoiceAmount", "100000.05").evaluate().maxAmount()); // 90000.045
    Evaluation yen = sightLc().currency("JPY").with("invoiceAmount", "1001").evaluate(); // 900.9
    assertAmount("901", yen.maxAmount());
    assertEquals(0, yen.maxAmount().scale());
  }

  @Test
  void cnyBillPurchaseIsAllowed_004Art11() {
    Evaluation e = sightLc().currency("CNY").with("invoiceAmount", "700000.00").evaluate();
    assertAmount("630000.00", e.maxAmount());
    assertTrue(finding(e, "BP-AMOUNT").orElseThrow().message().en().contains("CNY bill purchase"));
  }

  @Test
  void packingLoanIsRepaidFirstOutOfTheDisbursement_004Art22() {
    Evaluation e = sightLc().with("earlierStageOutstanding", "30000.00").evaluate();
    assertEquals(Decision.APPROVABLE, e.decision());
    assertAmount("90000.00", e.maxAmount());
    assertAmount("30000.00", e.earlierStageRepayment());
    assertFinding(e, "BP-EARLIER-STAGE", Severity.INFO, "004 Art.22");
    assertEquals(List.of("90000.00", "30000.00", "60000.00"), e.amountSteps().stream().map(Step::value).toList());
    assertEquals("90000.00", bindingStep(e.amountSteps()).value());
    assertTrue(obligations(e).contains("BP-REPAY-PACKING-LOAN"));
  }

  @Test
  void packingLoanAboveTheMaximumIsCappedAndReferred_004Art22() {
    Evaluation e = sightLc().with("earlierStageOutstanding", "95000.00").evaluate();
    assertEquals(Decision.REFER, e.decision());
    assertAmount("90000.00", e.earlierStageRepayment());
    assertFinding(e, "BP-EARLIER-STAGE", Severity.REFER, "004 Art.22");
    assertTrue(finding(e, "BP-EARLIER-STAGE").orElseThrow().message().en().contains("leaves 5000.00 unpaid"));
    assertEquals("0.00", e.amountSteps().get(2).value());
  }

  @Test
  void packingLoanEqualToTheMaximumIsNotReferred_004Art22() {
    Evaluation e = sightLc().with("earlierStageOutstanding", "90000.00").evaluate();
    assertEquals(Decision.APPROVABLE, e.decision());
    assertAmount("90000.00", e.earlierStageRepayment());
  }

  @Test
  void noPackingLoanMeansNoRepayment_004Art22() {
    Evaluation e = sightLc().with("earlierStageOutstanding", "0.00").evaluate();
    assertNull(e.earlierStageRepayment());
    assertTrue(finding(e, "BP-EARLIER-STAGE").isEmpty());
    assertFalse(obligations(e).contains("BP-REPAY-PACKING-LOAN"));
  }
}
