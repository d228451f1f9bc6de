package com.tfp.product.sellerscredit;

import static com.tfp.product.sellerscredit.Deals.base;
import static com.tfp.spi.testing.EvaluationAssertions.assertAmount;
import static com.tfp.spi.testing.EvaluationAssertions.checklist;
import static com.tfp.spi.testing.EvaluationAssertions.codes;
import static com.tfp.spi.testing.EvaluationAssertions.documents;
import static com.tfp.spi.testing.EvaluationAssertions.obligations;
import static com.tfp.spi.testing.EvaluationAssertions.severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.evaluation.Decision;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.Severity;
import com.tfp.spi.evaluation.Step;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeasingLoanTest {

  static final LoanVariant LEASING = LoanVariant.LEASING;

  @Test
  void eightyPercentOfThePurchaseContract_003Art15() {
    Evaluation e = base(LEASING).evaluate();
    assertEquals(Decision.APPROVABLE, e.decision(), () -> e.findings().toString());
    assertAmount("16000000.00", e.maxAmount());
    assertEquals(List.of("20000000.00", "16000000.00"), e.amountSteps().stream().map(Step::value).toList());
    assertEquals("003 Art.15", e.amountSteps().get(1).source());
    assertEquals(Severity.INFO, severity(e, LeasingConditions.CONDITIONS));
    assertEquals(4, e.riskClass());
  }

  @ParameterizedTest(name = "purchase {0}, prepayment {1}, China content {2} -> {3}")
  @CsvSource({
      "10000000, 0.20, 0.50, ''",
      "9999999.99, 0.20, 0.50, SC-LEASE-PURCHASE-AMOUNT",
      "10000000, 0.1999, 0.50, SC-LEASE-PREPAYMENT",
      "10000000, 0.20, 0.4999, SC-LEASE-CHINA-CONTENT",
  })
  void hardThresholdsOfArticle7_003Art7(String purchase, String prepayment, String china, String rejected) {
    Evaluation e = base(LEASING).with("purchaseContractAmountUsd", purchase).with("leasePrepaymentRatio", prepayment)
        .with("chinaContentRatio", china).evaluate();
    assertEquals(rejected.isEmpty() ? List.of() : List.of(rejected), codes(e, Severity.REJECT));
    assertEquals(rejected.isEmpty(), codes(e).contains(LeasingConditions.CONDITIONS));
  }

  @Test
  void unsignedLeaseIsReferredBecauseArticle12AcceptsADraft_003Art7And12() {
    Evaluation e = base(LEASING).with("leaseContractSigned", false).evaluate();
    assertEquals(Decision.REFER, e.decision());
    assertEquals(Severity.REFER, severity(e, LeasingConditions.LEASE_SIGNED));
    assertAmount("16000000.00", e.maxAmount());
  }

  @Test
  void nonUsdLoanLeavesTheConversionToAnApprover_003Art15() {
    Evaluation e = base(LEASING).currency("CNY").evaluate();
    assertEquals(Decision.REFER, e.decision());
    assertEquals(Severity.REFER, severity(e, LoanAmount.LEASE_CURRENCY));
    assertNull(e.maxAmount());
    assertEquals("16000000.00", e.amountSteps().get(1).value());
    assertFalse(e.amountSteps().get(1).binding());
  }

  @Test
  void termFollowsTheLeaseCashFlows_003Art18() {
    Evaluation e = base(LEASING).evaluate();
    assertEquals(LocalDate.of(2036, 3, 16), e.maturityDate());
    assertEquals("003 Art.18", e.termSteps().get(0).source());
  }

  @Test
  void leasingChecklistDocumentsAndDuties_003Art7And12() {
    Evaluation e = base(LEASING).evaluate();
    assertTrue(checklist(e).containsAll(List.of("SC-LESSOR-STANDING", "SC-LESSEE-STANDING", "SC-AIRCRAFT-CHINA-CONTENT",
        "SC-IMPORTER-STANDING")));
    assertFalse(checklist(e).contains("SC-BRANCH-AUTHORISATION"));
    var docs = documents(e);
    assertTrue(List.of("SC-LEASE-CONTRACTS", "SC-LEASE-RECEIPTS", "SC-LEASE-ASSIGNMENTS", "SC-CHINA-CONTENT")
        .stream().allMatch(c -> Boolean.TRUE.equals(docs.get(c))));
    // Art.12 takes Art.10 items 一, 二, 五-九, 十五 only
    assertFalse(docs.containsKey("SC-EXPORT-RECORD"));
    assertFalse(docs.containsKey("SC-PREPAYMENT-EVIDENCE"));
    assertTrue(docs.containsKey("SC-FOREIGN-APPROVALS"));
    assertTrue(obligations(e).contains("SC-LEASE-ASSIGNMENT"));
    // no builder qualification for lessors (Art.7 leaves Art.6(二) out)
    assertFalse(codes(e).contains(QualificationRules.SECTOR));
  }

  @Test
  void deferredPaymentGuaranteeAppliesToLeasing_003Art7() {
    assertEquals(Severity.REJECT, severity(base(LEASING).with("deferredPayment", true).evaluate(),
        DeferredPaymentRule.CODE));
  }
}
