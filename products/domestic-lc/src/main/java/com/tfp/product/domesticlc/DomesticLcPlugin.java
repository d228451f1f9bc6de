package com.tfp.product.domesticlc;

import com.tfp.spi.context.ConfiguredValue;
import static com.tfp.product.domesticlc.DomesticLcSchema.MARGIN_TABLE_FOR_BUYER_SIDE;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.calc.ImportMargin;
import com.tfp.spi.ProductDescriptor;
import com.tfp.spi.ProductPlugin;
import com.tfp.spi.calc.BindingLimit;
import com.tfp.spi.calc.Money;
import com.tfp.spi.context.EvaluationContext;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.EvaluationRequest;
import com.tfp.spi.evaluation.LineOccupation;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * 国内信用证项下贸易融资 (seed 001, 国内证 operating rules): issuance of a domestic L/C and the five financings around it —
 * the buyer's bill purchase and pay-on-behalf on the import side, the packing loan, seller's bill purchase and
 * forfaiting on the seller side. The L/C's own limits (Art.10) bind every variant; the buyer side takes the import
 * margin of 002 Art.41 and security for the rest (Art.11); stages of one transaction repay each other (Art.4).
 */
public final class DomesticLcPlugin implements ProductPlugin {

  private static final ProductDescriptor DESCRIPTOR = DomesticLcSchema.descriptor();

  @Override
  public ProductDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Evaluation evaluate(EvaluationRequest request, EvaluationContext context) {
    LcDeal deal = LcDeal.of(request);
    LcVariant variant = deal.variant();
    Evaluation.Builder out = Evaluation.builder(variant.riskClass(), LineOccupation.CUSTOMER);

    out.check("DLC-CUSTOMER-CONDITIONS", "001 国内证 Art.3",
        "确认客户符合《国内信用证业务管理办法》规定的客户条件",
        "Confirm that the customer meets the customer conditions of the bank's domestic L/C rules");
    if (!"CNY".equals(deal.currency())) {
      out.check("DLC-CURRENCY", "001 国内证 Art.1",
          "国内信用证以人民币计价：确认以 " + deal.currency() + " 办理的依据",
          "Domestic L/Cs are denominated in RMB: confirm the basis for a deal in " + deal.currency());
    }

    BindingLimit<LocalDate> term = LcTermRule.apply(deal, context, out);

    ImportMargin.Margin margin = null;
    boolean marginApplies = variant.buyerSide()
        && context.parameter(MARGIN_TABLE_FOR_BUYER_SIDE).decimal().signum() != 0;
    if (marginApplies) {
      margin = ImportMargin.of(deal.customerTier(), deal.creditRating(), deal.volatileGoods(), context);
      reportMargin(deal, margin, out);
    } else if (variant.buyerSide()) {
      out.info("DLC-MARGIN", ImportMargin.SOURCE,
          "本行设定进口类保证金比例表不适用于国内证买方品种，未按该表计算保证金",
          "The bank set the import-side margin table not to apply to domestic L/C buyer-side variants: no margin computed");
    }
    if (variant == LcVariant.ISSUANCE || marginApplies) {
      UncoveredPartSecurity.apply(deal, margin, out);
    }

    BindingLimit<BigDecimal> caps = FinancingAmount.caps(deal, context);
    BigDecimal maxAmount = caps.result().orElse(null);
    if (margin != null && margin.known() && maxAmount != null) {
      BigDecimal marginAmount = Money.times(maxAmount, margin.ratio());
      caps.explain(LocalizedText.of("保证金 " + Money.percent(margin.ratio()), "Cash margin " + Money.percent(margin.ratio())),
          marginAmount, ImportMargin.SOURCE);
      caps.explain(LocalizedText.of("保证金未覆盖部分（占用授信额度，须其他担保）", "Part not covered by margin (occupies the line, needs other security)"),
          Money.notNegative(maxAmount.subtract(Money.round(marginAmount, deal.currency()))), "002 Art.21");
    }
    BigDecimal repayment = TransactionChain.apply(deal, maxAmount, caps, out);

    out.amount(caps);
    out.maturity(term, deal.valueDate());
    out.marginRatio(margin == null ? null : margin.ratio());
    out.earlierStageRepayment(repayment);
    out.lineOccupation(lineOccupation(variant, margin, out));
    RequiredDocuments.apply(variant, out);
    return out.build();
  }

  private static void reportMargin(LcDeal deal, ImportMargin.Margin margin, Evaluation.Builder out) {
    String analogy = "（进口类保证金比例表类推适用于国内证" + deal.variant().label().zh() + "，为默认设置）";
    String analogyEn = " (the import-side margin table applied to the domestic L/C " + deal.variant().label().en()
        + " by analogy, a bank default)";
    if (!margin.known()) {
      out.info("DLC-MARGIN", ImportMargin.SOURCE,
          "保证金比例未定：" + margin.basis().zh() + "，不作假定" + analogy,
          "Margin not determined: " + margin.basis().en() + ", nothing assumed" + analogyEn);
      out.check("DLC-MARGIN-BASIS", ImportMargin.SOURCE,
          "客户分类或信用评级（" + margin.missingFact() + "）未知：按客户分类和评级确定保证金比例（积极发展类≥10%、黄金客户可免收、"
              + "BBB级以上目标客户≥10%、B-BBB级目标客户≥20%、非目标客户≥30%，价格波动大商品适当提高）",
          "Customer tier or rating (" + margin.missingFact() + ") unknown: set the margin by tier and rating"
              + " (actively-developed ≥10%, golden may be exempt, target BBB or better ≥10%, target B to below BBB ≥20%,"
              + " non-target ≥30%, higher for volatile goods)");
      return;
    }
    out.info("DLC-MARGIN", ImportMargin.SOURCE,
        "保证金比例 " + Money.percent(margin.ratio()) + "：" + margin.basis().zh() + analogy,
        "Cash margin " + Money.percent(margin.ratio()) + ": " + margin.basis().en() + analogyEn);
    if (margin.targetBelowB()) {
      out.check("DLC-TIER-RATING", "002 Art.9",
          "客户标为目标客户但评级低于B级，不符合目标客户条件：核实客户分类",
          "The customer is marked target but rated below B, which a target customer cannot be: verify the tier");
    }
    if (margin.ratio().signum() > 0) {
      out.obligation("DLC-MARGIN-COLLECT", "002 Art.40",
          "开证/放款前将 " + Money.percent(margin.ratio()) + " 保证金存入保证金账户并冻结",
          "Before issuance/disbursement, collect the " + Money.percent(margin.ratio()) + " cash margin into the margin account and block it");
    }
  }

  private static LineOccupation lineOccupation(LcVariant variant, ImportMargin.Margin margin, Evaluation.Builder out) {
    if (variant == LcVariant.FORFAITING) {
      out.info("DLC-LINE", "002 Art.12",
          "福费廷仅占用承兑行（金融机构）授信，属低信用风险业务，不占用客户授信额度",
          "Forfaiting only occupies the accepting bank's (financial institution's) line: low-risk business, not on the"
              + " customer's line");
      return LineOccupation.FINANCIAL_INSTITUTION;
    }
    if (margin != null && margin.full()) {
      out.info("DLC-LINE", "002 Art.19",
          "100%保证金业务属低信用风险业务，不纳入授信额度管理（另见 001 国内证 Art.3）",
          "Business fully covered by 100% cash margin is low-risk and outside line management (see also 001 国内证 Art.3)");
      return LineOccupation.NONE;
    }
    out.info("DLC-LINE", "002 Art.21",
        "按名义金额1:1占用客户授信额度，保证金覆盖部分不占用额度",
        "Occupies the customer's line 1:1 at nominal amount; the part covered by margin does not occupy it");
    return LineOccupation.CUSTOMER;
  }
}
