package com.tfp.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.evaluation.DocumentSpec;
import com.tfp.spi.facts.Condition;
import com.tfp.spi.facts.FactSpec;
import com.tfp.spi.facts.Facts;
import com.tfp.spi.facts.FactsParser;
import com.tfp.spi.facts.FieldError;
import com.tfp.spi.facts.InvalidFactsException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FactsParserTest {

  static final ProductDescriptor PRODUCT = new ProductDescriptor(
      "demo", SemanticVersion.parse("1.0.0"), VersionRange.parse("[1.0,2.0)"),
      LocalizedText.of("演示", "Demo"), LocalizedText.of("演示产品", "Demo product"), 2,
      List.of(),
      List.of(
          FactSpec.enumeration("settlement").label("结算方式", "Settlement").required()
              .value("SIGHT", "即期", "Sight").value("USANCE", "远期", "Usance").build(),
          FactSpec.money("amount").label("金额", "Amount").required().build(),
          FactSpec.integer("usanceDays").label("远期天数", "Usance days").min("1").max("360")
              .requiredWhen(Condition.factIn("settlement", "USANCE")).build(),
          FactSpec.date("dueDate").label("到期日", "Due date").build(),
          FactSpec.ratio("ratio").label("比例", "Ratio").build(),
          FactSpec.money("deductible").label("免赔额", "Deductible").defaultValue("0").build(),
          FactSpec.country("country").label("国家", "Country").build(),
          FactSpec.flag("licence").label("许可", "Licence").build(),
          FactSpec.records("contracts",
              FactSpec.money("amount").label("金额", "Amount").required().build(),
              FactSpec.text("productType").label("产品类型", "Product type").build())
              .label("合同", "Contracts").build()),
      List.of(DocumentSpec.of("APP", "申请书", "Application", "004 Art.17")),
      List.of(), List.of("004 Art.1"));

  static Map<String, Object> raw(Object... kv) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
    return m;
  }

  static List<String> fields(Map<String, Object> raw) {
    InvalidFactsException e = assertThrows(InvalidFactsException.class, () -> FactsParser.parse(PRODUCT, null, "USD", raw));
    return e.errors().stream().map(FieldError::field).toList();
  }

  @Test
  void typesAreConvertedAndDefaultsFilled() {
    Facts f = FactsParser.parse(PRODUCT, null, "USD", raw("settlement", "SIGHT", "amount", "100000.00",
        "dueDate", "2026-12-19", "ratio", "0.9", "country", "JP", "licence", true,
        "contracts", List.of(Map.of("amount", "10", "productType", "pumps"))));
    assertEquals(0, new BigDecimal("100000").compareTo(f.requireDecimal("amount")));
    assertEquals(LocalDate.of(2026, 12, 19), f.requireDate("dueDate"));
    assertEquals(0, BigDecimal.ZERO.compareTo(f.requireDecimal("deductible")));
    assertTrue(f.flag("licence"));
    assertFalse(f.flag("missing"));
    assertEquals("pumps", f.records("contracts").get(0).requireText("productType"));
  }

  @Test
  void unknownFactsAreRejectedSoTyposCannotPassSilently() {
    assertEquals(List.of("facts.invoiceAmout"), fields(raw("settlement", "SIGHT", "amount", "1", "invoiceAmout", "1")));
  }

  @Test
  void everyErrorIsReportedAtItsField() {
    List<String> f = fields(raw("settlement", "FORWARD", "amount", "-5", "dueDate", "2026-02-30", "ratio", "1.5",
        "country", "XX", "licence", "yes"));
    assertEquals(List.of("facts.settlement", "facts.amount", "facts.dueDate", "facts.ratio", "facts.country", "facts.licence"), f);
  }

  @Test
  void requiredWhenFollowsOtherFacts() {
    assertEquals(List.of("facts.usanceDays"), fields(raw("settlement", "USANCE", "amount", "1")));
    FactsParser.parse(PRODUCT, null, "USD", raw("settlement", "SIGHT", "amount", "1"));
  }

  @Test
  void missingRequiredNumberIsAnErrorNeverAZero() {
    assertEquals(List.of("facts.amount"), fields(raw("settlement", "SIGHT")));
  }

  @Test
  void moneyHasNoMoreDecimalsThanTheCurrency() {
    assertEquals(List.of("facts.amount"), fields(raw("settlement", "SIGHT", "amount", "1.001")));
    assertThrows(InvalidFactsException.class, () -> FactsParser.parse(PRODUCT, null, "JPY", raw("settlement", "SIGHT", "amount", "1.5")));
  }

  @Test
  void absurdNumbersAndDoublesAreRefused() {
    assertEquals(List.of("facts.amount"), fields(raw("settlement", "SIGHT", "amount", "1e999999999")));
    assertEquals(List.of("facts.amount"), fields(raw("settlement", "SIGHT", "amount", 0.1d)));
    assertEquals(List.of("facts.usanceDays"), fields(raw("settlement", "USANCE", "amount", "1", "usanceDays", "30.5")));
  }

  @Test
  void recordFieldsAreValidatedWithTheirIndex() {
    assertEquals(List.of("facts.contracts[1].amount"),
        fields(raw("settlement", "SIGHT", "amount", "1", "contracts", List.of(Map.of("amount", "1"), Map.of("productType", "x")))));
  }

  @Test
  void descriptorIsComplete() {
    assertEquals(List.of(), PRODUCT.problems());
  }
}
