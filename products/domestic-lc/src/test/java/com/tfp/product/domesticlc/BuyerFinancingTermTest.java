package com.tfp.product.domesticlc;

import static com.tfp.spi.testing.EvaluationAssertions.bindingStep;
import static com.tfp.spi.testing.EvaluationAssertions.codes;
import static com.tfp.spi.testing.EvaluationAssertions.finding;
import static com.tfp.spi.testing.EvaluationAssertions.severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.ParameterSpec;
import com.tfp.spi.evaluation.Decision;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.Finding;
import com.tfp.spi.evaluation.Severity;
import com.tfp.spi.evaluation.Step;
import com.tfp.spi.facts.FactType;
import com.tfp.spi.facts.FieldError;
import com.tfp.spi.facts.InvalidFactsException;
import com.tfp.spi.testing.TestDeal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The buyer's bill purchase and pay-on-behalf start when the bank pays the L/C at its payment maturity (001 国内证
 * Art.10: issue date + payment term) and run for a period the seed does not set: a bank default of 90 days
 * ({@code buyerFinancingMaxDays}). The deals below are issued 2026-03-02 (see {@link Deal}).
 */
class BuyerFinancingTermTest {

  /** A sight L/C issued and paid 2026-03-02, financed the same day. */
  static TestDeal sight(String variant) {
    return Deal.of(variant).with("paymentTermDays", 0);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"BUYER_BILL_PURCHASE", "BUYER_PAY_ON_BEHALF"})
  void buyerFinancingUnderSightLcRunsToDefault90Days_001Art10Default(String variant) {
    // paid 2026-03-02 (issue + 0) + 90 days = 2026-05-31; before, the maturity was the payment date itself: elapsed
    Evaluation e = sight(variant).evaluate();
    assertEquals(Decision.APPROVABLE, e.decision(), () -> codes(e).toString());
    assertFalse(codes(e).contains("DLC-TERM-ELAPSED"));
    assertEquals(LocalDate.of(2026, 5, 31), e.maturityDate());
    assertEquals(90, e.maxTermDays());
    assertEquals(List.of("2026-06-30", "2026-03-02", "2026-05-31"), e.termSteps().stream().map(Step::value).toList());
    Step cap = bindingStep(e.termSteps());
    assertEquals("2026-05-31", cap.value());
    assertTrue(cap.bankDefault());
    assertEquals("001 国内证 Art.10", cap.source());
    assertTrue(cap.label().en().contains("Payment maturity + 90 days"), cap.label().en());
    assertTrue(cap.label().en().contains("the seed gives no figure"), cap.label().en());
    assertTrue(cap.label().en().contains("bank default, configurable"), cap.label().en());
    assertEquals(Severity.INFO, severity(e, "DLC-BUYER-TERM"));
  }

  @Test
  void buyerBillPurchaseUnderSightLcRunsToDefault90Days_001Art10Default() {
    Evaluation e = sight("BUYER_BILL_PURCHASE").evaluate();
    assertEquals(LocalDate.of(2026, 5, 31), e.maturityDate());
    assertTrue(finding(e, "DLC-BUYER-TERM").orElseThrow().message().en()
        .contains("starts at the payment maturity 2026-03-02; no maturity requested, so it runs the longest period, to"
            + " payment maturity + 90 days = 2026-05-31 (bank default, configurable); the seed sets no such period"));
  }

  @Test
  void usanceLcFinancingStartsAtThePaymentMaturity_001Art10Default() {
    // issued 2026-03-02 + 90 days = paid 2026-05-31; financed that day + 90 days = 2026-08-29
    Evaluation e = Deal.of("BUYER_PAY_ON_BEHALF").valueDate("2026-05-31").evaluate();
    assertEquals(Decision.APPROVABLE, e.decision(), () -> codes(e).toString());
    assertEquals(LocalDate.of(2026, 8, 29), e.maturityDate());
    assertEquals(90, e.maxTermDays());
  }

  @Test
  void requestedMaturityWithinTheDefaultIsTheMaturity_001Art10Default() {
    // 2026-03-02 → 2026-04-30 = 59 days, within 2026-05-31
    Evaluation e = sight("BUYER_BILL_PURCHASE").with("requestedMaturityDate", "2026-04-30").evaluate();
    assertEquals(Decision.APPROVABLE, e.decision());
    assertEquals(LocalDate.of(2026, 4, 30), e.maturityDate());
    assertEquals(59, e.maxTermDays());
    Step binding = bindingStep(e.termSteps());
    assertEquals("Requested maturity date", binding.label().en());
    assertFalse(binding.bankDefault());
    assertEquals("2026-05-31", e.termSteps().get(3).value());
    assertTrue(finding(e, "DLC-BUYER-TERM").orElseThrow().message().en().contains("(59 days), within"));
  }

  @Test
  void requestedMaturityOnTheCapIsApprovableAndBindsAsRequested_001Art10Default() {
    Evaluation e = sight("BUYER_PAY_ON_BEHALF").with("requestedMaturityDate", "2026-05-31").evaluate();
    assertEquals(Decision.APPROVABLE, e.decision());
    assertEquals(LocalDate.of(2026, 5, 31), e.maturityDate());
    assertFalse(bindingStep(e.termSteps()).bankDefault());
  }

  @Test
  void requestedMaturityBeyondTheDefaultIsCappedAndReferredForWantOfSeedBacking_001Art10Default() {
    // one day past 2026-03-02 + 90 days
    Evaluation e = sight("BUYER_BILL_PURCHASE").with("requestedMaturityDate", "2026-06-01").evaluate();
    assertEquals(Decision.REFER, e.decision());
    Finding f = finding(e, "DLC-BUYER-TERM").orElseThrow();
    assertEquals(Severity.REFER, f.severity());
    assertTrue(f.overridable());
    assertEquals("001 国内证 Art.10", f.source());
    assertTrue(f.message().en().contains("no backing in the seed (001 国内证 sets no buyer financing period)"), f.message().en());
    assertTrue(f.message().en().contains("bank default"), f.message().en());
    assertTrue(f.message().en().contains("an approver may accept the requested date"), f.message().en());
    assertTrue(f.message().zh().contains("种子文件"), f.message().zh());
    assertEquals(LocalDate.of(2026, 5, 31), e.maturityDate());
    assertTrue(bindingStep(e.termSteps()).bankDefault());
  }

  @Test
  void requestedMaturityNotAfterThePaymentMaturityIsRejected_001Art10() {
    // paid 2026-05-31: a maturity that day leaves no financing
    Evaluation e = Deal.of("BUYER_BILL_PURCHASE").valueDate("2026-05-31").with("requestedMaturityDate", "2026-05-31")
        .evaluate();
    assertEquals(Decision.REJECT, e.decision());
    Finding f = finding(e, "DLC-BUYER-TERM").orElseThrow();
    assertEquals(Severity.REJECT, f.severity());
    assertFalse(f.overridable());
    assertEquals(LocalDate.of(2026, 5, 31), e.maturityDate());
  }

  @Test
  void bankSetsItsOwnLongestPeriod_001Art10Default() {
    // 2026-03-02 + 120 days = 2026-06-30
    Evaluation byCap = sight("BUYER_BILL_PURCHASE").bank("buyerFinancingMaxDays", "120").evaluate();
    assertEquals(LocalDate.of(2026, 6, 30), byCap.maturityDate());
    assertTrue(bindingStep(byCap.termSteps()).label().en().contains("bank's own setting"));

    Evaluation requested = sight("BUYER_BILL_PURCHASE").bank("buyerFinancingMaxDays", "120")
        .with("requestedMaturityDate", "2026-06-15").evaluate();
    assertEquals(Decision.APPROVABLE, requested.decision());
    assertEquals(LocalDate.of(2026, 6, 15), requested.maturityDate());

    Evaluation beyond = sight("BUYER_BILL_PURCHASE").bank("buyerFinancingMaxDays", "120")
        .with("requestedMaturityDate", "2026-07-01").evaluate();
    assertEquals(Severity.REFER, severity(beyond, "DLC-BUYER-TERM"));
    assertTrue(finding(beyond, "DLC-BUYER-TERM").orElseThrow().message().en().contains("bank's own setting"));
  }

  @Test
  void theSixMonthRulesOfTheLcItselfStillApply_001Art10() {
    // issued 2026-03-02: 6 months = 2026-09-02; a 185-day term pays 2026-09-03 — rejected, the maturity still shown
    Evaluation e = Deal.of("BUYER_BILL_PURCHASE").with("paymentTermDays", 185).evaluate();
    assertEquals(Severity.REJECT, severity(e, "DLC-PAYMENT-TERM"));
    assertEquals(LocalDate.of(2026, 12, 2), e.maturityDate()); // 2026-09-03 + 90
    Evaluation validity = Deal.of("BUYER_PAY_ON_BEHALF").with("lcExpiryDate", "2026-09-03").evaluate();
    assertEquals(Severity.REJECT, severity(validity, "DLC-VALIDITY"));
  }

  @Test
  void otherVariantsStillEndAtThePaymentMaturity_001Art10() {
    Evaluation packing = sight("PACKING_LOAN").valueDate("2026-03-10").evaluate();
    assertEquals(Severity.REJECT, severity(packing, "DLC-TERM-ELAPSED"));
    assertFalse(codes(packing).contains("DLC-BUYER-TERM"));
    assertEquals(LocalDate.of(2026, 5, 31), Deal.of("SELLER_BILL_PURCHASE").evaluate().maturityDate());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ISSUANCE", "PACKING_LOAN", "SELLER_BILL_PURCHASE", "FORFAITING"})
  void requestedMaturityDateIsAFactOfBuyerSideFinancingOnly(String variant) {
    // issue 12: given for another variant, it is ignored and reported (no longer refused)
    assertFalse(Deal.of(variant).with("requestedMaturityDate", "2026-06-30").facts().has("requestedMaturityDate"));
    assertEquals(List.of("facts.requestedMaturityDate"), Deal.of(variant).with("requestedMaturityDate", "2026-06-30").ignoredFacts());
    assertTrue(Deal.of("BUYER_PAY_ON_BEHALF").with("requestedMaturityDate", "2026-06-30").facts()
        .has("requestedMaturityDate"));
  }

  @Test
  void theLongestPeriodIsAParameterThatSaysTheSeedIsSilent() {
    ParameterSpec p = Deal.PLUGIN.descriptor().parameter("buyerFinancingMaxDays").orElseThrow();
    assertEquals(FactType.INTEGER, p.type());
    assertEquals("90", p.defaultValue());
    assertEquals("001 国内证 Art.10", p.source());
    assertTrue(p.label().en().contains("the seed gives no figure, a bank default"), p.label().en());
    assertTrue(p.label().zh().contains("种子文件未规定"), p.label().zh());
    var fact = Deal.PLUGIN.descriptor().fact("requestedMaturityDate").orElseThrow();
    assertEquals(FactType.DATE, fact.type());
    assertFalse(fact.isRequired());
    assertTrue(fact.help().en().contains("default 90 days"));
  }
}
