package com.tfp.product.sellerscredit;

import static com.tfp.product.sellerscredit.Deals.PLUGIN;
import static com.tfp.product.sellerscredit.Deals.base;
import static com.tfp.product.sellerscredit.Deals.contract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.ProductDescriptor;
import com.tfp.spi.Variant;
import com.tfp.spi.facts.CustomerFacts;
import com.tfp.spi.facts.FactSpec;
import com.tfp.spi.facts.FieldError;
import com.tfp.spi.facts.InvalidFactsException;
import com.tfp.spi.testing.TestDeal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SellersCreditDescriptorTest {

  /** API.md "sellers-credit": the fixed public names. */
  static final Set<String> CANONICAL = Set.of("eximGrade", "fullGuarantee", "sector", "deferredPayment",
      "deferredPaymentGuaranteed", "contractSigned", "sectorQualification", "contractAmount", "contracts",
      "prepaymentRatio", "otherPayablesGuaranteed", "executionMonths", "lastYearExports", "lastYearExportProfitMargin",
      "expectedGrowthRate", "annualTurnoverCount", "ownFunds", "netProfit", "depreciation", "capitalExpenditure",
      "dividends", "maturingLoans", "otherFundsRaised", "contractsCost", "purchaseContractAmountUsd",
      "chinaContentRatio", "leasePrepaymentRatio", "leaseContractSigned", "requestedTermMonths");

  final ProductDescriptor descriptor = PLUGIN.descriptor();

  @Test
  void descriptorIsComplete() {
    assertEquals(List.of(), descriptor.problems());
    assertEquals("sellers-credit", descriptor.id());
    assertEquals("1.1.0", descriptor.version().toString());
  }

  @Test
  void factsAreExactlyTheCanonicalOnesPlusCustomerFacts() {
    Set<String> expected = new HashSet<>(CANONICAL);
    CustomerFacts.ALL.forEach(f -> expected.add(f.name()));
    assertEquals(expected, descriptor.facts().stream().map(FactSpec::name).collect(Collectors.toSet()));
    assertEquals(Set.of("amount", "exportFxCost", "prepayment", "productType", "country", "buyer"),
        descriptor.fact("contracts").orElseThrow().fields().stream().map(FactSpec::name).collect(Collectors.toSet()));
  }

  @Test
  void sevenVariantsEachWithADefaultRiskClass_002Annex1() {
    assertEquals(List.of("OPERATING_CAPITAL", "SINGLE_CONTRACT", "SERIES_CONTRACT", "SERVICE_OUTSOURCING_SINGLE",
        "SERVICE_OUTSOURCING_SERIES", "KEY_EQUIPMENT", "LEASING"), descriptor.variants().stream().map(Variant::code).toList());
    assertEquals(3, descriptor.riskClassOf("SINGLE_CONTRACT"));
    assertEquals(3, descriptor.riskClassOf("SERVICE_OUTSOURCING_SERIES"));
    assertEquals(4, descriptor.riskClassOf("OPERATING_CAPITAL"));
    assertEquals(4, descriptor.riskClassOf("LEASING"));
    assertTrue(descriptor.description().en().contains("[default]"));
  }

  @Test
  void factsBelongToTheVariantsThatUseThem() {
    assertTrue(descriptor.fact("contractAmount").orElseThrow().appliesTo("SINGLE_CONTRACT"));
    assertFalse(descriptor.fact("contractAmount").orElseThrow().appliesTo("SERIES_CONTRACT"));
    assertFalse(descriptor.fact("sector").orElseThrow().appliesTo("SERVICE_OUTSOURCING_SINGLE"));
    assertFalse(descriptor.fact("sectorQualification").orElseThrow().appliesTo("LEASING"));
    // Art.6(十): operating-capital loans take conditions (一)-(五) only, so no deferred-payment facts
    assertFalse(descriptor.fact("deferredPayment").orElseThrow().appliesTo("OPERATING_CAPITAL"));
    assertTrue(descriptor.fact("deferredPayment").orElseThrow().appliesTo("LEASING"));
    assertTrue(descriptor.fact("eximGrade").orElseThrow().appliesTo("KEY_EQUIPMENT"));
  }

  @Test
  void documentCatalogueCoversArticles10To12() {
    Set<String> sources = descriptor.documents().stream().map(d -> d.source()).collect(Collectors.toSet());
    assertEquals(Set.of("003 Art.10", "003 Art.11", "003 Art.12"), sources);
    assertEquals(15, descriptor.documents().stream().filter(d -> d.source().equals("003 Art.10")).count());
  }

  static List<String> errors(TestDeal deal) {
    InvalidFactsException e = assertThrows(InvalidFactsException.class, deal::facts);
    return e.errors().stream().map(FieldError::field).toList();
  }

  @Test
  void ownFundsPartsAreRequiredOnlyWhenOwnFundsIsAbsent_003Art14() {
    assertEquals(List.of("facts.netProfit", "facts.depreciation", "facts.capitalExpenditure", "facts.dividends",
        "facts.maturingLoans"), errors(base(LoanVariant.OPERATING_CAPITAL).without("ownFunds")));
    base(LoanVariant.OPERATING_CAPITAL).facts();
  }

  @Test
  void eachFormulaDemandsItsInputs_003Art14() {
    TestDeal single = base(LoanVariant.SINGLE_CONTRACT).without("contractAmount").without("prepaymentRatio");
    assertEquals(List.of("facts.contractAmount", "facts.prepaymentRatio"), errors(single));

    TestDeal outsourcing = base(LoanVariant.SERVICE_OUTSOURCING_SERIES)
        .with("contracts", List.of(contract("amount", "1000000", "prepayment", "0")));
    assertEquals(List.of("facts.contracts[0].exportFxCost"), errors(outsourcing));

    TestDeal leasing = base(LoanVariant.LEASING).without("purchaseContractAmountUsd");
    assertThrows(InvalidFactsException.class, leasing::facts);
  }

  /** Issue 12: facts of sibling variants (one record layout for all variants) are ignored and reported, not refused. */
  @Test
  void factsOfOtherVariantsAreIgnoredAndReported() {
    TestDeal leasing = base(LoanVariant.LEASING).with("sectorQualification", true);
    assertFalse(leasing.facts().has("sectorQualification"));
    assertEquals(List.of("facts.sectorQualification"), leasing.ignoredFacts());

    TestDeal series = base(LoanVariant.SERIES_CONTRACT)
        .with("contracts", List.of(contract("amount", "1", "exportFxCost", "6.5")));
    assertEquals(List.of("facts.contracts[0].exportFxCost"), series.ignoredFacts());

    TestDeal outsourcing = base(LoanVariant.SERVICE_OUTSOURCING_SINGLE).with("sector", "GENERAL").with("contractAmount", "1000");
    assertEquals(List.of("facts.sector", "facts.contractAmount"), outsourcing.ignoredFacts().stream().sorted(
        java.util.Comparator.comparing(f -> f.equals("facts.sector") ? 0 : 1)).toList());
  }

  @Test
  void aFactNoVariantKnowsIsStillRefused() {
    assertEquals(List.of("facts.requestedTermMonth"), errors(base(LoanVariant.SINGLE_CONTRACT).with("requestedTermMonth", 12)));
  }

  @Test
  void theLongestTermsTheSeedLeavesOpenAreBankParameters_003Art17And18() {
    assertEquals(Set.of("seriesCollectionMonths", "singleContractMaxTermMonths", "leasingMaxTermMonths"),
        descriptor.parameters().stream().map(p -> p.key()).collect(Collectors.toSet()));
    FactSpec term = descriptor.fact("requestedTermMonths").orElseThrow();
    assertFalse(term.isRequired());
    for (Variant v : descriptor.variants()) assertTrue(term.whenAbsent(v.code()).isPresent(), v.code());
  }

  @Test
  void otherFundsRaisedDefaultsToZero() {
    assertTrue(base(LoanVariant.KEY_EQUIPMENT).facts().has("otherFundsRaised"));
  }
}
