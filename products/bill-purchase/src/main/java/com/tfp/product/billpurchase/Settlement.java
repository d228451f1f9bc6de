package com.tfp.product.billpurchase;

import java.util.Arrays;
import java.util.Optional;

/**
 * How the export proceeds are collected. The bank buys documents under an L/C (sight or usance) or under a
 * documentary collection at sight (D/P); D/A and other collections are outside the product (004 Art.2).
 */
enum Settlement {
  LC_SIGHT("即期信用证", "Sight L/C", true),
  LC_USANCE("远期信用证", "Usance L/C", true),
  DP_SIGHT("跟单托收即期付款交单（即期D/P）", "Documentary collection, documents against payment at sight (D/P)", false),
  DA("承兑交单（D/A）", "Documents against acceptance (D/A)", false),
  OTHER_COLLECTION("其他托收方式", "Any other collection", false);

  final String zh;
  final String en;
  private final boolean letterOfCredit;

  Settlement(String zh, String en, boolean letterOfCredit) {
    this.zh = zh;
    this.en = en;
    this.letterOfCredit = letterOfCredit;
  }

  boolean isLetterOfCredit() {
    return letterOfCredit;
  }

  /** Only L/C and D/P at sight: "托收项下我行只办理……即期D/P项下出口押汇" (004 Art.2). */
  boolean isEligible() {
    return letterOfCredit || this == DP_SIGHT;
  }

  static Optional<Settlement> of(String code) {
    return Arrays.stream(values()).filter(s -> s.name().equals(code)).findFirst();
  }
}
