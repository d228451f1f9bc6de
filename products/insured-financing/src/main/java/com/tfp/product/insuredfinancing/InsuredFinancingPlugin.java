package com.tfp.product.insuredfinancing;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.ProductDescriptor;
import com.tfp.spi.ProductPlugin;
import com.tfp.spi.SemanticVersion;
import com.tfp.spi.VersionRange;
import com.tfp.spi.context.EvaluationContext;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.EvaluationRequest;
import com.tfp.spi.evaluation.LineOccupation;
import com.tfp.spi.facts.Facts;
import com.tfp.spi.insurance.CreditInsuranceConditions;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Export-credit-insurance financing (信保融资, PRODUCTS.md §3, seed 001): the exporter insured its receivable with
 * short-term export credit insurance and assigns the indemnity rights to the bank, which finances it — with recourse by
 * default, or without recourse keeping it in eight cases. The seed's five versions (RCC, 信保规程, 办法A, 办法B, 股份制)
 * are combined into one rule set; each finding cites the version it comes from.
 */
public final class InsuredFinancingPlugin implements ProductPlugin {

  /** Risk class 2 is a bank default (002 annex 1 names the classes, not which product sits in which). */
  static final int RISK_CLASS = 2;

  private static final ProductDescriptor DESCRIPTOR = new ProductDescriptor(
      "insured-financing",
      SemanticVersion.parse("1.0.0"),
      VersionRange.parse("[1.3,2.0)"),
      LocalizedText.of("信保融资（出口信用保险项下贸易融资）", "Export credit insurance financing"),
      LocalizedText.of(
          "出口商投保短期出口信用险并将赔款权益转让给我行，我行凭此提供融资；默认有追索权，无追索权项下八种情形保留追索权。"
              + "结算方式：信用证、托收、汇款（汇款项下须办理应收账款质押登记）。融资金额为发票金额80%（优质客户可视情况90%，须审批）"
              + "与保险赔付上限的低者；付款期限不超过150天，到期日不超过付款到期日后10天（至30天须审批）。"
              + "满足股份制规程第三条时占用保险公司额度。风险类别 2 为本行默认值（可配置）。",
          "The exporter insured its receivable with short-term export credit insurance and assigns the indemnity rights "
              + "to the bank, which finances it; with recourse by default, without recourse keeping it in eight cases. "
              + "Settlement by L/C, collection or remittance (remittance needs the receivable pledged and registered). "
              + "Amount: the lower of 80% of the invoice (90% for premium customers, referred) and the indemnity cover; "
              + "payment term at most 150 days, maturity at most 10 days after the due date (up to 30, referred). "
              + "Occupies the insurer's line when 股份制 Art.3 holds. Risk class 2 is a bank default (configurable)."),
      RISK_CLASS,
      List.of(),
      InsuredFinancingFacts.ALL,
      RequiredDocuments.ALL,
      List.of(),
      List.of("001 RCC Art.3-6", "001 信保规程 Ch.1, Ch.2, Art.8-14", "001 办法A §1-3", "001 办法B §4, §7",
          "001 股份制 Art.1-12", "000 §16", "002 annex 1"));

  @Override
  public ProductDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Evaluation evaluate(EvaluationRequest request, EvaluationContext context) {
    Facts f = request.facts();
    Evaluation.Builder out = Evaluation.builder(RISK_CLASS, LineOccupation.CUSTOMER);
    InsurerAcceptance.apply(f, out);
    ApplicantRules.Admission admission = ApplicantRules.apply(request, out);
    boolean tradeMet = CreditInsuranceConditions.check(f, out, "IF");
    Optional<BigDecimal> amount = FinancingAmount.apply(f, request.currency(), out);
    MaturityRule.apply(f, request.valueDate(), out);
    out.lineOccupation(InsurerLineExemption.apply(f, admission.hardMet() && admission.softMet() && tradeMet, amount, out));
    SettlementDuties.apply(f, out);
    RequiredDocuments.apply(f, out);
    ReviewChecklist.apply(out);
    return out.build();
  }
}
