package com.tfp.platform.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tfp.platform.line.domain.LineCategory;
import com.tfp.platform.line.domain.TransferRule;
import com.tfp.platform.shared.RuleViolationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** 002 Art.22-24: who may move line amounts, and by how much. */
class TransferRuleTest {

  static TransferRule.Side single(LineCategory c, String coefficient) {
    return new TransferRule.Side(c, true, new BigDecimal(coefficient));
  }

  @Test
  void workingCapitalMovesIntoTradeFinanceOneToOneByTheBusinessDepartment_002Art22_1() {
    var a = TransferRule.assess(new TransferRule.Side(LineCategory.WORKING_CAPITAL, false, BigDecimal.ONE),
        single(LineCategory.TRADE_FINANCE, "0.5"), new BigDecimal("100000"), null, false);
    assertEquals(TransferRule.Route.SELF_SERVICE, a.route());
    assertEquals(0, a.amountIn().compareTo(new BigDecimal("100000")));
  }

  @Test
  void tradeFinanceSingleLineMovesToSameOrLowerCoefficient_002Art22_2() {
    var a = TransferRule.assess(single(LineCategory.TRADE_FINANCE, "1.0"), single(LineCategory.GUARANTEE, "0.5"), new BigDecimal("1000"), null, false);
    assertEquals(TransferRule.Route.SELF_SERVICE, a.route());
  }

  @Test
  void guaranteeSingleLineMovesOnlyToGuaranteeLines_002Art22_3() {
    assertThrows(RuleViolationException.class,
        () -> TransferRule.assess(single(LineCategory.GUARANTEE, "1.0"), single(LineCategory.TRADE_FINANCE, "0.5"), new BigDecimal("1000"), null, false));
  }

  @Test
  void toAHigherCoefficientNeedsTheOriginalApprover_002Art24() {
    assertThrows(RuleViolationException.class,
        () -> TransferRule.assess(single(LineCategory.TRADE_FINANCE, "0.5"), single(LineCategory.TRADE_FINANCE, "1.5"), new BigDecimal("1000"), null, false));
  }

  @Test
  void withTheOriginalApproverTheRiskEquivalentMayNotRise_002Art24() {
    var a = TransferRule.assess(single(LineCategory.TRADE_FINANCE, "0.5"), single(LineCategory.TRADE_FINANCE, "1.5"), new BigDecimal("300000"), null, true);
    assertEquals(TransferRule.Route.ORIGINAL_APPROVER, a.route());
    assertEquals("100000.00", a.amountIn().toPlainString(), "0.5 x 300000 = 1.5 x 100000");
    assertThrows(RuleViolationException.class, () -> TransferRule.assess(single(LineCategory.TRADE_FINANCE, "0.5"),
        single(LineCategory.TRADE_FINANCE, "1.5"), new BigDecimal("300000"), new BigDecimal("100000.01"), true));
  }

  @Test
  void selfServiceTransfersAreOneToOne_002Art23() {
    assertThrows(RuleViolationException.class, () -> TransferRule.assess(new TransferRule.Side(LineCategory.DISCOUNT, false, BigDecimal.ONE),
        single(LineCategory.TRADE_FINANCE, "0.5"), new BigDecimal("1000"), new BigDecimal("2000"), false));
  }
}
