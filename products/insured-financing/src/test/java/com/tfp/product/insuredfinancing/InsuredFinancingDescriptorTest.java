package com.tfp.product.insuredfinancing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.ProductDescriptor;
import com.tfp.spi.SemanticVersion;
import com.tfp.spi.facts.CustomerFacts;
import com.tfp.spi.facts.FactSpec;
import com.tfp.spi.facts.FactType;
import com.tfp.spi.facts.FieldError;
import com.tfp.spi.facts.InvalidFactsException;
import com.tfp.spi.testing.TestDeal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InsuredFinancingDescriptorTest {

  static final ProductDescriptor D = new InsuredFinancingPlugin().descriptor();

  @Test
  void descriptorIsComplete() {
    assertEquals(List.of(), D.problems());
    assertEquals("insured-financing", D.id());
    assertEquals(SemanticVersion.parse("1.0.0"), D.version());
    assertTrue(D.spiVersions().includes(SemanticVersion.parse("1.3.0")) && !D.spiVersions().includes(SemanticVersion.parse("1.2.0")));
    assertEquals(2, D.riskClass());
    assertTrue(D.description().en().contains("Risk class 2 is a bank default"));
  }

  @Test
  void factsAreExactlyTheCanonicalOnesOfApiMdPlusCustomerFacts() {
    Set<String> canonical = new HashSet<>(List.of("settlement", "invoiceAmount", "declaredAmount",
        "buyerCreditLimitBalance", "indemnityRatio", "deductible", "premiumCustomer", "paymentTermDays",
        "paymentDueDate", "requestedMaturityDate", "insurer", "policyValid", "buyerLimitApproved", "shipmentDeclared",
        "premiumPaid", "indemnityAssignmentSigned", "claimAgreementSigned", "goodsShipped", "stateSecretGoods",
        "volatileGoods", "priceTerm", "cargoInsurance", "receivablePledgeRegistered", "withoutRecourse",
        "industryTradeIntegrated", "lastYearExportSettlementUsd", "last12MonthsExportSettlement", "historyMonths",
        "outstandingInsuredFinancing"));
    CustomerFacts.ALL.forEach(f -> canonical.add(f.name()));
    assertEquals(canonical, D.facts().stream().map(FactSpec::name).collect(Collectors.toSet()));
    assertEquals(canonical.size(), D.facts().size());
  }

  @Test
  void usdSettlementIsADecimalSoAJpyDealCanCarryCents() {
    assertEquals(FactType.DECIMAL, D.fact("lastYearExportSettlementUsd").orElseThrow().type());
    TestDeal deal = InsuredFinancingFixture.deal()
        .with("invoiceAmount", "10000000")
        .with("declaredAmount", "10000000")
        .with("buyerCreditLimitBalance", "20000000")
        .with("lastYearExportSettlementUsd", "2000000.50");
    deal.currency("JPY").facts();
  }

  @Test
  void otherInsurersAreAcceptedAsNamesButTheSettlementIsClosed_SfzArt5Art6() {
    TestDeal deal = InsuredFinancingFixture.deal().with("insurer", "Allianz Trade");
    deal.facts();
    deal.with("settlement", "OA");
    InvalidFactsException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidFactsException.class,
        deal::facts);
    assertEquals(List.of("facts.settlement"), e.errors().stream().map(FieldError::field).toList());
  }

  @Test
  void declaredAmountIsRequiredOnceTheShipmentIsDeclared_XinbaoArt8() {
    TestDeal deal = InsuredFinancingFixture.deal().without("declaredAmount");
    InvalidFactsException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidFactsException.class,
        deal::facts);
    assertEquals(List.of("facts.declaredAmount"), e.errors().stream().map(FieldError::field).toList());
    deal.without("shipmentDeclared");
    deal.facts();
  }

  @Test
  void documentSourcesAndParametersAreDeclared() {
    assertEquals(18, D.documents().size());
    assertTrue(D.parameters().isEmpty(), "§3 marks no [default] besides the risk class");
  }
}
