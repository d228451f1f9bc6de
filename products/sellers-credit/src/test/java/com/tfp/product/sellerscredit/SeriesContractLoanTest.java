package com.tfp.product.sellerscredit;

import static com.tfp.product.sellerscredit.Deals.base;
import static com.tfp.product.sellerscredit.Deals.contract;
import static com.tfp.spi.testing.EvaluationAssertions.assertAmount;
import static com.tfp.spi.testing.EvaluationAssertions.checklist;
import static com.tfp.spi.testing.EvaluationAssertions.codes;
import static com.tfp.spi.testing.EvaluationAssertions.severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.spi.evaluation.Decision;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeriesContractLoanTest {

  static final LoanVariant SERIES = LoanVariant.SERIES_CONTRACT;

  static List<Map<String, Object>> two(String type1, String country1, String buyer1, String type2, String country2, String buyer2) {
    return List.of(entry("4000000", type1, country1, buyer1), entry("6000000", type2, country2, buyer2));
  }

  static Map<String, Object> entry(String amount, String type, String country, String buyer) {
    Map<String, Object> c = contract("amount", amount);
    if (type != null) c.put("productType", type);
    if (country != null) c.put("country", country);
    if (buyer != null) c.put("buyer", buyer);
    return c;
  }

  @Test
  void combinedContractAmountCappedAtNinetyPercent_003Art14() {
    Evaluation e = base(SERIES).evaluate();
    assertEquals(Decision.APPROVABLE, e.decision(), () -> e.findings().toString());
    assertAmount("9000000.00", e.maxAmount());
    assertEquals("10000000.00", e.amountSteps().get(0).value());
    assertEquals(Severity.INFO, severity(e, SeriesContractRules.SAME_KIND));
    assertEquals(LocalDate.of(2029, 7, 16), e.maturityDate());
  }

  @Test
  void prepaymentBelowFifteenPercentKeepsEightyFiveAndRefers_003Art6And14() {
    Evaluation e = base(SERIES).with("prepaymentRatio", "0.12").evaluate();
    assertEquals(Decision.REFER, e.decision());
    assertAmount("8500000.00", e.maxAmount());
  }

  @Test
  void sameCountryIsEnoughForGeneralGoods_003Art6() {
    Evaluation e = base(SERIES).with("contracts", two("pumps", "NG", null, "valves", "NG", null)).evaluate();
    assertEquals(Severity.INFO, severity(e, SeriesContractRules.SAME_KIND));
  }

  @Test
  void neitherSameTypeNorSameCountryIsRejected_003Art6() {
    Evaluation e = base(SERIES).with("contracts", two("pumps", "NG", null, "valves", "EG", null)).evaluate();
    assertEquals(Severity.REJECT, severity(e, SeriesContractRules.SAME_KIND));
    assertAmount("9000000.00", e.maxAmount());
  }

  @Test
  void missingTypeOrCountryGoesToTheChecklist_003Art6() {
    Evaluation e = base(SERIES).with("contracts", two("pumps", "NG", null, null, "EG", null)).evaluate();
    assertFalse(codes(e).contains(SeriesContractRules.SAME_KIND));
    assertTrue(checklist(e).contains(SeriesContractRules.SAME_KIND));
  }

  @Test
  void shipSeriesNeedSameBuyerOrSameType_notSameCountry_003Art6() {
    Evaluation sameBuyer = base(SERIES).with("sector", "SHIP")
        .with("contracts", two("bulk carrier", "GR", "Oceanic", "tanker", "NO", "oceanic ")).evaluate();
    assertEquals(Severity.INFO, severity(sameBuyer, SeriesContractRules.SAME_KIND));

    Evaluation sameCountryOnly = base(SERIES).with("sector", "SHIP")
        .with("contracts", two("bulk carrier", "GR", "Oceanic", "tanker", "GR", "Aegean")).evaluate();
    assertEquals(Severity.REJECT, severity(sameCountryOnly, SeriesContractRules.SAME_KIND));

    Evaluation buyerUnknown = base(SERIES).with("sector", "SHIP")
        .with("contracts", two("bulk carrier", "GR", null, "tanker", "GR", null)).evaluate();
    assertTrue(checklist(buyerUnknown).contains(SeriesContractRules.SAME_KIND));
    assertFalse(codes(buyerUnknown).contains(SeriesContractRules.SAME_KIND));
  }

  @Test
  void aSeriesOfOneContractIsTriviallyOfOneKind_003Art6() {
    Evaluation e = base(SERIES).with("contracts", List.of(entry("10000000", null, null, null))).evaluate();
    assertEquals(Severity.INFO, severity(e, SeriesContractRules.SAME_KIND));
    assertFalse(checklist(e).contains(SeriesContractRules.SAME_KIND));
  }

  @Test
  void executionPeriodOverFiveYearsIsRejected_003Art6() {
    assertEquals(Severity.REJECT, severity(base(SERIES).with("executionMonths", 61).evaluate(),
        SeriesContractRules.PERIOD));
    assertFalse(codes(base(SERIES).with("executionMonths", 60).evaluate()).contains(SeriesContractRules.PERIOD));
  }

  @Test
  void noContractsIsRejectedWithoutAnAmount_003Art14() {
    Evaluation e = base(SERIES).with("contracts", List.of()).evaluate();
    assertEquals(Severity.REJECT, severity(e, SeriesContractRules.NO_CONTRACTS));
    assertNull(e.maxAmount());
  }
}
