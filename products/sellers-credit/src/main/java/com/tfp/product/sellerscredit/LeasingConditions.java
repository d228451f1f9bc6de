package com.tfp.product.sellerscredit;

import static com.tfp.product.sellerscredit.SellersCreditSchema.CHINA_CONTENT_RATIO;
import static com.tfp.product.sellerscredit.SellersCreditSchema.LEASE_CONTRACT_SIGNED;
import static com.tfp.product.sellerscredit.SellersCreditSchema.LEASE_PREPAYMENT_RATIO;
import static com.tfp.product.sellerscredit.SellersCreditSchema.PURCHASE_CONTRACT_AMOUNT_USD;

import com.tfp.spi.calc.Money;
import com.tfp.spi.evaluation.Evaluation;
import java.math.BigDecimal;

/**
 * 003 Art.7, a leasing company borrowing: the purchase contract of the leased asset is at least USD 10 million with at
 * least 20% prepaid, and the asset's China content is at least 50% — all "不低于" under "应具备以下条件", so hard. The
 * lease "已经签订" is also a condition, but Art.12(一) itself accepts an initialled draft or letter of intent while the
 * lease cannot yet be signed: an unsigned lease is therefore REFERRED (the approver confirms that paper), not rejected.
 */
final class LeasingConditions {

  static final String PURCHASE_AMOUNT = "SC-LEASE-PURCHASE-AMOUNT";
  static final String PREPAYMENT = "SC-LEASE-PREPAYMENT";
  static final String CHINA_CONTENT = "SC-LEASE-CHINA-CONTENT";
  static final String LEASE_SIGNED = "SC-LEASE-CONTRACT-SIGNED";
  static final String CONDITIONS = "SC-LEASE-CONDITIONS";
  static final BigDecimal MIN_PURCHASE_USD = new BigDecimal("10000000");
  static final BigDecimal MIN_PREPAYMENT = new BigDecimal("0.20");
  static final BigDecimal MIN_CHINA_CONTENT = new BigDecimal("0.50");
  private static final String SOURCE = "003 Art.7";

  private LeasingConditions() {}

  static void apply(Deal deal, Evaluation.Builder result) {
    if (!deal.variant().isLeasing()) return;
    BigDecimal purchase = deal.facts().requireDecimal(PURCHASE_CONTRACT_AMOUNT_USD);
    BigDecimal prepayment = deal.facts().requireDecimal(LEASE_PREPAYMENT_RATIO);
    BigDecimal china = deal.facts().requireDecimal(CHINA_CONTENT_RATIO);
    boolean allMet = true;
    if (purchase.compareTo(MIN_PURCHASE_USD) < 0) {
      allMet = false;
      result.reject(PURCHASE_AMOUNT, SOURCE, "租赁标的物采购合同金额" + purchase.toPlainString() + "美元，低于1000万美元（第七条（三））",
          "The purchase contract of USD " + purchase.toPlainString() + " is below USD 10 million (Art.7(三))");
    }
    if (prepayment.compareTo(MIN_PREPAYMENT) < 0) {
      allMet = false;
      result.reject(PREPAYMENT, SOURCE, "采购合同预付款比例" + Money.percent(prepayment) + "低于20%（第七条（三））",
          "Prepayment of " + Money.percent(prepayment) + " is below 20% of the purchase contract (Art.7(三))");
    }
    if (china.compareTo(MIN_CHINA_CONTENT) < 0) {
      allMet = false;
      result.reject(CHINA_CONTENT, SOURCE, "租赁标的物中国成分" + Money.percent(china) + "低于采购合同的50%（第七条（三））",
          "China content of " + Money.percent(china) + " is below 50% of the purchase contract (Art.7(三))");
    }
    if (!deal.flag(LEASE_CONTRACT_SIGNED)) {
      allMet = false;
      result.refer(LEASE_SIGNED, SOURCE,
          "租赁合同尚未签订（第七条（二））：第十二条（一）允许暂以草签文本、意向书或其他契约性文件申请；审批人确认该文件并约定签约后放款，须记录理由",
          "The lease is not signed (Art.7(二)); Art.12(一) lets an initialled draft, letter of intent or other contractual "
              + "document stand in for now: an approver may accept that paper, with signing before disbursement, and "
              + "must record why");
    }
    if (allMet) {
      result.info(CONDITIONS, SOURCE,
          "租赁合同已签订；采购合同" + purchase.toPlainString() + "美元不低于1000万美元；预付款" + Money.percent(prepayment)
              + "不低于20%；中国成分" + Money.percent(china) + "不低于50%",
          "Lease signed; purchase contract USD " + purchase.toPlainString() + " ≥ USD 10 million; prepayment "
              + Money.percent(prepayment) + " ≥ 20%; China content " + Money.percent(china) + " ≥ 50%");
    }
    result.check("SC-LESSOR-STANDING", SOURCE,
        "确认租赁公司经批准合法设立、具备独立法人资格、可从事国际租赁业务，经营、财务和资信良好，具备偿还能力；采购合同已签订；租赁合同需审批的已获批准（第七条（一）—（三））",
        "Confirm the lessor is duly licensed, an independent legal person allowed to do international leasing, sound in "
            + "management, finances and credit, able to repay; the purchase contract is signed; the lease approved where "
            + "required (Art.7(一)-(三))");
    result.check("SC-LESSEE-STANDING", SOURCE,
        "确认承租人经营、财务和资信良好，具备支付租金和设备残值的能力并提供必要的支付保证；视情况落实标的物抵押、保险权益和租赁合同权益转让、租赁保证金（不低于一期租金）等还款担保（第七条（四）（五））",
        "Confirm the lessee is sound and able to pay the rents and residual value, with the necessary payment guarantee; "
            + "as the case requires, security by mortgage of the asset, assignment of insurance and lease rights, a lease "
            + "deposit of at least one rent (Art.7(四)(五))");
    if (deal.sector().filter(s -> s == Sector.AIRCRAFT).isPresent()) {
      result.check("SC-AIRCRAFT-CHINA-CONTENT", SOURCE, "飞机类产品：中国成分可依借款人提供的本行认可的生产制造说明确定，核对",
          "Aircraft: the China content may rest on a manufacturing statement the bank accepts; verify it");
    }
  }
}
