package com.tfp.product.sellerscredit;

import static com.tfp.product.sellerscredit.Deals.base;
import static com.tfp.spi.testing.EvaluationAssertions.checklist;
import static com.tfp.spi.testing.EvaluationAssertions.codes;
import static com.tfp.spi.testing.EvaluationAssertions.finding;
import static com.tfp.spi.testing.EvaluationAssertions.severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.evaluation.Decision;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** 003 Art.6(一): "一般应" grade thresholds — outside them a REFER, never a REJECT and never a silent pass. */
class CreditGradeRuleTest {

  @ParameterizedTest(name = "{0} {1} grade {2} guarantee {3} -> {4}")
  @CsvSource({
      "SINGLE_CONTRACT, GENERAL, 12, false, INFO",
      "SINGLE_CONTRACT, GENERAL, 13, false, REFER",
      "SINGLE_CONTRACT, GENERAL, 13, true, INFO",
      "SINGLE_CONTRACT, GENERAL, 14, true, INFO",
      "SINGLE_CONTRACT, GENERAL, 15, true, REFER",
      "SINGLE_CONTRACT, COMPLETE_SET_HIGH_TECH, 14, false, INFO",
      "SINGLE_CONTRACT, COMPLETE_SET_HIGH_TECH, 15, false, REFER",
      "SINGLE_CONTRACT, COMPLETE_SET_HIGH_TECH, 15, true, INFO",
      "SINGLE_CONTRACT, COMPLETE_SET_HIGH_TECH, 16, true, REFER",
      "SERIES_CONTRACT, COMPLETE_SET_HIGH_TECH, 14, false, INFO",
      // complete sets earn the relaxed grade only under contract loans
      "OPERATING_CAPITAL, COMPLETE_SET_HIGH_TECH, 13, false, REFER",
      // ships, aircraft, rail, repair and conversion: in any loan form
      "OPERATING_CAPITAL, SHIP, 14, false, INFO",
      "OPERATING_CAPITAL, REPAIR_CONVERSION, 15, true, INFO",
      "OPERATING_CAPITAL, REPAIR_CONVERSION, 15, false, REFER",
      "KEY_EQUIPMENT, HIGH_SPEED_RAIL, 15, true, INFO",
      "KEY_EQUIPMENT, HIGH_SPEED_RAIL, 16, true, REFER",
      "LEASING, AIRCRAFT, 15, false, REFER",
      "LEASING, AIRCRAFT, 15, true, INFO",
      "LEASING, GENERAL, 13, false, REFER",
  })
  void gradeThresholds_003Art6(LoanVariant variant, String sector, int grade, boolean guarantee, Severity expected) {
    Evaluation e = base(variant).with("sector", sector).with("eximGrade", grade).with("fullGuarantee", guarantee)
        .evaluate();
    assertEquals(expected, severity(e, CreditGradeRule.CODE));
    if (expected == Severity.REFER) {
      assertEquals(Decision.REFER, e.decision());
      assertEquals("003 Art.6", finding(e, CreditGradeRule.CODE).orElseThrow().source());
      assertTrue(finding(e, CreditGradeRule.CODE).orElseThrow().message().en().contains("an approver may accept"));
    }
  }

  @ParameterizedTest
  @CsvSource({"SERVICE_OUTSOURCING_SINGLE, 12, false, INFO", "SERVICE_OUTSOURCING_SINGLE, 13, false, REFER",
      "SERVICE_OUTSOURCING_SERIES, 14, true, INFO", "SERVICE_OUTSOURCING_SERIES, 15, true, REFER"})
  void outsourcingTakesTheGeneralThresholds_003Art6And8(LoanVariant variant, int grade, boolean guarantee, Severity expected) {
    assertEquals(expected, severity(base(variant).with("eximGrade", grade).with("fullGuarantee", guarantee).evaluate(),
        CreditGradeRule.CODE));
  }

  @ParameterizedTest
  @EnumSource(LoanVariant.class)
  void unratedBorrowerGoesToTheChecklistNotToADecision_003Art6(LoanVariant variant) {
    Evaluation e = base(variant).without("eximGrade").evaluate();
    assertFalse(codes(e).contains(CreditGradeRule.CODE));
    assertTrue(checklist(e).contains(CreditGradeRule.UNRATED));
    assertEquals(Decision.APPROVABLE, e.decision());
  }
}
