package com.tfp.product.sellerscredit;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.Variant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The forms of export seller's credit (003 Art.5, Art.14-15): working-capital loans (operating capital, single or
 * series commercial contracts, and their service-outsourcing and key-equipment shapes) and fixed-asset loans to
 * leasing companies. Risk classes are bank defaults (002 annex 1 names the classes, not the mapping): contract loans
 * class 3, loans not tied to a contract (operating capital, key equipment) and fixed-asset leasing loans class 4.
 */
enum LoanVariant {
  OPERATING_CAPITAL("营运资金贷款", "Operating-capital loan", 4),
  SINGLE_CONTRACT("单一商务合同贷款", "Single commercial-contract loan", 3),
  SERIES_CONTRACT("系列商务合同贷款", "Series commercial-contract loan", 3),
  SERVICE_OUTSOURCING_SINGLE("国际服务外包单一商务合同贷款", "Service-outsourcing single-contract loan", 3),
  SERVICE_OUTSOURCING_SERIES("国际服务外包系列商务合同贷款", "Service-outsourcing series-contract loan", 3),
  KEY_EQUIPMENT("船舶、飞机、铁路高速列车关键设备营运资金贷款",
      "Operating-capital loan for key equipment of ships, aircraft or high-speed rail", 4),
  LEASING("租赁公司固定资产类贷款", "Fixed-asset loan to a leasing company", 4);

  private final LocalizedText name;
  private final int defaultRiskClass;

  LoanVariant(String zh, String en, int defaultRiskClass) {
    this.name = LocalizedText.of(zh, en);
    this.defaultRiskClass = defaultRiskClass;
  }

  Variant asVariant() {
    return new Variant(name(), name, defaultRiskClass);
  }

  int riskClass() {
    return defaultRiskClass;
  }

  LocalizedText label() {
    return name;
  }

  /** Art.6(九): loans to execute single or series export contracts of goods (outsourcing has Art.8 instead). */
  boolean isContractLoan() {
    return this == SINGLE_CONTRACT || this == SERIES_CONTRACT;
  }

  boolean isOutsourcing() {
    return this == SERVICE_OUTSOURCING_SINGLE || this == SERVICE_OUTSOURCING_SERIES;
  }

  boolean isSeries() {
    return this == SERIES_CONTRACT || this == SERVICE_OUTSOURCING_SERIES;
  }

  /** Art.14(三): the operating-capital shape, including key equipment (Art.14(三)2), capped at 3 years (Art.17). */
  boolean isOperatingCapital() {
    return this == OPERATING_CAPITAL || this == KEY_EQUIPMENT;
  }

  boolean isLeasing() {
    return this == LEASING;
  }

  /** The loan amount is a funding need net of the borrower's own and other funds (Art.14(一)2, (二)2, (三)). */
  boolean netsOwnFunds() {
    return isOperatingCapital() || isOutsourcing();
  }

  static String[] codes(LoanVariant... variants) {
    return Arrays.stream(variants).map(Enum::name).toArray(String[]::new);
  }

  static String[] allBut(LoanVariant... excluded) {
    Set<LoanVariant> keep = EnumSet.allOf(LoanVariant.class);
    keep.removeAll(Arrays.asList(excluded));
    return keep.stream().map(Enum::name).toArray(String[]::new);
  }
}
