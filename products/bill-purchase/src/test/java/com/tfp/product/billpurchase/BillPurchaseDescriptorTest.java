package com.tfp.product.billpurchase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.ProductDescriptor;
import com.tfp.spi.SemanticVersion;
import com.tfp.spi.facts.AllowedValue;
import com.tfp.spi.facts.CustomerFacts;
import com.tfp.spi.facts.FactSpec;
import com.tfp.spi.facts.FieldError;
import com.tfp.spi.facts.InvalidFactsException;
import com.tfp.spi.testing.TestDeal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BillPurchaseDescriptorTest {

  static final ProductDescriptor D = Deals.PLUGIN.descriptor();

  /** API.md "Canonical facts per product", bill-purchase. */
  static final Set<String> CANONICAL = Set.of("settlement", "invoiceAmount", "draftAmount", "issuingBankCountry",
      "usanceDays", "acceptanceReceived", "acceptanceMaturityDate", "expectedPaymentDate", "documentsCompliant",
      "fullSetTitleDocuments", "specialLcType", "softClauses", "deferredPayment", "restrictedNegotiation",
      "roundaboutReimbursement", "expiryAbroadNearPresentation", "badBankConduct", "countryInTurmoil", "fxShortage",
      "applicantBadRecord", "extraSecurity", "earlierStageOutstanding");

  @Test
  void descriptorIsComplete() {
    assertEquals(List.of(), D.problems());
    assertEquals("bill-purchase", D.id());
    assertEquals(SemanticVersion.parse("1.0.0"), D.version());
    assertTrue(D.spiVersions().includes(SemanticVersion.parse("1.3.0")) && !D.spiVersions().includes(SemanticVersion.parse("1.2.0")));
    assertTrue(D.variants().isEmpty());
  }

  @Test
  void riskClassTwoIsDeclaredAsABankDefault_002Annex1() {
    assertEquals(2, D.riskClass());
    assertTrue(D.description().en().contains("Risk class 2 is a bank default"));
    assertTrue(D.description().zh().contains("银行默认值"));
  }

  @Test
  void factsAreExactlyTheCanonicalOnesPlusCustomerFacts() {
    Set<String> expected = new java.util.HashSet<>(CANONICAL);
    CustomerFacts.ALL.forEach(f -> expected.add(f.name()));
    assertEquals(expected, D.facts().stream().map(FactSpec::name).collect(Collectors.toSet()));
    assertEquals(expected.size(), D.facts().size());
  }

  @Test
  void settlementOffersTheFiveSettlements_004Art2() {
    assertEquals(List.of("LC_SIGHT", "LC_USANCE", "DP_SIGHT", "DA", "OTHER_COLLECTION"),
        D.fact("settlement").orElseThrow().allowedValues().stream().map(AllowedValue::code).toList());
  }

  static List<String> errors(TestDeal deal) {
    InvalidFactsException e = assertThrows(InvalidFactsException.class, deal::facts);
    return e.errors().stream().map(FieldError::field).toList();
  }

  @Test
  void issuingBankCountryIsRequiredForLcOnly_004Art10() {
    assertEquals(List.of("facts.issuingBankCountry"), errors(Deals.sightLc().without("issuingBankCountry")));
    Deals.dpSight(Deals.VALUE_DATE.plusDays(30)).facts();
  }

  @Test
  void usanceDaysRequiredForUsanceLc_004Art10() {
    assertEquals(List.of("facts.usanceDays"), errors(Deals.sightLc().with("settlement", "LC_USANCE")));
  }

  @Test
  void acceptanceMaturityRequiredOnceAccepted_004Art10() {
    assertEquals(List.of("facts.acceptanceMaturityDate"), errors(Deals.usanceLc(60).with("acceptanceReceived", true)));
  }

  @Test
  void expectedPaymentDateRequiredForDp_004Art10() {
    assertEquals(List.of("facts.expectedPaymentDate"), errors(Deals.dpSight(Deals.VALUE_DATE).without("expectedPaymentDate")));
  }

  @Test
  void invoiceOrDraftAmountMustBeGiven_004Art11() {
    assertEquals(List.of("facts.invoiceAmount"), errors(Deals.sightLc().without("invoiceAmount")));
    Deals.sightLc().without("invoiceAmount").with("draftAmount", "5000.00").facts();
  }

  @Test
  void documentCatalogueHoldsEveryDocumentTheEvaluationNames_004Art17() {
    Set<String> catalogue = D.documents().stream().map(d -> d.code()).collect(Collectors.toSet());
    assertEquals(Set.of("BP-APPLICATION", "BP-LC-ORIGINAL", "BP-PRESENTATION-DOCUMENTS", "BP-CONTRACT",
        "BP-GUARANTEE-CONTRACT", "BP-ARRIVAL-PAYMENT-STATEMENT", "BP-BRANCH-UNDERTAKING", "BP-CUSTOMER-INDEMNITY"), catalogue);
  }
}
