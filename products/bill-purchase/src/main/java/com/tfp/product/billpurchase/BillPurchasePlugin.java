package com.tfp.product.billpurchase;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.ProductDescriptor;
import com.tfp.spi.ProductPlugin;
import com.tfp.spi.SemanticVersion;
import com.tfp.spi.VersionRange;
import com.tfp.spi.calc.BindingLimit;
import com.tfp.spi.context.EvaluationContext;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.EvaluationRequest;
import com.tfp.spi.evaluation.LineOccupation;
import java.math.BigDecimal;
import java.util.List;

/**
 * Export bill purchase (出口押汇, seed 004): the exporter hands the bank the full set of export documents under an L/C
 * or a D/P-at-sight collection; the bank buys them with recourse and advances up to 90% of the draft or invoice until
 * the proceeds arrive. It occupies the customer's own credit line (004 Art.3). Stateless: every call reads only its
 * request and context.
 */
public final class BillPurchasePlugin implements ProductPlugin {

  static final String ID = EligibilityRules.PRODUCT_ID;
  /** 002 annex 1 names the classes but not the product's: class 2 is the bank default of PRODUCTS.md §1. */
  static final int RISK_CLASS = 2;

  private static final ProductDescriptor DESCRIPTOR = new ProductDescriptor(
      ID,
      SemanticVersion.parse("1.0.0"),
      VersionRange.parse("[1.3,2.0)"),
      LocalizedText.of("出口押汇", "Export bill purchase"),
      LocalizedText.of(
          "出口商将信用证（即期或远期）或即期D/P项下全套出口单据提交我行，我行保留追索权买入单据，按汇票或发票金额的90%预付款项，"
              + "期限为合理的寄单索汇时间（004 第二、十、十一、二十七条）。承兑交单及其他托收不予办理。占用客户总授信额度（004 第三条）。"
              + "风险类别为2类——银行默认值（002 附件1 未规定产品归属，可由银行调整）。",
          "The exporter hands the bank the full set of export documents under a sight or usance L/C or a D/P-at-sight"
              + " collection; the bank buys them with recourse and advances up to 90% of the draft or invoice for the time"
              + " needed to mail the documents and collect (004 Art.2, 10, 11, 27). D/A and other collections are not"
              + " eligible. Occupies the customer's total credit line (004 Art.3). Risk class 2 is a bank default"
              + " (002 annex 1 does not place products in classes; the bank may change it)."),
      RISK_CLASS,
      List.of(),
      BillPurchaseFacts.schema(),
      RequiredDocuments.CATALOGUE,
      List.of(),
      List.of("004 Art.2-28", "004 appendix 6", "002 annex 1"));

  @Override
  public ProductDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Evaluation evaluate(EvaluationRequest request, EvaluationContext context) {
    BillPurchaseDeal deal = BillPurchaseDeal.of(request);
    Evaluation.Builder out = Evaluation.builder(RISK_CLASS, LineOccupation.CUSTOMER);
    SettlementScope.apply(deal, out);
    EligibilityRules.apply(deal, out);
    CautionList.apply(deal, out);
    RefusalList.apply(deal, out);
    MaturityRule.apply(deal, context, out);
    BindingLimit<BigDecimal> caps = AdvanceCap.caps(deal, out);
    BigDecimal earlierStage = EarlierStageRepayment.apply(deal, caps, out);
    out.amount(caps).earlierStageRepayment(earlierStage);
    RequiredDocuments.apply(deal, out);
    ReviewChecklist.apply(deal, out);
    PostApprovalDuties.apply(deal, context, earlierStage, out);
    return out.build();
  }
}
