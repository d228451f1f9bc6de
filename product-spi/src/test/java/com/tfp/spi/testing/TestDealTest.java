package com.tfp.spi.testing;

import static com.tfp.spi.testing.EvaluationAssertions.assertAmount;
import static com.tfp.spi.testing.EvaluationAssertions.assertFinding;
import static com.tfp.spi.testing.EvaluationAssertions.bindingStep;
import static com.tfp.spi.testing.EvaluationAssertions.checklist;
import static com.tfp.spi.testing.EvaluationAssertions.codes;
import static com.tfp.spi.testing.EvaluationAssertions.document;
import static com.tfp.spi.testing.EvaluationAssertions.documents;
import static com.tfp.spi.testing.EvaluationAssertions.finding;
import static com.tfp.spi.testing.EvaluationAssertions.obligations;
import static com.tfp.spi.testing.EvaluationAssertions.severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.ParameterSpec;
import com.tfp.spi.ProductDescriptor;
import com.tfp.spi.ProductPlugin;
import com.tfp.spi.SemanticVersion;
import com.tfp.spi.Variant;
import com.tfp.spi.VersionRange;
import com.tfp.spi.calc.BindingLimit;
import com.tfp.spi.context.ConfiguredValue;
import com.tfp.spi.context.EvaluationContext;
import com.tfp.spi.evaluation.CustomerRecord;
import com.tfp.spi.evaluation.Decision;
import com.tfp.spi.evaluation.DocumentSpec;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.EvaluationRequest;
import com.tfp.spi.evaluation.LineOccupation;
import com.tfp.spi.evaluation.Severity;
import com.tfp.spi.evaluation.Step;
import com.tfp.spi.facts.FactSpec;
import com.tfp.spi.facts.FactType;
import com.tfp.spi.facts.FieldError;
import com.tfp.spi.facts.InvalidFactsException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestDealTest {

  /**
   * A product small enough to see through: advances a share (a parameter) of the amount until the due date, reports
   * the request's variant and currency, refers a flagged deal, rejects a customer whose lines are suspended.
   */
  static final class DemoPlugin implements ProductPlugin {
    static final DocumentSpec APPLICATION = DocumentSpec.of("DEMO-APPLICATION", "申请书", "Application", "004 Art.17");
    static final DocumentSpec GUARANTEE = DocumentSpec.of("DEMO-GUARANTEE", "保函", "Guarantee", "004 Art.17");

    @Override
    public ProductDescriptor descriptor() {
      return new ProductDescriptor("demo", SemanticVersion.parse("1.0.0"), VersionRange.parse("[1.0,2.0)"),
          LocalizedText.of("演示", "Demo"), LocalizedText.of("演示产品", "Demo product"), 2,
          List.of(new Variant("PLAIN", LocalizedText.of("普通", "Plain"), 2),
              new Variant("SECURED", LocalizedText.of("有担保", "Secured"), 1)),
          List.of(
              FactSpec.money("amount").label("金额", "Amount").required().build(),
              FactSpec.date("dueDate").label("到期日", "Due date").required().build(),
              FactSpec.flag("flagged").label("关注", "Flagged").build(),
              FactSpec.text("guarantor").label("保证人", "Guarantor").variants("SECURED").build(),
              FactSpec.records("contracts", FactSpec.money("amount").label("金额", "Amount").required().build())
                  .label("合同", "Contracts").build()),
          List.of(APPLICATION, GUARANTEE),
          List.of(new ParameterSpec("advanceRatio", FactType.RATIO, "0.8", LocalizedText.of("比例", "Ratio"), "004 Art.11")),
          List.of("004 Art.11"));
    }

    @Override
    public Evaluation evaluate(EvaluationRequest request, EvaluationContext context) {
      var facts = request.facts();
      Evaluation.Builder out = Evaluation.builder(descriptor().riskClassOf(request.variant()), LineOccupation.CUSTOMER);
      out.info("DEMO-REQUEST", "004 Art.2", "品种 " + request.variant() + " 币种 " + request.currency(),
          "variant " + request.variant() + " currency " + request.currency() + " contracts " + facts.records("contracts").size());
      if (facts.flag("flagged")) out.refer("DEMO-FLAGGED", "004 Art.7", "关注", "flagged");
      request.customerRecord().filter(CustomerRecord::linesSuspended)
          .ifPresent(c -> out.reject("DEMO-SUSPENDED", "002 Art.44", "额度冻结", "lines suspended"));
      ConfiguredValue ratio = context.parameter("advanceRatio");
      BigDecimal amount = facts.requireDecimal("amount");
      out.amount(BindingLimit.lowestAmount(request.currency())
          .limit(LocalizedText.of("金额", "the amount"), amount, "004 Art.11")
          .defaultLimit(ratio.mark("比例", "share"), amount.multiply(ratio.decimal()), "004 Art.11"));
      out.maturity(BindingLimit.<LocalDate>earliestDate()
          .limit(LocalizedText.of("到期日", "due date"), facts.requireDate("dueDate"), "004 Art.10"), request.valueDate());
      out.check("DEMO-CHECK", "004 Art.6", "核实", "verify");
      out.obligation("DEMO-DUTY", "004 Art.20", "义务", "duty");
      out.document(APPLICATION, true);
      out.document(GUARANTEE, facts.text("guarantor").isPresent());
      return out.build();
    }
  }

  static TestDeal plain() {
    return TestDeal.of(new DemoPlugin()).variant("PLAIN").currency("USD").valueDate("2026-12-01")
        .with("amount", "100000.00").with("dueDate", "2026-12-31");
  }

  static List<String> errorFields(TestDeal deal) {
    return assertThrows(InvalidFactsException.class, deal::facts).errors().stream().map(FieldError::field).toList();
  }

  @Test
  void evaluatesThroughTheDescriptorWithVariantCurrencyAndValueDate() {
    Evaluation e = plain().evaluate();
    assertEquals(Decision.APPROVABLE, e.decision());
    assertEquals("variant PLAIN currency USD contracts 0", finding(e, "DEMO-REQUEST").orElseThrow().message().en());
    assertAmount("80000", e.maxAmount());
    assertEquals(LocalDate.of(2026, 12, 31), e.maturityDate());
    assertEquals(30, e.maxTermDays());
    assertEquals(2, e.riskClass());
    assertEquals(1, plain().variant("SECURED").evaluate().riskClass());
  }

  @Test
  void rawFactsAreTypedByTheParser() {
    var facts = plain().with("flagged", true).with("contracts", List.of(TestDeal.record("amount", "10"))).facts();
    assertEquals(0, new BigDecimal("100000").compareTo(facts.requireDecimal("amount")));
    assertEquals(LocalDate.of(2026, 12, 31), facts.requireDate("dueDate"));
    assertTrue(facts.flag("flagged"));
    assertEquals(1, facts.records("contracts").size());
  }

  @Test
  void withNullAndWithoutBothLeaveTheFactOut() {
    assertEquals(List.of("facts.dueDate"), errorFields(plain().with("dueDate", null)));
    assertEquals(List.of("facts.amount"), errorFields(plain().without("amount")));
    assertFalse(plain().with("flagged", true).with("flagged", null).facts().has("flagged"));
  }

  @Test
  void factsAreCheckedAgainstTheSchemaAndTheVariant() {
    assertEquals(List.of("facts.amout"), errorFields(plain().with("amout", "1.00")));
    // issue 12: a fact of a sibling variant is left out and reported, no longer an error
    assertFalse(plain().with("guarantor", "Bank of X").facts().has("guarantor"));
    assertEquals(List.of("facts.guarantor"), plain().with("guarantor", "Bank of X").ignoredFacts());
    assertTrue(plain().variant("SECURED").with("guarantor", "Bank of X").facts().has("guarantor"));
    assertEquals(List.of("facts.amount"), errorFields(plain().currency("JPY").with("amount", "1.5")));
    assertEquals(List.of("facts.contracts[0].amount"), errorFields(plain().with("contracts", List.of(TestDeal.record()))));
  }

  @Test
  void theBanksParametersReplaceTheDefaults() {
    Step byDefault = bindingStep(plain().evaluate().amountSteps());
    assertTrue(byDefault.label().en().contains("bank default"));
    Evaluation own = plain().bank("advanceRatio", "0.5").evaluate();
    assertAmount("50000.00", own.maxAmount());
    assertTrue(bindingStep(own.amountSteps()).label().en().contains("bank's own setting"));
    assertAmount("70000.00", plain().bank(Map.of("advanceRatio", "0.7")).evaluate().maxAmount());
  }

  @Test
  void theCustomerRecordReachesThePlugin() {
    assertTrue(finding(plain().evaluate(), "DEMO-SUSPENDED").isEmpty());
    Evaluation e = plain().customer(new CustomerRecord("C-1", Set.of(), true, true, true)).evaluate();
    assertEquals(Decision.REJECT, e.decision());
  }

  @Test
  void aDealWithoutCurrencyOrValueDateSaysWhatIsMissing() {
    var noCurrency = TestDeal.of(new DemoPlugin()).variant("PLAIN").valueDate("2026-12-01");
    assertTrue(assertThrows(NullPointerException.class, noCurrency::facts).getMessage().contains("currency"));
    var noValueDate = TestDeal.of(new DemoPlugin()).variant("PLAIN").currency("USD").with("amount", "1.00")
        .with("dueDate", "2026-12-31");
    assertTrue(assertThrows(NullPointerException.class, noValueDate::evaluate).getMessage().contains("value date"));
  }

  @Test
  void findingsAreFoundByCodeInTheirOrder() {
    Evaluation e = plain().with("flagged", true).customer(new CustomerRecord("C-1", Set.of(), true, true, true)).evaluate();
    assertEquals(List.of("DEMO-REQUEST", "DEMO-FLAGGED", "DEMO-SUSPENDED"), codes(e));
    assertEquals(List.of("DEMO-FLAGGED"), codes(e, Severity.REFER));
    assertEquals(Severity.REJECT, severity(e, "DEMO-SUSPENDED"));
    assertFinding(e, "DEMO-FLAGGED", Severity.REFER, "004 Art.7");
    AssertionError missing = assertThrows(AssertionError.class, () -> severity(e, "DEMO-NONE"));
    assertTrue(missing.getMessage().contains("DEMO-FLAGGED:REFER"), missing.getMessage());
    assertThrows(AssertionError.class, () -> assertFinding(e, "DEMO-FLAGGED", Severity.REFER, "004 Art.8"));
    assertThrows(AssertionError.class, () -> assertFinding(e, "DEMO-FLAGGED", Severity.REJECT, "004 Art.7"));
  }

  @Test
  void checklistObligationsAndDocumentsAreFoundByCode() {
    Evaluation e = plain().evaluate();
    assertEquals(List.of("DEMO-CHECK"), checklist(e));
    assertEquals(List.of("DEMO-DUTY"), obligations(e));
    assertEquals(Map.of("DEMO-APPLICATION", true, "DEMO-GUARANTEE", false), documents(e));
    assertEquals("004 Art.17", document(e, "DEMO-APPLICATION").orElseThrow().source());
    assertTrue(document(e, "DEMO-NONE").isEmpty());
  }

  @Test
  void bindingStepAndAmountAssertionsFailWhenTheyShould() {
    Evaluation e = plain().evaluate();
    assertEquals("80000.00", bindingStep(e.amountSteps()).value());
    assertThrows(AssertionError.class, () -> bindingStep(List.of()));
    assertThrows(AssertionError.class, () -> bindingStep(List.of(e.amountSteps().get(1), e.amountSteps().get(1))));
    assertAmount("80000", new BigDecimal("80000.00"));
    assertThrows(AssertionError.class, () -> assertAmount("80000.01", new BigDecimal("80000.00")));
    assertThrows(AssertionError.class, () -> assertAmount("0", null));
  }
}
