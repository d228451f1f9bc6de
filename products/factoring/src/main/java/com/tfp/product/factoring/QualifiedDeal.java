package com.tfp.product.factoring;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.ParameterSpec;
import com.tfp.spi.context.ConfiguredValue;
import com.tfp.spi.context.EvaluationContext;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.Severity;
import com.tfp.spi.facts.CustomerFacts;
import com.tfp.spi.facts.FactType;
import com.tfp.spi.facts.Facts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Qualified or non-qualified insured factoring (出口信保保理 Art.3). Qualified takes all of: a relationship of at least
 * two years; the policy covering, for non-L/C payment, all commercial risks and the political risk (a buyer in
 * mainland China counts as no political risk); a scorecard of at least 70; Sinosure's acceptance notice for the
 * declared shipment. Anything else is non-qualified: a category the seed allows but does not regulate, so by bank
 * default (PRODUCTS.md §7) it is referred to a higher authority, named by a parameter.
 */
final class QualifiedDeal {

  static final String SOURCE = "001 出口信保保理 Art.3";
  static final BigDecimal MIN_RELATIONSHIP_YEARS = new BigDecimal("2");
  static final BigDecimal MIN_SCORE = new BigDecimal("70");
  static final String REFER_TO = "nonQualified.referTo";

  static final ParameterSpec REFER_TO_PARAMETER = new ParameterSpec(REFER_TO, FactType.TEXT,
      "上级审批机构 / the next higher approval authority",
      LocalizedText.of("不合格出口信保保理的报批机构（本行默认：提交上级审批）",
          "Where non-qualified insured factoring is referred (bank default: a higher authority)"),
      "001 出口信保保理 Art.3(2)");

  private QualifiedDeal() {}

  /** @return whether the deal is qualified */
  static boolean apply(Facts f, Optional<BigDecimal> score, EvaluationContext context, Evaluation.Builder out) {
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();

    Optional<BigDecimal> years = f.decimal(CustomerFacts.BUYER_RELATIONSHIP_YEARS);
    boolean relationship = years.filter(y -> y.compareTo(MIN_RELATIONSHIP_YEARS) >= 0).isPresent();
    zh.add("(1)进出口双方合作 " + years.map(y -> y.toPlainString() + " 年").orElse("年限未提供") + "，须2年（含）以上" + mark(relationship));
    en.add("(1) relationship of " + years.map(y -> y.toPlainString() + " years").orElse("unknown length")
        + ", at least 2 years" + mark(relationship));

    boolean commercial = f.flag(FactoringFacts.COVERS_ALL_COMMERCIAL_RISKS);
    boolean mainland = f.flag(FactoringFacts.BUYER_IN_MAINLAND_CHINA);
    boolean political = f.flag(FactoringFacts.COVERS_POLITICAL_RISK) || mainland;
    zh.add("(2)保单承保全部商业风险" + mark(commercial) + "及政治风险" + (mainland ? "（买方在中国大陆境内，视为无政治风险）" : "")
        + mark(political));
    en.add("(2) policy covers all commercial risks" + mark(commercial) + " and political risk"
        + (mainland ? " (buyer in mainland China: no political risk)" : "") + mark(political));

    boolean scored = score.filter(s -> s.compareTo(MIN_SCORE) >= 0).isPresent();
    zh.add("(3)打分卡得分 " + score.map(BigDecimal::toPlainString).orElse("无") + "，须70分（含）以上" + mark(scored));
    en.add("(3) scorecard " + score.map(BigDecimal::toPlainString).orElse("none") + ", at least 70" + mark(scored));

    boolean notice = f.flag(FactoringFacts.INSURANCE_NOTICE_ISSUED);
    zh.add("(4)中信保已出具《承保通知书》" + mark(notice));
    en.add("(4) Sinosure's acceptance notice issued" + mark(notice));

    boolean qualified = relationship && commercial && political && scored && notice;
    if (qualified) {
      out.info("FCT-QUALIFIED", SOURCE, "合格出口信保保理：" + String.join("；", zh),
          "Qualified insured factoring: " + String.join("; ", en));
    } else {
      ConfiguredValue referTo = context.parameter(REFER_TO);
      String defaultZh = referTo.bankDefault() ? "（本行默认规则）" : "";
      String defaultEn = referTo.bankDefault() ? " (bank default rule)" : "";
      out.finding(Severity.REFER, "FCT-NON-QUALIFIED", "001 出口信保保理 Art.3(2)", LocalizedText.of(
          "【须上报审批】不合格出口信保保理" + defaultZh + "：" + String.join("；", zh) + "。可按不合格业务办理，须报 "
              + referTo.value() + " 审批并记录理由",
          "[Referred] Non-qualified insured factoring" + defaultEn + ": " + String.join("; ", en)
              + ". It may be done as a non-qualified deal; " + referTo.value() + " may approve it and must record why"));
    }
    return qualified;
  }

  private static String mark(boolean ok) {
    return ok ? " ✓" : " ✗";
  }
}
