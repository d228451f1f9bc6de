package com.tfp.product.sellerscredit;

import static com.tfp.product.sellerscredit.SellersCreditSchema.REQUESTED_TERM_MONTHS;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.calc.BindingLimit;
import com.tfp.spi.evaluation.Evaluation;
import java.time.LocalDate;

/**
 * The loan term (003 Art.17-19). Operating-capital loans — key equipment included, which Art.14(三)2 sizes as
 * operating capital — run at most 3 years ("最长不超过", hard). Contract loans follow the contract's execution and
 * collection schedule (series: the combined execution period), leasing loans the lease cash flows, syndicated loans
 * the syndicate agreement: the requested term stands for that schedule and a person confirms it.
 */
final class LoanTerm {

  static final String MAX_TERM = "SC-TERM-MAX";
  static final int OPERATING_CAPITAL_MAX_MONTHS = 36;

  private LoanTerm() {}

  static BindingLimit<LocalDate> limits(Deal deal, Evaluation.Builder result) {
    long months = deal.facts().requireInteger(REQUESTED_TERM_MONTHS);
    LoanVariant v = deal.variant();
    LocalDate requested = deal.valueDate().plusMonths(months);
    BindingLimit<LocalDate> limits = BindingLimit.earliestDate();
    if (v.isOperatingCapital()) {
      limits.limit(LocalizedText.of("申请期限 " + months + " 个月", "Requested term of " + months + " months"), requested, "003 Art.17");
      limits.limit(LocalizedText.of("营运资金贷款最长不超过3年", "Operating-capital loans: at most 3 years"),
          deal.valueDate().plusMonths(OPERATING_CAPITAL_MAX_MONTHS), "003 Art.17");
      if (months > OPERATING_CAPITAL_MAX_MONTHS) {
        result.reject(MAX_TERM, "003 Art.17", "营运资金贷款期限最长不超过3年，申请" + months + "个月（第十七条（三））",
            "Operating-capital loans run at most 3 years; " + months + " months requested (Art.17(三))");
      }
      return limits;
    }
    String source = v.isLeasing() ? "003 Art.18" : "003 Art.17";
    LocalizedText label = switch (v) {
      case SINGLE_CONTRACT, SERVICE_OUTSOURCING_SINGLE -> LocalizedText.of(
          "按出口合同执行期和收汇进度确定：申请期限 " + months + " 个月",
          "Per the contract's execution and collection schedule: " + months + " months requested");
      case SERIES_CONTRACT, SERVICE_OUTSOURCING_SERIES -> LocalizedText.of(
          "按系列合同综合执行期和收汇进度确定：申请期限 " + months + " 个月",
          "Per the series' combined execution period and collections: " + months + " months requested");
      default -> LocalizedText.of("按租赁期限内现金流确定：申请期限 " + months + " 个月",
          "Per the cash flows over the lease: " + months + " months requested");
    };
    limits.limit(label, requested, source);
    result.check("SC-TERM-SCHEDULE", source,
        v.isLeasing()
            ? "核对申请期限与租赁期限内的租金现金流相符（第十八条）；银团贷款按银团贷款协议（第十九条）"
            : "核对申请期限与合同执行期和收汇进度（现金流量表）相符（第十七条）；银团贷款按银团贷款协议（第十九条）",
        v.isLeasing()
            ? "Check the requested term against the rent cash flows over the lease (Art.18); syndicated loans follow the "
                + "syndicate agreement (Art.19)"
            : "Check the requested term against the execution and collection schedule in the cash-flow table (Art.17); "
                + "syndicated loans follow the syndicate agreement (Art.19)");
    return limits;
  }
}
