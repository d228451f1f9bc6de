package com.tfp.spi.testing;

import static com.tfp.spi.testing.EvaluationAssertions.codes;
import static com.tfp.spi.testing.EvaluationAssertions.severity;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.ProductDescriptor;
import com.tfp.spi.ProductPlugin;
import com.tfp.spi.SemanticVersion;
import com.tfp.spi.VersionRange;
import com.tfp.spi.context.EvaluationContext;
import com.tfp.spi.evaluation.Decision;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.EvaluationRequest;
import com.tfp.spi.evaluation.LineOccupation;
import com.tfp.spi.evaluation.Severity;
import com.tfp.spi.facts.FactSpec;
import com.tfp.spi.insurance.CreditInsuranceConditions;
import com.tfp.spi.insurance.CreditInsuranceFacts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestPolicyTest {

  /** Only the shared trade and policy conditions of com.tfp.spi.insurance, parsed from the shared facts. */
  static final class PolicyOnly implements ProductPlugin {
    @Override
    public ProductDescriptor descriptor() {
      List<FactSpec> facts = new ArrayList<>(CreditInsuranceFacts.TRADE_AND_POLICY);
      facts.add(CreditInsuranceFacts.insurer().build());
      facts.addAll(CreditInsuranceFacts.INDEMNITY_COVER);
      return new ProductDescriptor("policy-only", SemanticVersion.parse("1.0.0"), VersionRange.parse("[1.0,2.0)"),
          LocalizedText.of("保单", "Policy"), LocalizedText.of("保单", "Policy"), 2, List.of(), facts, List.of(),
          List.of(), List.of("001 RCC Art.6"));
    }

    @Override
    public Evaluation evaluate(EvaluationRequest request, EvaluationContext context) {
      Evaluation.Builder out = Evaluation.builder(2, LineOccupation.CUSTOMER);
      CreditInsuranceConditions.check(request.facts(), out, "T");
      return out.build();
    }
  }

  static TestDeal policy() {
    return TestPolicy.inOrder(TestDeal.of(new PolicyOnly()).currency("USD").valueDate("2026-06-01"))
        .with("buyerCreditLimitBalance", "200000.00").with("indemnityRatio", "0.9");
  }

  @Test
  void aPolicyInOrderMeetsEverySharedCondition_RccArt6() {
    Evaluation e = policy().evaluate();
    assertEquals(Decision.APPROVABLE, e.decision());
    assertEquals(List.of("T-TRADE-POLICY"), codes(e));
  }

  @Test
  void eachConditionIsOneOfTheSharedOnes_RccArt6() {
    for (String condition : TestPolicy.CONDITIONS) {
      Evaluation e = policy().with(condition, false).evaluate();
      assertEquals(Decision.REJECT, e.decision(), condition);
    }
    assertEquals(Severity.REJECT, severity(policy().with("priceTerm", "CIF").evaluate(), "T-CARGO-INSURANCE"));
  }
}
