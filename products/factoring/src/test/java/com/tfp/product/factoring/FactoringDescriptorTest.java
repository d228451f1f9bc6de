package com.tfp.product.factoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.ParameterSpec;
import com.tfp.spi.ProductDescriptor;
import com.tfp.spi.facts.CustomerFacts;
import com.tfp.spi.facts.FactSpec;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FactoringDescriptorTest {

  static final ProductDescriptor D = new FactoringPlugin().descriptor();

  @Test
  void descriptorIsComplete() {
    assertEquals(List.of(), D.problems());
    assertEquals("factoring", D.id());
    assertEquals("1.0.0", D.version().toString());
    assertEquals(2, D.riskClass());
    assertTrue(D.description().en().contains("risk class 2 are bank defaults"));
  }

  @Test
  void factsAreTheCanonicalOnesPlusCustomerFactsPlusFourScorecardItems() {
    Set<String> expected = new HashSet<>(List.of("receivableAmount", "buyerCreditLimitBalance", "deductible",
        "indemnityRatio", "paymentTermDays", "paymentDueDate", "coversAllCommercialRisks", "coversPoliticalRisk",
        "buyerInMainlandChina", "insuranceNoticeIssued", "scorecardScore", "insurer", "policyValid",
        "buyerLimitApproved", "shipmentDeclared", "premiumPaid", "indemnityAssignmentSigned", "claimAgreementSigned",
        "goodsShipped", "priceTerm", "cargoInsurance", "stateSecretGoods", "volatileGoods",
        // this product's own facts, documented in their help
        "scorecardPaymentRecord", "scorecardCountryRisk", "scorecardDisputes", "scorecardConcentration"));
    CustomerFacts.ALL.forEach(f -> expected.add(f.name()));
    assertEquals(expected, D.facts().stream().map(FactSpec::name).collect(Collectors.toSet()));
    assertEquals(expected.size(), D.facts().size());
    assertTrue(D.fact("scorecardDisputes").orElseThrow().help().en().contains("A fact of this product"));
  }

  @Test
  void everyBankDefaultIsAParameter_Section7() {
    assertEquals(List.of("scorecard.relationshipYears.weight", "scorecard.paymentRecord.weight",
            "scorecard.countryRisk.weight", "scorecard.customerRating.weight", "scorecard.disputes.weight",
            "scorecard.concentration.weight", "scorecard.relationshipYears.fullMarksYears",
            "scorecard.middleGradeShare", "nonQualified.referTo"),
        D.parameters().stream().map(ParameterSpec::key).toList());
    BigDecimal weights = D.parameters().stream().filter(p -> p.key().endsWith(".weight"))
        .map(p -> new BigDecimal(p.defaultValue())).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, new BigDecimal("100").compareTo(weights));
  }
}
