package com.tfp.spi.insurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.facts.FactSpec;
import com.tfp.spi.facts.FactType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreditInsuranceFactsTest {

  @Test
  void sharedSpecsAreCompleteAndCarryTheCanonicalNames() {
    List<FactSpec> all = new ArrayList<>(CreditInsuranceFacts.TRADE_AND_POLICY);
    all.addAll(CreditInsuranceFacts.INDEMNITY_COVER);
    all.add(CreditInsuranceFacts.insurer().build());
    all.forEach(f -> assertEquals(List.of(), f.problems(), f.name()));
    assertEquals(List.of("policyValid", "buyerLimitApproved", "shipmentDeclared", "premiumPaid",
            "indemnityAssignmentSigned", "claimAgreementSigned", "goodsShipped", "stateSecretGoods", "volatileGoods",
            "priceTerm", "cargoInsurance", "buyerCreditLimitBalance", "indemnityRatio", "deductible", "insurer"),
        all.stream().map(FactSpec::name).toList());
  }

  @Test
  void insurerTakesAnyOtherNameAndIsRequired() {
    FactSpec insurer = CreditInsuranceFacts.insurer().help("x", "y").build();
    assertTrue(insurer.otherValuesAllowed());
    assertTrue(insurer.isRequired());
    assertEquals(FactType.ENUM, insurer.type());
    assertEquals("y", insurer.help().en());
  }

  @Test
  void deductibleDefaultsToZero() {
    assertEquals("0", CreditInsuranceFacts.INDEMNITY_COVER.get(2).defaultValue());
  }
}
