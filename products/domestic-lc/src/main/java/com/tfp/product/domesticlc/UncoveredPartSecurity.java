package com.tfp.product.domesticlc;

import com.tfp.spi.calc.ImportMargin;
import com.tfp.spi.evaluation.Evaluation;

/**
 * 001 国内证 Art.11: the part of an issuance not covered by cash margin needs other security, except for customers who
 * qualify for unsecured credit or whom an authorised approver allowed to use credit unsecured ("可不再落实其他担保").
 * Without either, the deal is rejected. Applied to buyer-side financing by the same analogy as the margin table.
 */
final class UncoveredPartSecurity {

  static final String SOURCE = "001 国内证 Art.11";

  private UncoveredPartSecurity() {}

  static void apply(LcDeal deal, ImportMargin.Margin margin, Evaluation.Builder out) {
    String analogy = deal.variant() == LcVariant.ISSUANCE ? ""
        : "（买方融资类推适用开证规定，为默认设置）";
    String analogyEn = deal.variant() == LcVariant.ISSUANCE ? ""
        : " (applied to buyer-side financing by analogy with issuance, a bank default)";
    if (margin != null && margin.full()) {
      out.info("DLC-SECURITY", SOURCE, "100%保证金全额覆盖，无需其他担保" + analogy,
          "Fully covered by 100% cash margin: no other security needed" + analogyEn);
    } else if (deal.unsecuredEligible()) {
      out.info("DLC-SECURITY", SOURCE, "客户符合信用方式用信条件，保证金以外部分可不再落实其他担保" + analogy,
          "The customer qualifies for unsecured credit: the part not covered by margin needs no other security" + analogyEn);
      out.check("DLC-UNSECURED-BASIS", SOURCE,
          "确认客户符合信用贷款条件或已经有权审批行批准以信用方式用信",
          "Confirm that the customer meets the conditions for unsecured credit or that an authorised approver allowed"
              + " unsecured use");
    } else if (deal.securityProvided()) {
      out.info("DLC-SECURITY", SOURCE, "保证金以外部分已落实其他担保" + analogy,
          "Other security is in place for the part not covered by margin" + analogyEn);
    } else {
      out.reject("DLC-SECURITY", SOURCE,
          "保证金未覆盖部分须落实其他担保，客户亦不符合信用方式用信条件：落实担保或取得信用方式用信批准前不能办理" + analogy,
          "The part not covered by margin needs other security and the customer does not qualify for unsecured credit:"
              + " rejected until security is provided or unsecured use is approved" + analogyEn);
    }
  }
}
