package com.tfp.product.domesticlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.ProductDescriptor;
import com.tfp.spi.facts.CustomerFacts;
import com.tfp.spi.facts.FactSpec;
import com.tfp.spi.facts.FieldError;
import com.tfp.spi.facts.InvalidFactsException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DomesticLcDescriptorTest {

  final ProductDescriptor d = new DomesticLcPlugin().descriptor();

  @Test
  void descriptorIsComplete() {
    assertEquals(List.of(), d.problems());
    assertEquals("domestic-lc", d.id());
    assertEquals("1.0.0", d.version().toString());
    assertEquals(com.tfp.spi.VersionRange.parse("[1.3,2.0)"), d.spiVersions());
  }

  @Test
  void factsAreTheCanonicalOnesOfApiMdPlusCustomerFactsAndTheProductsOwn() {
    Set<String> expected = new java.util.HashSet<>(Set.of("lcAmount", "issueDate", "lcExpiryDate", "paymentTermDays",
        "acceptedAmount", "volatileGoods", "unsecuredEligible", "earlierStageOutstanding", "discountRate",
        "requestedMaturityDate"));
    CustomerFacts.ALL.forEach(f -> expected.add(f.name()));
    assertEquals(expected, d.facts().stream().map(FactSpec::name).collect(Collectors.toSet()));
  }

  @ParameterizedTest(name = "{0} is risk class {1} (bank default)")
  @CsvSource({"ISSUANCE,2", "BUYER_BILL_PURCHASE,3", "BUYER_PAY_ON_BEHALF,3", "PACKING_LOAN,3",
      "SELLER_BILL_PURCHASE,2", "FORFAITING,1"})
  void sixVariantsOf001Art2WithTheirDefaultRiskClass(String variant, int riskClass) {
    assertEquals(6, d.variants().size());
    assertEquals(riskClass, d.riskClassOf(variant));
    assertEquals(riskClass, Deal.of(variant).evaluate().riskClass());
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"marginActivelyDeveloped,0.10", "marginGolden,0", "marginTargetBbbOrBetter,0.10",
      "marginTargetBelowBbb,0.20", "marginNonTarget,0.30", "marginVolatileGoodsAddOn,0.10",
      "marginTableForBuyerSide,1", "packingLoanRatio,0.8", "sellerBillPurchaseRatio,0.9", "forfaitingRatio,1",
      "buyerFinancingRatio,1", "buyerFinancingMaxDays,90"})
  void everyDefaultIsAConfigurableParameter(String key, String value) {
    assertEquals(0, new BigDecimal(value).compareTo(new BigDecimal(d.parameter(key).orElseThrow().defaultValue())));
  }

  @Test
  void earlierStageOutstandingOnlyForStagesThatFollowAnother_001Art4() {
    // issue 12: a packing loan's request carrying it is answered, the fact ignored and reported
    assertFalse(Deal.of("PACKING_LOAN").with("earlierStageOutstanding", "1000.00").facts().has("earlierStageOutstanding"));
    assertEquals(List.of("facts.earlierStageOutstanding"), Deal.of("PACKING_LOAN").with("earlierStageOutstanding", "1000.00").ignoredFacts());
    Deal.of("SELLER_BILL_PURCHASE").with("earlierStageOutstanding", "1000.00").facts();
    Deal.of("FORFAITING").with("earlierStageOutstanding", "1000.00").facts();
  }

  @Test
  void forfaitingNeedsDiscountRateAndSellerSideNeedsAcceptedAmount() {
    InvalidFactsException e = assertThrows(InvalidFactsException.class,
        () -> Deal.of("FORFAITING").without("discountRate").without("acceptedAmount").facts());
    assertEquals(Set.of("facts.discountRate", "facts.acceptedAmount"),
        e.errors().stream().map(FieldError::field).collect(Collectors.toSet()));
    assertThrows(InvalidFactsException.class, () -> Deal.of("SELLER_BILL_PURCHASE").without("acceptedAmount").facts());
    assertEquals(List.of("facts.acceptedAmount"), Deal.of("ISSUANCE").with("acceptedAmount", "1.00").ignoredFacts());
  }
}
