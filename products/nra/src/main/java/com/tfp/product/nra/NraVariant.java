package com.tfp.product.nra;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.Variant;

/**
 * The NRA trade financings of 001 NRA Art.2, all "一类信贷业务" (class-1 credit business, Art.2 and Art.4): risk class 1
 * for every variant. Bill purchase is only without discrepancies, or with discrepancies the issuing bank has accepted.
 */
enum NraVariant {
  NEGOTIATION("国际信用证项下议付", "L/C negotiation"),
  FORFAITING("福费廷", "Forfaiting"),
  EXPORT_DISCOUNT("出口贴现", "Export discount"),
  BILL_PURCHASE("无不符点押汇（含不符点经承兑）", "Bill purchase without discrepancies (or with accepted discrepancies)"),
  EXPORT_PAY_ON_BEHALF("出口代付", "Export pay-on-behalf");

  static final int RISK_CLASS = 1;

  private final LocalizedText name;

  NraVariant(String zh, String en) {
    this.name = LocalizedText.of(zh, en);
  }

  LocalizedText label() {
    return name;
  }

  Variant toVariant() {
    return new Variant(name(), name, RISK_CLASS);
  }
}
