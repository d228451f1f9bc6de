package com.tfp.spi.insurance;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.evaluation.Evaluation;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The eight cases in which the bank keeps its recourse against the exporter although the financing is without
 * recourse (001 信保规程, chapter 1: "但是，在下列情况下我行保留追索权"). Insured factoring is without recourse by
 * definition and keeps the same eight (PRODUCTS.md §7). The seed gives them no article number; they are cited by the
 * chapter.
 */
public enum RecourseException {
  CONTRACT_DISPUTE("违反销售合同的规定，合同项下存在争议或纠纷，导致到期未能付款",
      "the sales contract was breached or is in dispute, so that payment was not made at maturity"),
  POLICY_BREACH("因违反保单条款、赔款转让协议等原因导致我行未能从保险公司获得赔付",
      "the bank got no indemnity because the policy terms, the indemnity-assignment agreement or the like were breached"),
  COURT_ORDER("因法院止付令、禁付令、冻结令或其他具有相同或类似功能的司法命令导致我行未能获得偿付",
      "a court's stop-payment, prohibition or freezing order (or a similar judicial order) prevented payment"),
  FRAUD("欺诈，出售给我行的不是源于正当交易的应收账款",
      "fraud: the receivable sold to the bank does not arise from a genuine transaction"),
  INELIGIBLE_RECEIVABLE("出售给我行的不是合格应收账款",
      "the receivable sold to the bank is not an eligible receivable"),
  AGREEMENT_BREACH("未履行与我行签署的合同中约定的义务或违反其声明与承诺",
      "the exporter failed its obligations under the agreement with the bank or breached its representations"),
  INSURER_DEDUCTIONS("保险公司在定损核赔时的有关扣除款项",
      "the amounts the insurer deducts when assessing and settling the claim"),
  POLICY_EXCLUSION("由于保单除外责任导致我行未能从保险公司获得赔付",
      "the bank got no indemnity because of the policy's exclusions");

  public static final String SOURCE = "001 信保规程 Ch.1";

  private final LocalizedText text;

  RecourseException(String zh, String en) {
    this.text = LocalizedText.of(zh, en);
  }

  public LocalizedText text() {
    return text;
  }

  /** All eight, numbered as in the seed, in one bilingual text. */
  public static LocalizedText enumerated() {
    return new LocalizedText(
        Arrays.stream(values()).map(r -> (r.ordinal() + 1) + "、" + r.text.zh()).collect(Collectors.joining("；")),
        Arrays.stream(values()).map(r -> "(" + (r.ordinal() + 1) + ") " + r.text.en()).collect(Collectors.joining("; ")));
  }

  /**
   * Lists the eight cases on a without-recourse deal: one INFO finding {@code <prefix>-RECOURSE-EXCEPTIONS} naming
   * them, and a checklist item {@code <prefix>-RECOURSE-CLAUSES} to confirm the contract reserves them.
   */
  public static void addTo(Evaluation.Builder out, String prefix) {
    LocalizedText all = enumerated();
    out.info(prefix + "-RECOURSE-EXCEPTIONS", SOURCE,
        "无追索权：我行的付款为终局性付款，但在下列八种情形下保留追索权：" + all.zh() + "。",
        "Without recourse: the bank's payment is final, but it keeps recourse in these eight cases: " + all.en() + ".");
    out.check(prefix + "-RECOURSE-CLAUSES", SOURCE,
        "确认融资（保理）合同载明上述八种保留追索权的情形",
        "Confirm that the financing (factoring) agreement reserves recourse in the eight cases listed");
  }
}
