package com.tfp.product.insuredfinancing;

import static com.tfp.product.insuredfinancing.InsuredFinancingFixture.deal;
import static com.tfp.spi.testing.EvaluationAssertions.codes;
import static com.tfp.spi.testing.EvaluationAssertions.severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.evaluation.Decision;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.Severity;
import com.tfp.spi.evaluation.Step;
import com.tfp.spi.testing.TestDeal;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FinancingAmountTest {

  static Step bindingStep(Evaluation e) {
    return e.amountSteps().stream().filter(Step::binding).findFirst().orElseThrow();
  }

  @ParameterizedTest(name = "invoice {0}, declared {1}, limit {2}, deductible {3}, ratio {4}, premium {5} -> {6} by {7}")
  @CsvSource({
      // 办法A §2(1): 80% of the invoice binds below the cover of 90,000
      "100000.00, 100000.00, 200000.00, 0, 0.9, false, 80000.00, 001 办法A §2(1), APPROVABLE",
      // 信保规程 Art.8: the lower of declared and limit balance (70,000) × 90% = 63,000 binds
      "100000.00, 100000.00, 70000.00, 0, 0.9, false, 63000.00, 001 信保规程 Art.8, APPROVABLE",
      // the declared amount, not the invoice, is what the insurer covers: 60,000 × 90% = 54,000
      "100000.00, 60000.00, 200000.00, 0, 0.9, false, 54000.00, 001 信保规程 Art.8, APPROVABLE",
      // 股份制 Art.9(5): (100,000 − 5,000) × 80% = 76,000
      "100000.00, 100000.00, 200000.00, 5000.00, 0.8, false, 76000.00, 001 信保规程 Art.8, APPROVABLE",
      // premium customer 90% (办法A §2(1) 可视具体情况): 90,000 below the cover of 95,000 -> referred
      "100000.00, 100000.00, 200000.00, 0, 0.95, true, 90000.00, 001 办法A §2(1), REFER",
      // premium asked, the cover 85,000 binds but still lifts the amount above 80,000 -> referred
      "100000.00, 100000.00, 200000.00, 0, 0.85, true, 85000.00, 001 信保规程 Art.8, REFER",
      // premium asked, the cover 63,000 binds below 80%: no exception needed
      "100000.00, 100000.00, 70000.00, 0, 0.9, true, 63000.00, 001 信保规程 Art.8, APPROVABLE",
      // rounding at the end only: 33,333.33 × 80% = 26,666.664 -> 26,666.66
      "33333.33, 33333.33, 200000.00, 0, 0.9, false, 26666.66, 001 办法A §2(1), APPROVABLE"})
  void lowestOfEightyPercentAndIndemnityCover(String invoice, String declared, String limit, String deductible,
      String ratio, boolean premium, String expected, String bindingSource, Decision decision) {
    TestDeal deal = deal()
        .with("invoiceAmount", invoice)
        .with("declaredAmount", declared)
        .with("buyerCreditLimitBalance", limit)
        .with("deductible", deductible)
        .with("indemnityRatio", ratio)
        .with("premiumCustomer", premium);
    Evaluation e = deal.evaluate();
    assertEquals(0, new BigDecimal(expected).compareTo(e.maxAmount()), () -> e.amountSteps().toString());
    assertEquals(bindingSource, bindingStep(e).source());
    assertEquals(expected, bindingStep(e).value());
    assertEquals(decision, e.decision(), () -> codes(e).toString());
  }

  @Test
  void premiumCustomerNinetyPercentIsReferredAndStepsShowTheAmountWithoutIt_BanfaA2_1() {
    TestDeal deal = deal().with("premiumCustomer", true).with("indemnityRatio", "0.95");
    Evaluation e = deal.evaluate();
    assertEquals(Severity.REFER, severity(e, "IF-AMOUNT-PREMIUM-90"));
    assertEquals(0, new BigDecimal("90000").compareTo(e.maxAmount()));
    List<String> values = e.amountSteps().stream().map(Step::value).toList();
    // 80% shown (not competing), 90% limit, covered amount, cover, amount without the exception
    assertEquals(List.of("80000.00", "90000.00", "100000.00", "95000.00", "80000.00"), values);
    assertEquals(List.of(false, true, false, false, false), e.amountSteps().stream().map(Step::binding).toList());
    assertTrue(e.amountSteps().get(4).label().en().contains("without the premium-customer exception"));
    assertTrue(e.findings().stream().filter(f -> f.code().equals("IF-AMOUNT-PREMIUM-90")).findFirst().orElseThrow()
        .message().en().contains("an approver may grant it"));
  }

  @Test
  void premiumNotNeededWhenTheCoverBindsBelowEightyPercent_BanfaA2_1() {
    TestDeal deal = deal().with("premiumCustomer", true).with("buyerCreditLimitBalance", "70000.00");
    Evaluation e = deal.evaluate();
    assertEquals(Severity.INFO, severity(e, "IF-AMOUNT-PREMIUM-NOT-NEEDED"));
    assertFalse(codes(e).contains("IF-AMOUNT-PREMIUM-90"));
  }

  @Test
  void eightyPercentStepSaysApplyingItToTheGrossIsDeliberate_BanfaA2_1() {
    Step eighty = deal().evaluate().amountSteps().get(0);
    assertTrue(eighty.label().en().contains("deliberate, conservative choice"));
    assertTrue(eighty.label().zh().contains("审慎"));
    assertFalse(eighty.bankDefault());
  }

  @Test
  void nilCoverIsRejected_XinbaoArt8() {
    TestDeal deal = deal().with("deductible", "100000.00");
    Evaluation e = deal.evaluate();
    assertEquals(Decision.REJECT, e.decision());
    assertEquals(Severity.REJECT, severity(e, "IF-AMOUNT-NIL"));
    assertEquals(0, BigDecimal.ZERO.compareTo(e.maxAmount()));
  }

  @Test
  void noAmountWithoutTheCoverInputsButTheRateStepsStillShow_XinbaoArt8() {
    TestDeal deal = deal().without("shipmentDeclared").without("declaredAmount");
    Evaluation e = deal.evaluate();
    assertEquals(Decision.REJECT, e.decision());
    assertEquals(Severity.REJECT, severity(e, "IF-SHIPMENT-DECLARED"));
    assertNull(e.maxAmount());
    assertEquals(List.of("80000.00"), e.amountSteps().stream().map(Step::value).toList());
    assertTrue(e.amountSteps().stream().noneMatch(Step::binding));
  }

  @Test
  void amountIsStillComputedOnAHardReject_RccArt6() {
    TestDeal deal = deal().with("volatileGoods", true);
    Evaluation e = deal.evaluate();
    assertEquals(Decision.REJECT, e.decision());
    assertEquals(Severity.REJECT, severity(e, "IF-VOLATILE-GOODS"));
    assertEquals(0, new BigDecimal("80000").compareTo(e.maxAmount()));
  }
}
