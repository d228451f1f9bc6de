package com.tfp.product.domesticlc;

import static com.tfp.product.domesticlc.ImportMarginTableTest.step;
import static com.tfp.spi.testing.EvaluationAssertions.checklist;
import static com.tfp.spi.testing.EvaluationAssertions.obligations;
import static com.tfp.spi.testing.EvaluationAssertions.severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.evaluation.Decision;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.Severity;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 001 国内证 Art.4 (X7): a later stage of one transaction first repays the earlier stage. */
class TransactionChainTest {

  @ParameterizedTest(name = "outstanding {0}: repays {1}, customer gets {2}")
  @CsvSource({
      "300000.00, 300000.00, 150000.00",
      "450000.00, 450000.00, 0.00",
      "600000.00, 450000.00, 0.00"})
  void sellerBillPurchaseRepaysThePackingLoanFirst_001Art4(String outstanding, String repaid, String toCustomer) {
    // 90% of 500,000.00 accepted = 450,000.00
    Evaluation e = Deal.of("SELLER_BILL_PURCHASE").with("acceptedAmount", "500000.00")
        .with("earlierStageOutstanding", outstanding).evaluate();
    assertEquals(0, new BigDecimal("450000.00").compareTo(e.maxAmount()));
    assertEquals(0, new BigDecimal(repaid).compareTo(e.earlierStageRepayment()));
    assertEquals(repaid, step(e, "First repays").value());
    assertEquals(toCustomer, step(e, "The rest paid").value());
    assertEquals(Severity.INFO, severity(e, "DLC-CHAIN"));
    assertTrue(obligations(e).contains("DLC-CHAIN-REPAY"));
    assertTrue(checklist(e).contains("DLC-CHAIN-SAME-TRANSACTION"));
    assertEquals(Decision.APPROVABLE, e.decision());
  }

  @Test
  void forfaitingRepaysTheEarlierStageOutOfTheNetProceeds_001Art4() {
    // net 992,500.00 (see FinancingAmountTest); packing loan of 800,000.00 repaid first
    Evaluation e = Deal.of("FORFAITING").with("issueDate", "2026-01-15").with("lcExpiryDate", "2026-04-30")
        .with("paymentTermDays", 120).valueDate("2026-03-01").with("earlierStageOutstanding", "800000.00").evaluate();
    assertEquals(0, new BigDecimal("800000.00").compareTo(e.earlierStageRepayment()));
    assertEquals("192500.00", step(e, "The rest paid").value());
  }

  @Test
  void noEarlierStageNoRepayment_001Art4() {
    assertNull(Deal.of("SELLER_BILL_PURCHASE").evaluate().earlierStageRepayment());
    assertNull(Deal.of("SELLER_BILL_PURCHASE").with("earlierStageOutstanding", "0.00").evaluate().earlierStageRepayment());
  }
}
