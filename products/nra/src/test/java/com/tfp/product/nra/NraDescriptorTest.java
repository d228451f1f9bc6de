package com.tfp.product.nra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.ProductDescriptor;
import com.tfp.spi.VersionRange;
import com.tfp.spi.facts.CustomerFacts;
import com.tfp.spi.facts.FactSpec;
import com.tfp.spi.facts.FieldError;
import com.tfp.spi.facts.InvalidFactsException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NraDescriptorTest {

  final ProductDescriptor d = new NraPlugin().descriptor();

  @Test
  void descriptorIsComplete() {
    assertEquals(List.of(), d.problems());
    assertEquals("nra", d.id());
    assertEquals("1.1.0", d.version().toString());
    assertEquals(VersionRange.parse("[1.3,2.0)"), d.spiVersions());
    assertEquals("1", d.parameter("advanceRatio").orElseThrow().defaultValue());
  }

  @Test
  void factsAreTheCanonicalOnesPlusCustomerFactsAndTheProductsOwn() {
    Set<String> expected = new HashSet<>(Set.of("documentAmount", "nraAccountOpen", "lcIssuer", "entrepotTrade",
        "lowRiskIssuance", "relatedDomesticBuyer", "groupLine", "discrepancies", "discrepanciesAccepted", "amlCleared",
        "discountRate", "maturityDate", "usanceDays", "acceptanceDate", "billDate"));
    CustomerFacts.ALL.forEach(f -> expected.add(f.name()));
    assertEquals(expected, d.facts().stream().map(FactSpec::name).collect(Collectors.toSet()));
  }

  @ParameterizedTest(name = "{0} is class 1")
  @CsvSource({"NEGOTIATION", "FORFAITING", "EXPORT_DISCOUNT", "BILL_PURCHASE", "EXPORT_PAY_ON_BEHALF"})
  void everyVariantIsClassOneCreditBusiness_001NraArt4(String variant) {
    assertEquals(5, d.variants().size());
    assertEquals(1, d.riskClassOf(variant));
    assertEquals(1, Deal.of(variant).evaluate().riskClass());
  }

  /** Issue 12: the rate defaults from the bank's table; the maturity is required only when it cannot be derived. */
  @Test
  void issuerIsRequiredAndAClosedListTheMaturityOnlyWhenUnderivable_001NraArt2() {
    InvalidFactsException e = assertThrows(InvalidFactsException.class,
        () -> Deal.of("NEGOTIATION").without("lcIssuer").without("discountRate").without("maturityDate").facts());
    assertEquals(Set.of("facts.lcIssuer", "facts.maturityDate"),
        e.errors().stream().map(FieldError::field).collect(Collectors.toSet()));
    assertTrue(e.errors().stream().filter(f -> f.field().equals("facts.maturityDate")).findFirst().orElseThrow()
        .message().en().contains("usanceDays not given or (acceptanceDate not given and billDate not given)"));
    assertThrows(InvalidFactsException.class, () -> Deal.of("NEGOTIATION").with("lcIssuer", "FOREIGN_BANK").facts());
    assertTrue(d.fact("discountRate").orElseThrow().whenAbsent("FORFAITING").isPresent());
    assertTrue(d.fact("maturityDate").orElseThrow().whenAbsent("NEGOTIATION").isPresent());
  }
}
