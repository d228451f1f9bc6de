package com.tfp.product.factoring;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.ParameterSpec;
import com.tfp.spi.ProductDescriptor;
import com.tfp.spi.ProductPlugin;
import com.tfp.spi.SemanticVersion;
import com.tfp.spi.VersionRange;
import com.tfp.spi.context.EvaluationContext;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.EvaluationRequest;
import com.tfp.spi.evaluation.LineOccupation;
import com.tfp.spi.evaluation.Step;
import com.tfp.spi.facts.Facts;
import com.tfp.spi.insurance.CreditInsuranceConditions;
import com.tfp.spi.insurance.RecourseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Export factoring without recourse under credit insurance (出口信保保理, PRODUCTS.md §7, seed 001): the exporter insured
 * the trade with Sinosure and assigns both the receivable and the indemnity rights to the bank, which finances,
 * keeps the sales ledger, collects and carries the bad-debt risk within Sinosure's cover. Recourse is kept only in the
 * eight cases of insured financing.
 *
 * <p>Line: the bank's exposure, within the cover, is on Sinosure, so the deal occupies the line the bank grants the
 * insurer (信保规程 Art.11: "按照融资金额全额领取对中信保公司的金融机构授信额度"). That is not low-risk business: 002
 * Art.12 counts export factoring financing as low-risk only where it occupies a correspondent (import factor) bank's
 * line, which this single-factor product has none of, and an insurer's line never lowers the admission standards
 * (000 §16; PRODUCTS.md §1). So INSURER, never NONE — and the rules below are not relaxed for it.
 */
public final class FactoringPlugin implements ProductPlugin {

  /** Risk class 2 is a bank default (002 annex 1 names the classes, not which product sits in which). */
  static final int RISK_CLASS = 2;

  private static final List<ParameterSpec> PARAMETERS = parameters();

  private static final ProductDescriptor DESCRIPTOR = new ProductDescriptor(
      "factoring",
      SemanticVersion.parse("1.0.0"),
      VersionRange.parse("[1.3,2.0)"),
      LocalizedText.of("出口信保保理（无追索权）", "Export factoring without recourse under credit insurance"),
      LocalizedText.of(
          "出口企业向中信保投保短期出口信用保险，将应收账款债权及赔款权益转让给我行，我行在中信保承保赔付范围内提供融资、"
              + "销售分户账管理、账款收取及坏账担保；付款期限不超过360天；八种情形保留追索权。合格业务须合作2年以上、"
              + "承保全部商业及政治风险、打分卡70分以上、已出具承保通知书；不合格业务按本行默认规则上报审批。"
              + "打分卡项目与权重、风险类别 2 均为本行默认值（可配置）。占用中信保额度，但不视为低风险业务。",
          "The exporter insured the trade with Sinosure and assigns the receivable and the indemnity rights to the bank, "
              + "which finances, keeps the ledger, collects and carries the bad-debt risk within Sinosure's cover; "
              + "payment term at most 360 days; recourse kept in eight cases. Qualified deals need a 2-year "
              + "relationship, full commercial and political cover, a scorecard of 70 or more and Sinosure's acceptance "
              + "notice; non-qualified deals are referred (bank default). The scorecard items and weights and risk class "
              + "2 are bank defaults (configurable). Occupies the line on Sinosure, which does not make it low-risk."),
      RISK_CLASS,
      List.of(),
      FactoringFacts.ALL,
      RequiredDocuments.ALL,
      PARAMETERS,
      List.of("001 出口信保保理 Art.1-3", "001 RCC Art.6", "001 信保规程 Ch.1, Art.8-12", "001 办法A §2-3",
          "001 办法B §7", "001 股份制 Art.8-9", "000 §16", "002 Art.12, annex 1"));

  @Override
  public ProductDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Evaluation evaluate(EvaluationRequest request, EvaluationContext context) {
    Facts f = request.facts();
    Evaluation.Builder out = Evaluation.builder(RISK_CLASS, LineOccupation.INSURER);
    FactoringScope.apply(f, out);
    CreditInsuranceConditions.check(f, out, "FCT");
    Scorecard.Result scorecard = Scorecard.apply(f, context);
    QualifiedDeal.apply(f, scorecard.scoreIfAny(), context, out);
    FactoringAmount.apply(f, request.currency(), out);
    FactoringMaturity.apply(f, request.valueDate(), out);
    out.info("FCT-LINE-INSURER", "001 信保规程 Art.11",
        "占用本行核定的中信保额度（按融资金额全额占用）；赔款权益不构成低风险业务，不降低准入标准",
        "Occupies the bank's line on Sinosure for the full amount; the indemnity rights do not make it low-risk business "
            + "and do not lower the admission standards (000 §16, 002 Art.12)");
    RecourseException.addTo(out, "FCT");
    RequiredDocuments.apply(f, out);
    ReviewAndDuties.apply(f, scorecard.itemsNotGiven(), out);
    return withScorecardSteps(out.build(), scorecard.steps());
  }

  /**
   * The evaluation has no list of its own for scoring steps, so the scorecard's steps follow the amount steps; none of
   * them binds, and each says whether it rests on the bank's default scorecard.
   */
  private static Evaluation withScorecardSteps(Evaluation e, List<Step> scorecardSteps) {
    List<Step> steps = new ArrayList<>(e.amountSteps());
    steps.addAll(scorecardSteps);
    return new Evaluation(e.decision(), e.findings(), e.maxAmount(), steps, e.maturityDate(), e.maxTermDays(),
        e.termSteps(), e.riskClass(), e.lineOccupation(), e.marginRatio(), e.requiredDocuments(), e.reviewChecklist(),
        e.obligations(), e.earlierStageRepayment());
  }

  private static List<ParameterSpec> parameters() {
    List<ParameterSpec> p = new ArrayList<>(Scorecard.PARAMETERS);
    p.add(QualifiedDeal.REFER_TO_PARAMETER);
    return List.copyOf(p);
  }
}
