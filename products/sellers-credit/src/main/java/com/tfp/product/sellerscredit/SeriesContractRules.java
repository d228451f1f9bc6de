package com.tfp.product.sellerscredit;

import static com.tfp.product.sellerscredit.SellersCreditSchema.BUYER;
import static com.tfp.product.sellerscredit.SellersCreditSchema.CONTRACTS;
import static com.tfp.product.sellerscredit.SellersCreditSchema.COUNTRY;
import static com.tfp.product.sellerscredit.SellersCreditSchema.EXECUTION_MONTHS;
import static com.tfp.product.sellerscredit.SellersCreditSchema.PRODUCT_TYPE;

import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.facts.Facts;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * 003 Art.6(九)3-4 and Art.14(二)2, for series contracts (outsourcing series included, through Art.8): the combined
 * execution period is at most 5 years; the contracts export the same type of product, technology or service, or go
 * to the same country — for ships, aircraft and high-speed rail (key equipment, repair and conversion included) the
 * same buyer or the same type. All hard ("应具备", "应为", "最长不超过"). When a field the rule needs is missing on some
 * contract, a person decides.
 */
final class SeriesContractRules {

  static final String PERIOD = "SC-SERIES-PERIOD";
  static final String SAME_KIND = "SC-SERIES-SAME-KIND";
  static final String NO_CONTRACTS = "SC-SERIES-NO-CONTRACTS";
  static final long MAX_EXECUTION_MONTHS = 60;
  private static final String SOURCE = "003 Art.6";

  private SeriesContractRules() {}

  /** What all contracts share on one field: SAME, DIFFERENT, or UNKNOWN when some contract leaves it out. */
  enum Match { SAME, DIFFERENT, UNKNOWN }

  static Match match(List<Facts> contracts, String field) {
    if (contracts.size() <= 1) return Match.SAME;
    List<Optional<String>> values = contracts.stream()
        .map(c -> c.text(field).map(s -> s.trim().toLowerCase(Locale.ROOT))).toList();
    if (values.stream().anyMatch(Optional::isEmpty)) {
      // two known values that differ do not settle it: the unknown ones cannot make them the same
      return Match.UNKNOWN;
    }
    return values.stream().map(Optional::get).collect(Collectors.toSet()).size() == 1 ? Match.SAME : Match.DIFFERENT;
  }

  static void apply(Deal deal, Evaluation.Builder result) {
    if (!deal.variant().isSeries()) return;
    long months = deal.facts().requireInteger(EXECUTION_MONTHS);
    if (months > MAX_EXECUTION_MONTHS) {
      result.reject(PERIOD, SOURCE, "系列商务合同综合执行期" + months + "个月，超过5年（60个月）（第六条（九）3、第十四条（二）2）",
          "The combined execution period of " + months + " months exceeds 5 years (60 months) (Art.6(九)3, Art.14(二)2)");
    }
    List<Facts> contracts = deal.facts().records(CONTRACTS);
    if (contracts.isEmpty()) {
      result.reject(NO_CONTRACTS, "003 Art.14", "系列商务合同贷款未列出任何合同，无法核定合计金额",
          "No contracts listed: the combined contract amount cannot be established");
      return;
    }
    Match type = match(contracts, PRODUCT_TYPE);
    boolean domain = deal.inShipAircraftRailDomain();
    String other = domain ? BUYER : COUNTRY;
    Match second = match(contracts, other);
    String ruleZh = domain ? "同一进口商（船东）或同类船舶、飞机、铁路高速列车" : "同类产品、技术或服务，或同一国家（地区）";
    String ruleEn = domain ? "the same buyer (shipowner) or the same type of ship, aircraft or rail product"
        : "the same type of product, technology or service, or the same country";
    if (type == Match.SAME || second == Match.SAME) {
      result.info(SAME_KIND, SOURCE, "系列合同为" + ruleZh + "，执行期" + months + "个月",
          "The series is of " + ruleEn + "; execution period " + months + " months");
    } else if (type == Match.DIFFERENT && second == Match.DIFFERENT) {
      result.reject(SAME_KIND, SOURCE, "系列出口合同应为" + ruleZh + "（第六条（九）4），所列合同不符",
          "A series must be of " + ruleEn + " (Art.6(九)4): the contracts listed are not");
    } else {
      result.check(SAME_KIND, SOURCE,
          "部分合同未填" + (domain ? "产品类别或进口商" : "产品类别或国家") + "：确认系列合同为" + ruleZh + "（第六条（九）4，硬性条件）",
          "Some contracts lack the " + (domain ? "type or buyer" : "type or country") + ": confirm the series is of "
              + ruleEn + " (Art.6(九)4, a hard condition)");
    }
  }
}
