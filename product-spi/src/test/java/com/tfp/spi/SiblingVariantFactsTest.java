package com.tfp.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.calc.DayCount;
import com.tfp.spi.context.ReferenceContext;
import com.tfp.spi.context.TableRate;
import com.tfp.spi.evaluation.DocumentSpec;
import com.tfp.spi.facts.Condition;
import com.tfp.spi.facts.FactSpec;
import com.tfp.spi.facts.FactsParser;
import com.tfp.spi.facts.FieldError;
import com.tfp.spi.facts.InvalidFactsException;
import com.tfp.spi.facts.ParsedFacts;
import com.tfp.spi.testing.TestReference;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: legacy systems send one record layout for all variants. A fact of a sibling variant is ignored and
 * reported; a name no variant knows is still an error (API.md "Unknown fact names are a 400").
 */
class SiblingVariantFactsTest {

  static final ProductDescriptor PRODUCT = new ProductDescriptor(
      "demo", SemanticVersion.parse("1.0.0"), VersionRange.parse("[1.1,2.0)"),
      LocalizedText.of("演示", "Demo"), LocalizedText.of("演示产品", "Demo product"), 2,
      List.of(new Variant("SINGLE", LocalizedText.of("单一", "Single"), 3), new Variant("SERIES", LocalizedText.of("系列", "Series"), 3)),
      List.of(
          FactSpec.money("contractAmount").label("合同金额", "Contract amount").required().variants("SINGLE").build(),
          FactSpec.records("contracts",
                  FactSpec.money("amount").label("金额", "Amount").required().build(),
                  FactSpec.decimal("exportFxCost").label("换汇成本", "FX cost").variants("SERIES").build())
              .label("合同", "Contracts").variants("SINGLE", "SERIES").build(),
          FactSpec.integer("usanceDays").label("远期天数", "Usance days").build(),
          FactSpec.date("acceptanceDate").label("承兑日", "Acceptance date").build(),
          FactSpec.date("billDate").label("单据日", "Bill date").build(),
          FactSpec.date("maturityDate").label("到期日", "Maturity")
              .requiredWhen(Condition.anyOf(Condition.absent("usanceDays"),
                  Condition.allOf(Condition.absent("acceptanceDate"), Condition.absent("billDate"))))
              .whenAbsent("由承兑日或单据日加远期天数推算", "derived from acceptanceDate or billDate + usanceDays")
              .whenAbsent(new String[] {"SERIES"}, "系列：同上", "series: the same")
              .build()),
      List.of(DocumentSpec.of("APP", "申请书", "Application", "003 Art.10")),
      List.of(), List.of("003 Art.1"));

  @Test
  void aSiblingVariantsFactIsIgnoredAndReported() {
    ParsedFacts p = FactsParser.read(PRODUCT, "SERIES", "USD", Map.of("contractAmount", "100.00", "maturityDate", "2027-01-01",
        "contracts", List.of(Map.of("amount", "10"))));
    assertFalse(p.facts().has("contractAmount"));
    assertEquals(List.of(new ParsedFacts.IgnoredFact("facts.contractAmount", Set.of("SINGLE"))), p.ignored());
  }

  @Test
  void aSiblingVariantsFieldInsideARecordIsIgnoredWithItsIndex() {
    ParsedFacts p = FactsParser.read(PRODUCT, "SINGLE", "USD", Map.of("contractAmount", "100.00", "maturityDate", "2027-01-01",
        "contracts", List.of(Map.of("amount", "10", "exportFxCost", "6.5"))));
    assertEquals(List.of("facts.contracts[0].exportFxCost"), p.ignored().stream().map(ParsedFacts.IgnoredFact::field).toList());
    assertFalse(p.facts().records("contracts").get(0).has("exportFxCost"));
  }

  @Test
  void aNameNoVariantKnowsIsStillAnErrorSoTyposCannotPassSilently() {
    InvalidFactsException e = assertThrows(InvalidFactsException.class, () -> FactsParser.read(PRODUCT, "SINGLE", "USD",
        Map.of("contractAmount", "100.00", "maturityDate", "2027-01-01", "contractAmout", "1")));
    assertEquals(List.of("facts.contractAmout"), e.errors().stream().map(FieldError::field).toList());
  }

  @Test
  void aDerivableFactIsRequiredOnlyWhenWhatDerivesItIsMissing() {
    FactsParser.read(PRODUCT, "SINGLE", "USD", Map.of("contractAmount", "1", "usanceDays", 90, "billDate", "2026-12-01"));
    FactsParser.read(PRODUCT, "SINGLE", "USD", Map.of("contractAmount", "1", "usanceDays", 90, "acceptanceDate", "2026-12-01"));
    InvalidFactsException e = assertThrows(InvalidFactsException.class,
        () -> FactsParser.read(PRODUCT, "SINGLE", "USD", Map.of("contractAmount", "1", "billDate", "2026-12-01")));
    FieldError error = e.errors().get(0);
    assertEquals("facts.maturityDate", error.field());
    assertEquals("required when usanceDays not given or (acceptanceDate not given and billDate not given)", error.message().en());
  }

  @Test
  void whatAnAbsentFactMeansIsDeclaredPerVariant() {
    FactSpec maturity = PRODUCT.fact("maturityDate").orElseThrow();
    assertEquals("series: the same", maturity.whenAbsent("SERIES").orElseThrow().en());
    assertEquals("derived from acceptanceDate or billDate + usanceDays", maturity.whenAbsent("SINGLE").orElseThrow().en());
    assertTrue(PRODUCT.fact("billDate").orElseThrow().whenAbsent("SINGLE").isEmpty());
    assertEquals(List.of(), PRODUCT.problems());
  }

  @Test
  void theDiscountRateIsTheShortestTableRowCoveringTheTenor() {
    ReferenceContext c = TestReference.context(PRODUCT);
    assertEquals(0, new BigDecimal("0.0520").compareTo(c.discountRate("USD", 30).orElseThrow().annualRate()));
    assertEquals(0, new BigDecimal("0.0540").compareTo(c.discountRate("USD", 31).orElseThrow().annualRate()));
    assertEquals(720, c.discountRate("USD", 400).orElseThrow().tenorDaysUpTo());
    assertTrue(c.discountRate("USD", 721).isEmpty(), "beyond the table");
    assertTrue(c.discountRate("XAU", 30).isEmpty(), "a currency the table does not list");
    assertTrue(c.discountRate("USD", 30).orElseThrow().bankDefault());
  }

  @Test
  void aContextWithoutARateTableHasNoRate() {
    ReferenceContext c = new ReferenceContext(PRODUCT, Map.of(), TestReference.CALENDAR, Map.of("USD", DayCount.ACT_360), Map.of(), Map.of());
    assertTrue(c.discountRate("USD", 30).isEmpty());
    TableRate own = new TableRate("USD", 90, new BigDecimal("0.05"), false);
    assertEquals("Rate (bank's own setting)", own.mark("利率", "Rate").en());
  }
}
