package com.tfp.product.domesticlc;

import static com.tfp.spi.testing.EvaluationAssertions.checklist;
import static com.tfp.spi.testing.EvaluationAssertions.codes;
import static com.tfp.spi.testing.EvaluationAssertions.severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.evaluation.Decision;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.Severity;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 001 国内证 Art.11: the part not covered by margin needs other security unless the customer may borrow unsecured. */
class UncoveredPartSecurityTest {

  @ParameterizedTest(name = "{0} security={1} unsecured={2} → {3}")
  @CsvSource({
      "ISSUANCE,            false, false, REJECT",
      "ISSUANCE,            true,  false, APPROVABLE",
      "ISSUANCE,            false, true,  APPROVABLE",
      "BUYER_BILL_PURCHASE, false, false, REJECT",
      "BUYER_PAY_ON_BEHALF, false, true,  APPROVABLE",
      "PACKING_LOAN,        false, false, APPROVABLE"})  // Art.11 belongs to issuance and the buyer side only
  void uncoveredPartNeedsSecurity_001Art11(String variant, boolean security, boolean unsecured, Decision decision) {
    Evaluation e = Deal.of(variant).with("securityProvided", security).with("unsecuredEligible", unsecured).evaluate();
    assertEquals(decision, e.decision(), codes(e).toString());
    if (variant.equals("PACKING_LOAN")) {
      assertFalse(codes(e).contains("DLC-SECURITY"));
    } else {
      assertEquals(decision == Decision.REJECT ? Severity.REJECT : Severity.INFO, severity(e, "DLC-SECURITY"));
      // the margin is still computed for a rejected deal
      assertEquals(0, new BigDecimal("0.10").compareTo(e.marginRatio()));
    }
    assertEquals(unsecured && !variant.equals("PACKING_LOAN"), checklist(e).contains("DLC-UNSECURED-BASIS"));
  }

  @ParameterizedTest(name = "unknown tier, security={0} → {1}")
  @CsvSource({"false, REJECT", "true, APPROVABLE"})
  void unknownMarginStillLeavesAnUncoveredPart_001Art11(boolean security, Decision decision) {
    Evaluation e = Deal.of("ISSUANCE").without("customerTier").with("securityProvided", security).evaluate();
    assertEquals(decision, e.decision());
    assertTrue(checklist(e).contains("DLC-MARGIN-BASIS"));
  }
}
