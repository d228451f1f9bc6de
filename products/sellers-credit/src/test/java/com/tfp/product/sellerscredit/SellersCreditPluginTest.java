package com.tfp.product.sellerscredit;

import static com.tfp.product.sellerscredit.Deals.base;
import static com.tfp.spi.testing.EvaluationAssertions.checklist;
import static com.tfp.spi.testing.EvaluationAssertions.documents;
import static com.tfp.spi.testing.EvaluationAssertions.obligations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.evaluation.Decision;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.Finding;
import com.tfp.spi.evaluation.LineOccupation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What holds for every variant. */
class SellersCreditPluginTest {

  @ParameterizedTest
  @EnumSource(LoanVariant.class)
  void baseDealOfEachVariantIsApprovableWithAmountAndMaturity(LoanVariant variant) {
    Evaluation e = base(variant).evaluate();
    assertEquals(Decision.APPROVABLE, e.decision(), () -> e.findings().toString());
    assertNotNull(e.maxAmount());
    assertNotNull(e.maturityDate());
    assertEquals(LineOccupation.CUSTOMER, e.lineOccupation());
    assertEquals(Deals.PLUGIN.descriptor().riskClassOf(variant.name()), e.riskClass());
  }

  @ParameterizedTest
  @EnumSource(LoanVariant.class)
  void proceedsMayNotPayIntermediaryFees_003Art24(LoanVariant variant) {
    Evaluation e = base(variant).evaluate();
    assertTrue(obligations(e).contains("SC-NO-INTERMEDIARY-FEES"));
    assertTrue(checklist(e).containsAll(java.util.List.of("SC-GROUP-BORROWER", "SC-DEAL-BY-DEAL-APPROVAL", "SC-AML-PROJECT-COUNTRY")));
    assertEquals(true, documents(e).get("SC-APPLICATION"));
  }

  @ParameterizedTest
  @EnumSource(LoanVariant.class)
  void everyFindingCitesSeed003AndSpeaksBothLanguages(LoanVariant variant) {
    Evaluation e = base(variant).with("eximGrade", 16).without("contractSigned").evaluate();
    for (Finding f : e.findings()) {
      assertTrue(f.source().matches("003 Art\\.\\d+"), f.source());
      assertTrue(f.message().isComplete(), f.code());
      assertTrue(f.code().startsWith("SC-"), f.code());
    }
    e.reviewChecklist().forEach(i -> assertTrue(i.text().isComplete() && i.source().matches("00\\d Art\\.\\d+"), i.code()));
  }

  @ParameterizedTest
  @EnumSource(LoanVariant.class)
  void evaluationIsDeterministic(LoanVariant variant) {
    assertEquals(base(variant).evaluate(), base(variant).evaluate());
  }
}
