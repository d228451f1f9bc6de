package com.tfp.product.sellerscredit;

import static com.tfp.product.sellerscredit.SellersCreditSchema.AMOUNT;
import static com.tfp.product.sellerscredit.SellersCreditSchema.ANNUAL_TURNOVER_COUNT;
import static com.tfp.product.sellerscredit.SellersCreditSchema.CONTRACTS;
import static com.tfp.product.sellerscredit.SellersCreditSchema.CONTRACTS_COST;
import static com.tfp.product.sellerscredit.SellersCreditSchema.CONTRACT_AMOUNT;
import static com.tfp.product.sellerscredit.SellersCreditSchema.EXECUTION_MONTHS;
import static com.tfp.product.sellerscredit.SellersCreditSchema.EXPECTED_GROWTH_RATE;
import static com.tfp.product.sellerscredit.SellersCreditSchema.EXPORT_FX_COST;
import static com.tfp.product.sellerscredit.SellersCreditSchema.LAST_YEAR_EXPORTS;
import static com.tfp.product.sellerscredit.SellersCreditSchema.LAST_YEAR_EXPORT_PROFIT_MARGIN;
import static com.tfp.product.sellerscredit.SellersCreditSchema.OTHER_FUNDS_RAISED;
import static com.tfp.product.sellerscredit.SellersCreditSchema.OTHER_PAYABLES_GUARANTEED;
import static com.tfp.product.sellerscredit.SellersCreditSchema.PREPAYMENT;
import static com.tfp.product.sellerscredit.SellersCreditSchema.PURCHASE_CONTRACT_AMOUNT_USD;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.calc.BindingLimit;
import com.tfp.spi.calc.Money;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.facts.Facts;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * The loan amount (003 Art.14-15), one formula per variant, every intermediate result a step:
 * <ul>
 *   <li>single and series contracts: "一般" 85% of the (combined) contract amount; 90% ("最高不超过") when the 15%
 *       prepayment rule is met and the other payables carry an acceptable payment guarantee — the seed's own rule, so
 *       in order once its conditions hold;</li>
 *   <li>outsourcing single: actual cost of the contracts in hand − own funds − funds raised elsewhere;</li>
 *   <li>outsourcing series: Σ(amount × export FX cost − prepayment) ÷ (annual turnover × months ÷ 12) − own and other
 *       funds;</li>
 *   <li>operating capital and key equipment: last-year exports (sales) × (1 − margin) × (1 + growth) ÷ annual turnover
 *       − own and other funds;</li>
 *   <li>leasing: "一般" 80% of the purchase contract (in USD).</li>
 * </ul>
 * A funding need of zero or less leaves nothing to finance: REJECT. No requested amount is a fact, so the "一般" caps
 * are simply the caps (a higher ask would be for an approver).
 */
final class LoanAmount {

  static final String RATIO = "SC-AMOUNT-RATIO";
  static final String NO_NEED = "SC-NO-FUNDING-NEED";
  static final String LEASE_CURRENCY = "SC-LEASE-CURRENCY";
  static final BigDecimal GENERAL_SHARE = new BigDecimal("0.85");
  static final BigDecimal RAISED_SHARE = new BigDecimal("0.90");
  static final BigDecimal LEASE_SHARE = new BigDecimal("0.80");
  private static final MathContext PRECISION = MathContext.DECIMAL128;
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
  private static final String SOURCE = "003 Art.14";

  private LoanAmount() {}

  static BindingLimit<BigDecimal> caps(Deal deal, Evaluation.Builder result) {
    BindingLimit<BigDecimal> caps = BindingLimit.lowestAmount(deal.currency());
    Facts f = deal.facts();
    switch (deal.variant()) {
      case SINGLE_CONTRACT -> contractShare(deal, f.requireDecimal(CONTRACT_AMOUNT),
          LocalizedText.of("单一商务合同金额", "Contract amount"), caps, result);
      case SERIES_CONTRACT -> {
        List<Facts> contracts = f.records(CONTRACTS);
        if (!contracts.isEmpty()) {
          BigDecimal combined = contracts.stream().map(c -> c.requireDecimal(AMOUNT)).reduce(BigDecimal.ZERO, BigDecimal::add);
          contractShare(deal, combined, LocalizedText.of("系列商务合同合计金额（" + contracts.size() + "份）",
              "Combined amount of the " + contracts.size() + " series contracts"), caps, result);
        }
      }
      case SERVICE_OUTSOURCING_SINGLE -> {
        BigDecimal cost = f.requireDecimal(CONTRACTS_COST);
        caps.explain(LocalizedText.of("在手商务合同实际成本", "Actual cost of the contracts in hand"), cost, SOURCE);
        fundingNeed(deal, cost, caps, result);
      }
      case SERVICE_OUTSOURCING_SERIES -> outsourcingSeries(deal, caps, result);
      case OPERATING_CAPITAL, KEY_EQUIPMENT -> operatingCapital(deal, caps, result);
      case LEASING -> leasing(deal, caps, result);
      default -> throw new IllegalStateException("no amount rule for " + deal.variant());
    }
    return caps;
  }

  private static void contractShare(Deal deal, BigDecimal contractAmount, LocalizedText label,
      BindingLimit<BigDecimal> caps, Evaluation.Builder result) {
    caps.explain(label, contractAmount, SOURCE);
    boolean raised = ContractLoanConditions.prepaymentRuleMet(deal) && deal.flag(OTHER_PAYABLES_GUARANTEED);
    if (raised) {
      caps.explain(LocalizedText.of("一般不超过合同金额的85%", "generally at most 85% of the contract amount"),
          contractAmount.multiply(GENERAL_SHARE), SOURCE);
      caps.limit(LocalizedText.of("预付款比例达标且其他应付款有本行认可的支付保证：最高不超过90%",
              "prepayment rule met and other payables guaranteed: at most 90%"),
          contractAmount.multiply(RAISED_SHARE), SOURCE);
      result.info(RATIO, SOURCE, "预付款不低于15%且合同其他应付款具备本行认可的支付保证，融资比例最高90%",
          "Prepayment of at least 15% and other payables guaranteed: up to 90% of the contract amount");
    } else {
      caps.limit(LocalizedText.of("一般不超过合同金额的85%", "generally at most 85% of the contract amount"),
          contractAmount.multiply(GENERAL_SHARE), SOURCE);
      result.info(RATIO, SOURCE, "融资比例85%；提高至90%须预付款不低于15%且合同其他应付款具备本行认可的支付保证",
          "Up to 85% of the contract amount; 90% needs a prepayment of at least 15% and other payables guaranteed");
    }
  }

  private static void outsourcingSeries(Deal deal, BindingLimit<BigDecimal> caps, Evaluation.Builder result) {
    Facts f = deal.facts();
    List<Facts> contracts = f.records(CONTRACTS);
    if (contracts.isEmpty()) return;
    BigDecimal gap = BigDecimal.ZERO;
    for (Facts c : contracts) {
      gap = gap.add(c.requireDecimal(AMOUNT).multiply(c.requireDecimal(EXPORT_FX_COST)).subtract(c.requireDecimal(PREPAYMENT)));
    }
    caps.explain(LocalizedText.of("∑（商务合同金额×出口换汇成本－预付款）", "Σ(contract amount × export FX cost − prepayment)"),
        gap, SOURCE);
    BigDecimal annual = f.requireDecimal(ANNUAL_TURNOVER_COUNT);
    long months = f.requireInteger(EXECUTION_MONTHS);
    BigDecimal turnover = annual.multiply(BigDecimal.valueOf(months)).divide(TWELVE, PRECISION);
    String shown = turnover.stripTrailingZeros().toPlainString();
    caps.explain(LocalizedText.of(
            "÷ 资金周转次数 " + shown + "（= 上年度年资金周转次数 " + annual.toPlainString() + " × 综合执行期 " + months + " 个月 ÷ 12）",
            "÷ turnover " + shown + " (= last year's annual count " + annual.toPlainString() + " × " + months + " months ÷ 12)"),
        gap.divide(turnover, PRECISION), SOURCE);
    fundingNeed(deal, gap.divide(turnover, PRECISION), caps, result);
  }

  private static void operatingCapital(Deal deal, BindingLimit<BigDecimal> caps, Evaluation.Builder result) {
    Facts f = deal.facts();
    boolean keyEquipment = deal.variant() == LoanVariant.KEY_EQUIPMENT;
    BigDecimal exports = f.requireDecimal(LAST_YEAR_EXPORTS);
    BigDecimal margin = f.requireDecimal(LAST_YEAR_EXPORT_PROFIT_MARGIN);
    BigDecimal growth = f.requireDecimal(EXPECTED_GROWTH_RATE);
    BigDecimal annual = f.requireDecimal(ANNUAL_TURNOVER_COUNT);
    BigDecimal cost = exports.multiply(BigDecimal.ONE.subtract(margin)).multiply(BigDecimal.ONE.add(growth));
    caps.explain(keyEquipment
            ? LocalizedText.of("关键设备上年度销售额 × (1 − 销售利润率 " + Money.percent(margin) + ") × (1 + 预计销售收入年增长率 "
                + Money.percent(growth) + ")", "Key-equipment sales last year × (1 − margin " + Money.percent(margin)
                + ") × (1 + expected growth " + Money.percent(growth) + ")")
            : LocalizedText.of("上年出口额 × (1 − 上年出口利润率 " + Money.percent(margin) + ") × (1 + 预计出口额年增长率 "
                + Money.percent(growth) + ")", "Last year's exports × (1 − export margin " + Money.percent(margin)
                + ") × (1 + expected export growth " + Money.percent(growth) + ")"),
        cost, SOURCE);
    BigDecimal perTurn = cost.divide(annual, PRECISION);
    caps.explain(LocalizedText.of("÷ 年资金周转次数 " + annual.toPlainString(), "÷ annual turnover count " + annual.toPlainString()),
        perTurn, SOURCE);
    fundingNeed(deal, perTurn, caps, result);
  }

  /** Gross need less own funds and funds raised elsewhere; the result is the cap, and nothing left means no loan. */
  private static void fundingNeed(Deal deal, BigDecimal gross, BindingLimit<BigDecimal> caps, Evaluation.Builder result) {
    OwnFunds own = OwnFunds.of(deal.facts());
    BigDecimal other = deal.facts().requireDecimal(OTHER_FUNDS_RAISED);
    caps.explain(own.label(), own.amount(), SOURCE);
    caps.explain(LocalizedText.of("减：通过其他渠道已筹集的资金", "less: funds raised through other channels"), other, SOURCE);
    BigDecimal need = gross.subtract(own.amount()).subtract(other);
    LocalizedText label = deal.variant().isOperatingCapital()
        ? LocalizedText.of("年出口资金需求（贷款最高不超过）", "Annual export funding need (the loan may not exceed it)")
        : LocalizedText.of("服务外包资金需求", "Outsourcing funding need");
    caps.limit(label, Money.notNegative(need), SOURCE);
    if (Money.round(need, deal.currency()).signum() <= 0) {
      result.reject(NO_NEED, SOURCE, "按第十四条公式计算的资金需求为 " + Money.show(need, deal.currency())
              + "，自有和其他渠道资金已足以覆盖，无融资需求",
          "The Art.14 funding need is " + Money.show(need, deal.currency())
              + ": own and other funds cover it, nothing to finance");
    }
  }

  private static void leasing(Deal deal, BindingLimit<BigDecimal> caps, Evaluation.Builder result) {
    BigDecimal purchase = deal.facts().requireDecimal(PURCHASE_CONTRACT_AMOUNT_USD);
    LocalizedText label = LocalizedText.of("一般不超过采购合同金额（美元）的80%", "generally at most 80% of the purchase contract (USD)");
    caps.explain(LocalizedText.of("租赁标的物采购合同金额（美元）", "Purchase contract amount (USD)"), purchase, "003 Art.15");
    if ("USD".equals(deal.currency())) {
      caps.limit(label, purchase.multiply(LEASE_SHARE), "003 Art.15");
    } else {
      // the cap is a USD figure and the context has no exchange rates: a person converts it
      caps.explain(label, purchase.multiply(LEASE_SHARE), "003 Art.15");
      result.refer(LEASE_CURRENCY, "003 Art.15",
          "贷款币种为" + deal.currency() + "，上限为采购合同美元金额的80%（" + Money.show(purchase.multiply(LEASE_SHARE), "USD")
              + "美元）：审批人按中国人民银行当日公布汇率折算后确定金额",
          "The loan is in " + deal.currency() + " while the cap is 80% of the USD purchase contract (USD "
              + Money.show(purchase.multiply(LEASE_SHARE), "USD")
              + "): an approver converts it at the PBoC rate of the day and sets the amount");
    }
  }
}
