package com.tfp.product.nra;

import static com.tfp.product.nra.NraSchema.OWN_DOMESTIC_BRANCH;
import static com.tfp.product.nra.NraSchema.OTHER;

import com.tfp.spi.evaluation.Evaluation;

/**
 * What NRA trade financing serves (001 NRA Art.2, 3, 5, 7). Scope conditions are hard (PRODUCTS.md X0): no NRA
 * account, an issuer other than the bank's own domestic branch or a domestic correspondent with an FI line, an entrepôt
 * L/C not issued on a low-risk basis by the own branch, a related domestic buyer outside the group line, a bill
 * purchase against unaccepted discrepancies, or an open AML matter — each rejects the deal.
 */
final class ScopeRules {

  private ScopeRules() {}

  static void apply(NraDeal deal, Evaluation.Builder out) {
    int rejects = 0;
    if (!deal.nraAccountOpen()) {
      rejects++;
      out.reject("NRA-ACCOUNT", "001 NRA Art.2",
          "境外机构未在我行开立NRA账户，不属NRA贸易融资范围（不可豁免）",
          "The offshore institution keeps no NRA account with the bank: outside NRA trade financing (not overridable)");
    }
    if (OTHER.equals(deal.lcIssuer())) {
      rejects++;
      out.reject("NRA-ISSUER", "001 NRA Art.2",
          "信用证须由我行境内分行或已有金融机构贸易融资授信额度的境内代理行开立（不可豁免）",
          "The L/C must be issued by the bank's own domestic branch or a domestic correspondent holding an FI"
              + " trade-finance line (not overridable)");
    }
    if (deal.entrepotTrade()) {
      boolean ownBranch = OWN_DOMESTIC_BRANCH.equals(deal.lcIssuer());
      if (!deal.lowRiskIssuance() || !ownBranch) {
        rejects++;
        String zh = (!deal.lowRiskIssuance() ? "进口商未以低风险担保方式开证" : "")
            + (!deal.lowRiskIssuance() && !ownBranch ? "，且" : "")
            + (!ownBranch ? "开证行不是我行境内分行" : "");
        String en = (!deal.lowRiskIssuance() ? "the importer's L/C was not issued on a low-risk security basis" : "")
            + (!deal.lowRiskIssuance() && !ownBranch ? ", and " : "")
            + (!ownBranch ? "the issuing bank is not the bank's own domestic branch" : "");
        out.reject("NRA-ENTREPOT", "001 NRA Art.3",
            "转口贸易信用证：" + zh + "（要求低风险担保方式开证且开证行为我行境内分行，不可豁免）",
            "Entrepôt-trade L/C: " + en + " (both are required; not overridable)");
      }
    }
    if (deal.relatedDomesticBuyer() && !deal.groupLine()) {
      rejects++;
      out.reject("NRA-RELATED-BUYER", "001 NRA Art.5",
          "境外企业与境内买方为关联企业，须纳入集团客户统一授信额度管理：纳入前不能办理",
          "The offshore customer is related to the domestic buyer and must sit under the group's unified credit line:"
              + " rejected until it does");
    }
    if (deal.openDiscrepancies()) {
      if (deal.variant() == NraVariant.BILL_PURCHASE) {
        rejects++;
        out.reject("NRA-DISCREPANCIES", "001 NRA Art.2",
            "押汇仅限无不符点或不符点已经承兑的单据：不符点未经承兑，不能办理（不可豁免）",
            "Bill purchase only against documents without discrepancies or with discrepancies accepted: these are not"
                + " accepted (not overridable)");
      } else {
        out.refer("NRA-DISCREPANCIES", "001 NRA Art.2",
            "单据存在未经开证行承兑的不符点，开证行付款未获保证：审批人可在确认开证行已接受不符点或另有付款保证后例外办理",
            "The documents have discrepancies the issuing bank has not accepted, so its payment is not assured: an"
                + " approver may proceed once the issuing bank's acceptance or another payment assurance is confirmed");
      }
    }
    if (!deal.amlCleared()) {
      rejects++;
      out.reject("NRA-AML", "001 NRA Art.7",
          "反洗钱审查（客户身份识别、名单监控）未通过：经合规部门解除前不能办理",
          "AML review (due diligence, sanctions-list screening) not cleared: blocked until compliance clears it");
    }
    if (rejects == 0) {
      out.info("NRA-SCOPE", "001 NRA Art.2",
          "已开立NRA账户，开证行在范围内" + (deal.entrepotTrade() ? "，转口贸易以低风险方式由我行境内分行开证" : "")
              + (deal.relatedDomesticBuyer() ? "，关联买方已纳入集团统一授信" : "") + "，反洗钱审查已通过",
          "NRA account open, issuer within scope" + (deal.entrepotTrade() ? ", entrepôt L/C issued low-risk by the own branch" : "")
              + (deal.relatedDomesticBuyer() ? ", related buyer under the group line" : "") + ", AML cleared");
    }
  }
}
