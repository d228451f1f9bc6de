package com.tfp.product.sellerscredit;

import static com.tfp.product.sellerscredit.Deals.VALUE_DATE;
import static com.tfp.product.sellerscredit.Deals.base;
import static com.tfp.spi.testing.EvaluationAssertions.assertAmount;
import static com.tfp.spi.testing.EvaluationAssertions.checklist;
import static com.tfp.spi.testing.EvaluationAssertions.codes;
import static com.tfp.spi.testing.EvaluationAssertions.documents;
import static com.tfp.spi.testing.EvaluationAssertions.severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.evaluation.Decision;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.LineOccupation;
import com.tfp.spi.evaluation.Severity;
import com.tfp.spi.evaluation.Step;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SingleContractLoanTest {

  static final LoanVariant SINGLE = LoanVariant.SINGLE_CONTRACT;

  @Test
  void prepaymentMetAndOtherPayablesGuaranteedGetNinetyPercent_003Art14() {
    Evaluation e = base(SINGLE).evaluate();
    assertEquals(Decision.APPROVABLE, e.decision(), () -> e.findings().toString());
    assertAmount("9000000.00", e.maxAmount());
    List<Step> steps = e.amountSteps();
    assertEquals(List.of("10000000.00", "8500000.00", "9000000.00"), steps.stream().map(Step::value).toList());
    assertEquals(List.of(false, false, true), steps.stream().map(Step::binding).toList());
    assertTrue(steps.stream().allMatch(s -> s.source().equals("003 Art.14")));
    assertEquals(3, e.riskClass());
    assertEquals(LineOccupation.CUSTOMER, e.lineOccupation());
  }

  @ParameterizedTest(name = "prepayment {0}, other payables guaranteed {1} -> {2}, cap {3}")
  @CsvSource({
      "0.20, true, INFO, 9000000.00",
      "0.15, true, INFO, 9000000.00",
      "0.20, false, INFO, 8500000.00",
      "0.1499, true, REFER, 8500000.00",
      "0.10, true, REFER, 8500000.00",
      "0.0999, true, REJECT, 8500000.00",
  })
  void prepaymentTableAndCap_003Art6And14(String ratio, boolean guaranteed, Severity expected, String cap) {
    Evaluation e = base(SINGLE).with("prepaymentRatio", ratio).with("otherPayablesGuaranteed", guaranteed).evaluate();
    assertEquals(expected, severity(e, ContractLoanConditions.PREPAYMENT));
    assertAmount(cap, e.maxAmount());
    assertEquals(Severity.INFO, severity(e, LoanAmount.RATIO));
  }

  @Test
  void unsignedContractIsRejectedButStillSized_003Art6() {
    Evaluation e = base(SINGLE).with("contractSigned", false).evaluate();
    assertEquals(Decision.REJECT, e.decision());
    assertEquals(List.of(ContractLoanConditions.SIGNED), codes(e, Severity.REJECT));
    assertAmount("9000000.00", e.maxAmount());
  }

  @Test
  void unguaranteedDeferredPartIsRejected_003Art6() {
    Evaluation e = base(SINGLE).with("deferredPayment", true).evaluate();
    assertEquals(Severity.REJECT, severity(e, DeferredPaymentRule.CODE));
    Evaluation ok = base(SINGLE).with("deferredPayment", true).with("deferredPaymentGuaranteed", true).evaluate();
    assertEquals(Severity.INFO, severity(ok, DeferredPaymentRule.CODE));
    assertEquals(Decision.APPROVABLE, ok.decision());
    assertFalse(codes(base(SINGLE).evaluate()).contains(DeferredPaymentRule.CODE));
  }

  @Test
  void shipBuilderWithoutQualificationIsRejected_003Art6() {
    Evaluation e = base(SINGLE).with("sector", "SHIP").with("sectorQualification", false).evaluate();
    assertEquals(Severity.REJECT, severity(e, QualificationRules.SECTOR));
    assertTrue(checklist(e).contains("SC-SHIP-PROGRESS-PAYMENTS"));
    Evaluation ok = base(SINGLE).with("sector", "SHIP").evaluate();
    assertEquals(Severity.INFO, severity(ok, QualificationRules.SECTOR));
  }

  @Test
  void possibleSoftwareExporterWithoutCertificationGoesToChecklist_003Art6() {
    Evaluation e = base(SINGLE).with("sectorQualification", false).evaluate();
    assertEquals(Decision.APPROVABLE, e.decision());
    assertTrue(checklist(e).contains(QualificationRules.SOFTWARE));
    assertFalse(checklist(base(SINGLE).evaluate()).contains(QualificationRules.SOFTWARE));
  }

  @Test
  void termFollowsTheContractSchedule_003Art17() {
    Evaluation e = base(SINGLE).evaluate();
    assertEquals(LocalDate.of(2027, 9, 16), e.maturityDate());
    assertEquals((int) java.time.temporal.ChronoUnit.DAYS.between(VALUE_DATE, LocalDate.of(2027, 9, 16)), e.maxTermDays());
    assertEquals("003 Art.17", e.termSteps().get(0).source());
    assertTrue(e.termSteps().get(0).binding());
    assertTrue(checklist(e).contains("SC-TERM-SCHEDULE"));
  }

  @Test
  void contractLoanDocumentsOfArticles10And11() {
    var docs = documents(base(SINGLE).evaluate());
    assertEquals(true, docs.get("SC-APPLICATION"));
    assertEquals(true, docs.get("SC-COMMERCIAL-CONTRACTS"));
    assertEquals(true, docs.get("SC-CONTRACT-CASH-FLOW"));
    assertEquals(true, docs.get("SC-PREPAYMENT-EVIDENCE"));
    assertEquals(false, docs.get("SC-SECURITY-PLAN"));
    assertFalse(docs.containsKey("SC-LEASE-CONTRACTS"));
    assertEquals(true, documents(base(SINGLE).with("fullGuarantee", true).evaluate()).get("SC-SECURITY-PLAN"));
  }
}
