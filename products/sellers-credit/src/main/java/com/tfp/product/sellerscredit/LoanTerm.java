package com.tfp.product.sellerscredit;

import static com.tfp.product.sellerscredit.SellersCreditSchema.EXECUTION_MONTHS;
import static com.tfp.product.sellerscredit.SellersCreditSchema.REQUESTED_TERM_MONTHS;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.calc.BindingLimit;
import com.tfp.spi.context.ConfiguredValue;
import com.tfp.spi.context.EvaluationContext;
import com.tfp.spi.evaluation.Evaluation;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The loan term (003 Art.17-19) and its longest value per variant. Operating-capital loans — key equipment included,
 * which Art.14(三)2 sizes as operating capital — run at most 3 years ("最长不超过", hard: longer is a REJECT). A series
 * runs over its combined execution period (Art.17(二)) and the collections after it, whose length the seed leaves
 * open: a bank default. A single contract follows its execution and collection schedule (Art.17(一)) and a leasing loan
 * the lease cash flows (Art.18) with no figure in the seed: their longest terms are bank defaults. A requested term
 * beyond a bank default is REFERRED (an approver may accept the schedule that justifies it) and stands as asked.
 * Without a requested term the longest term is the answer, listed among the evaluation's defaults.
 */
final class LoanTerm {

  static final String MAX_TERM = "SC-TERM-MAX";
  static final int OPERATING_CAPITAL_MAX_MONTHS = 36;

  /** Months of collections after a series' combined execution period (Art.17(二) leaves it open). */
  static final String COLLECTION_MONTHS = "seriesCollectionMonths";
  /** The longest term of a single-contract loan, goods or outsourcing (Art.17(一) gives no figure). */
  static final String SINGLE_CONTRACT_MAX_MONTHS = "singleContractMaxTermMonths";
  /** The longest term of a leasing company's fixed-asset loan (Art.18 gives no figure). */
  static final String LEASING_MAX_MONTHS = "leasingMaxTermMonths";

  private LoanTerm() {}

  /** The longest term of the deal's variant, with its label, source and whether it is a bank default. */
  record Longest(long months, LocalizedText label, String source, boolean bankDefault) {}

  static Longest longest(Deal deal, EvaluationContext context) {
    LoanVariant v = deal.variant();
    if (v.isOperatingCapital()) {
      return new Longest(OPERATING_CAPITAL_MAX_MONTHS, LocalizedText.of(
          "最长期限：营运资金贷款最长不超过3年（36个月，第十七条（三））",
          "Longest term: operating-capital loans run at most 3 years (36 months, Art.17(三))"), "003 Art.17", false);
    }
    if (v.isSeries()) {
      long execution = deal.facts().requireInteger(EXECUTION_MONTHS);
      ConfiguredValue collection = context.parameter(COLLECTION_MONTHS);
      long months = execution + collection.decimal().longValueExact();
      return new Longest(months, collection.mark(
          "最长期限：系列商务合同综合执行期 " + execution + " 个月（第十七条（二））加执行期后收汇 " + collection.value() + " 个月 = " + months + " 个月",
          "Longest term: the series' combined execution period of " + execution + " months (Art.17(二)) plus "
              + collection.value() + " months of collections after it = " + months + " months"), "003 Art.17", true);
    }
    if (v.isLeasing()) {
      ConfiguredValue max = context.parameter(LEASING_MAX_MONTHS);
      return new Longest(max.decimal().longValueExact(), max.mark(
          "最长期限：按租赁期限内现金流确定，本行默认 " + max.value() + " 个月（第十八条）",
          "Longest term: per the cash flows over the lease, the bank's " + max.value() + " months (Art.18)"), "003 Art.18", true);
    }
    ConfiguredValue max = context.parameter(SINGLE_CONTRACT_MAX_MONTHS);
    return new Longest(max.decimal().longValueExact(), max.mark(
        "最长期限：按出口合同执行期和收汇进度确定，本行默认 " + max.value() + " 个月（第十七条（一））",
        "Longest term: per the contract's execution and collection schedule, the bank's " + max.value() + " months (Art.17(一))"),
        "003 Art.17", true);
  }

  static BindingLimit<LocalDate> limits(Deal deal, EvaluationContext context, Evaluation.Builder result) {
    LoanVariant v = deal.variant();
    Longest longest = longest(deal, context);
    LocalDate longestDate = deal.valueDate().plusMonths(longest.months());
    Optional<Long> requested = deal.facts().integer(REQUESTED_TERM_MONTHS);
    BindingLimit<LocalDate> limits = BindingLimit.earliestDate();
    if (requested.isEmpty()) {
      add(limits, longest, longestDate);
      result.defaulted("facts." + REQUESTED_TERM_MONTHS, String.valueOf(longest.months()), longest.source(), longest.bankDefault(),
          LocalizedText.of("未申请期限：按本品种最长期限 " + longest.months() + " 个月",
              "No term requested: the variant's longest term of " + longest.months() + " months"));
    } else {
      long months = requested.get();
      limits.limit(requestedLabel(v, months), deal.valueDate().plusMonths(months), v.isLeasing() ? "003 Art.18" : "003 Art.17");
      if (months <= longest.months() || !longest.bankDefault()) {
        add(limits, longest, longestDate);
      } else {
        // beyond a bank default: the term asked for stands, an approver decides (the exception the request asks for)
        limits.explainDefault(longest.label(), longestDate, longest.source());
        result.refer(MAX_TERM, longest.source(),
            "申请期限 " + months + " 个月超过本品种最长期限 " + longest.months() + " 个月（本行默认值，可由本行配置）：须审批人依据执行期和收汇进度（现金流）确认",
            "The requested " + months + " months exceed the variant's longest term of " + longest.months()
                + " months (a bank default, configurable): an approver confirms it against the execution and collection schedule (cash flows)");
      }
      if (v.isOperatingCapital() && months > OPERATING_CAPITAL_MAX_MONTHS) {
        result.reject(MAX_TERM, "003 Art.17", "营运资金贷款期限最长不超过3年，申请" + months + "个月（第十七条（三））",
            "Operating-capital loans run at most 3 years; " + months + " months requested (Art.17(三))");
      }
    }
    if (!v.isOperatingCapital()) {
      result.check("SC-TERM-SCHEDULE", v.isLeasing() ? "003 Art.18" : "003 Art.17",
          v.isLeasing()
              ? "核对贷款期限与租赁期限内的租金现金流相符（第十八条）；银团贷款按银团贷款协议（第十九条）"
              : "核对贷款期限与合同执行期和收汇进度（现金流量表）相符（第十七条）；银团贷款按银团贷款协议（第十九条）",
          v.isLeasing()
              ? "Check the loan term against the rent cash flows over the lease (Art.18); syndicated loans follow the "
                  + "syndicate agreement (Art.19)"
              : "Check the loan term against the execution and collection schedule in the cash-flow table (Art.17); "
                  + "syndicated loans follow the syndicate agreement (Art.19)");
    }
    return limits;
  }

  private static void add(BindingLimit<LocalDate> limits, Longest longest, LocalDate date) {
    if (longest.bankDefault()) {
      limits.defaultLimit(longest.label(), date, longest.source());
    } else {
      limits.limit(longest.label(), date, longest.source());
    }
  }

  private static LocalizedText requestedLabel(LoanVariant v, long months) {
    return switch (v) {
      case OPERATING_CAPITAL, KEY_EQUIPMENT -> LocalizedText.of("申请期限 " + months + " 个月", "Requested term of " + months + " months");
      case SINGLE_CONTRACT, SERVICE_OUTSOURCING_SINGLE -> LocalizedText.of(
          "按出口合同执行期和收汇进度确定：申请期限 " + months + " 个月",
          "Per the contract's execution and collection schedule: " + months + " months requested");
      case SERIES_CONTRACT, SERVICE_OUTSOURCING_SERIES -> LocalizedText.of(
          "按系列合同综合执行期和收汇进度确定：申请期限 " + months + " 个月",
          "Per the series' combined execution period and collections: " + months + " months requested");
      case LEASING -> LocalizedText.of("按租赁期限内现金流确定：申请期限 " + months + " 个月",
          "Per the cash flows over the lease: " + months + " months requested");
    };
  }
}
