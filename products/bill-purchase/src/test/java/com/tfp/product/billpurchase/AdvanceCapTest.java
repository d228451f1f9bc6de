package com.tfp.product.billpurchase;

import static com.tfp.product.billpurchase.Deals.*;
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
    Evaluation e = evaluate(with(sightLc(), "invoiceAmount", invoice, "draftAmount", draft));
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
    Evaluation e = evaluate(with(sightLc(), "draftAmount", "95000.00"));
    assertEquals(List.of("85500.00", "90000.00"), e.amountSteps().stream().map(Step::value).toList());
  }

  @Test
  void roundsHalfUpToTheMinorUnitOnlyAtTheEnd_004Art11() {
    assertAmount("90000.05", evaluate(with(sightLc(), "invoiceAmount", "100000.05")).maxAmount()); // 90000.045
    Evaluation yen = evaluate("JPY", VALUE_DATE, with(sightLc(), "invoiceAmount", "1001"), null); // 900.9
    assertAmount("901", yen.maxAmount());
    assertEquals(0, yen.maxAmount().scale());
  }

  @Test
  void cnyBillPurchaseIsAllowed_004Art11() {
    Evaluation e = evaluate("CNY", VALUE_DATE, with(sightLc(), "invoiceAmount", "700000.00"), null);
    assertAmount("630000.00", e.maxAmount());
    assertTrue(finding(e, "BP-AMOUNT").orElseThrow().message().en().contains("CNY bill purchase"));
  }

  @Test
  void packingLoanIsRepaidFirstOutOfTheDisbursement_004Art22() {
    Evaluation e = evaluate(with(sightLc(), "earlierStageOutstanding", "30000.00"));
    assertEquals(Decision.APPROVABLE, e.decision());
    assertAmount("90000.00", e.maxAmount());
    assertAmount("30000.00", e.earlierStageRepayment());
    assertFinding(e, "BP-EARLIER-STAGE", Severity.INFO, "004 Art.22");
    assertEquals(List.of("90000.00", "30000.00", "60000.00"), e.amountSteps().stream().map(Step::value).toList());
    assertEquals("90000.00", bindingStep(e.amountSteps()).value());
    assertTrue(hasObligation(e, "BP-REPAY-PACKING-LOAN"));
  }

  @Test
  void packingLoanAboveTheMaximumIsCappedAndReferred_004Art22() {
    Evaluation e = evaluate(with(sightLc(), "earlierStageOutstanding", "95000.00"));
    assertEquals(Decision.REFER, e.decision());
    assertAmount("90000.00", e.earlierStageRepayment());
    assertFinding(e, "BP-EARLIER-STAGE", Severity.REFER, "004 Art.22");
    assertTrue(finding(e, "BP-EARLIER-STAGE").orElseThrow().message().en().contains("leaves 5000.00 unpaid"));
    assertEquals("0.00", e.amountSteps().get(2).value());
  }

  @Test
  void packingLoanEqualToTheMaximumIsNotReferred_004Art22() {
    Evaluation e = evaluate(with(sightLc(), "earlierStageOutstanding", "90000.00"));
    assertEquals(Decision.APPROVABLE, e.decision());
    assertAmount("90000.00", e.earlierStageRepayment());
  }

  @Test
  void noPackingLoanMeansNoRepayment_004Art22() {
    Evaluation e = evaluate(with(sightLc(), "earlierStageOutstanding", "0.00"));
    assertNull(e.earlierStageRepayment());
    assertTrue(finding(e, "BP-EARLIER-STAGE").isEmpty());
    assertFalse(hasObligation(e, "BP-REPAY-PACKING-LOAN"));
  }
}
