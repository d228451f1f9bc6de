package com.tfp.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.ProductDescriptor;
import com.tfp.spi.SemanticVersion;
import com.tfp.spi.Variant;
import com.tfp.spi.VersionRange;
import com.tfp.spi.facts.Condition;
import com.tfp.spi.facts.FactSpec;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The required-when marks of the generated form, in both languages, from the schema's declarative conditions. */
class ConditionTextTest {

  static final FactSpec SETTLEMENT = FactSpec.enumeration("settlement").label("结算方式", "Settlement")
      .value("LC_SIGHT", "即期信用证", "Sight L/C").value("LC_USANCE", "远期信用证", "Usance L/C").required().build();
  static final FactSpec ACCEPTED = FactSpec.flag("acceptanceReceived").label("已收到承兑电", "Acceptance received").build();
  static final FactSpec DRAFT = FactSpec.money("draftAmount").label("汇票金额", "Draft amount").build();
  static final FactSpec COUNTRY = FactSpec.country("issuingBankCountry").label("开证行国家", "Issuing bank country")
      .requiredWhen(Condition.factIn("settlement", "LC_SIGHT", "LC_USANCE")).build();
  static final FactSpec MATURITY = FactSpec.date("acceptanceMaturityDate").label("承兑到期日", "Acceptance maturity")
      .requiredWhen(Condition.allOf(Condition.factIn("settlement", "LC_USANCE"), Condition.whenTrue("acceptanceReceived"))).build();
  static final FactSpec INVOICE = FactSpec.money("invoiceAmount").label("发票金额", "Invoice amount")
      .requiredWhen(Condition.absent("draftAmount")).build();
  static final FactSpec RATE = FactSpec.ratio("discountRate").label("贴现率", "Discount rate")
      .requiredWhen(Condition.variantIn("FORFAITING")).build();
  static final List<FactSpec> FACTS = List.of(SETTLEMENT, ACCEPTED, DRAFT, COUNTRY, MATURITY, INVOICE, RATE);
  static final ProductDescriptor PRODUCT = new ProductDescriptor("test-product", SemanticVersion.parse("1.0.0"),
      VersionRange.parse("[1.0,2.0)"), LocalizedText.of("测试", "Test"), LocalizedText.of("测试", "Test"), 2,
      List.of(new Variant("FORFAITING", LocalizedText.of("福费廷", "Forfaiting"), 1)), FACTS, List.of(), List.of(), List.of("004 Art.1"));

  @Test
  void alwaysAndNever() {
    assertEquals("required", text(SETTLEMENT, Locale.ENGLISH));
    assertEquals("必填", text(SETTLEMENT, Locale.SIMPLIFIED_CHINESE));
    assertEquals("", text(DRAFT, Locale.ENGLISH));
  }

  @Test
  void valuesAreNamedByTheirLabels() {
    assertEquals("required when Settlement is Sight L/C or Usance L/C", text(COUNTRY, Locale.ENGLISH));
    assertEquals("当结算方式为即期信用证或远期信用证时必填", text(COUNTRY, Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void ticksAbsencesVariantsAndConjunctions() {
    assertEquals("required when Settlement is Usance L/C and Acceptance received is ticked", text(MATURITY, Locale.ENGLISH));
    assertEquals("required when Draft amount is not given", text(INVOICE, Locale.ENGLISH));
    assertEquals("required when the variant is Forfaiting", text(RATE, Locale.ENGLISH));
    assertEquals("当品种为福费廷时必填", text(RATE, Locale.SIMPLIFIED_CHINESE));
  }

  private static String text(FactSpec fact, Locale locale) {
    return ConditionText.requirement(fact, FACTS, PRODUCT, locale);
  }
}
