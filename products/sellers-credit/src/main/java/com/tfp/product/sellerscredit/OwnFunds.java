package com.tfp.product.sellerscredit;

import static com.tfp.product.sellerscredit.SellersCreditSchema.CAPITAL_EXPENDITURE;
import static com.tfp.product.sellerscredit.SellersCreditSchema.DEPRECIATION;
import static com.tfp.product.sellerscredit.SellersCreditSchema.DIVIDENDS;
import static com.tfp.product.sellerscredit.SellersCreditSchema.MATURING_LOANS;
import static com.tfp.product.sellerscredit.SellersCreditSchema.NET_PROFIT;
import static com.tfp.product.sellerscredit.SellersCreditSchema.OWN_FUNDS;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.facts.Facts;
import java.math.BigDecimal;

/**
 * The borrower's own funds for the exports (003 Art.14(三)1, "下同": also for outsourcing): the figure given, or net
 * profit + depreciation − capital expenditure − dividends − maturing bank and other loans. A negative result counts
 * as no own funds: a cash shortfall elsewhere is not an export funding need this loan may cover.
 */
record OwnFunds(BigDecimal amount, LocalizedText label) {

  static OwnFunds of(Facts facts) {
    if (facts.has(OWN_FUNDS)) {
      return new OwnFunds(facts.requireDecimal(OWN_FUNDS), LocalizedText.of("减：借款人自有资金（申报数）", "less: borrower's own funds (as given)"));
    }
    BigDecimal computed = facts.requireDecimal(NET_PROFIT)
        .add(facts.requireDecimal(DEPRECIATION))
        .subtract(facts.requireDecimal(CAPITAL_EXPENDITURE))
        .subtract(facts.requireDecimal(DIVIDENDS))
        .subtract(facts.requireDecimal(MATURING_LOANS));
    if (computed.signum() < 0) {
      return new OwnFunds(BigDecimal.ZERO, LocalizedText.of(
          "减：借款人自有资金 = 净利润+折旧-资本性支出-股利支付-到期借款 = " + computed.toPlainString() + "，为负，按0计",
          "less: own funds = net profit + depreciation − capital expenditure − dividends − maturing loans = "
              + computed.toPlainString() + ", negative, counted as 0"));
    }
    return new OwnFunds(computed, LocalizedText.of("减：借款人自有资金 = 净利润+折旧-资本性支出-股利支付-到期借款",
        "less: own funds = net profit + depreciation − capital expenditure − dividends − maturing loans"));
  }
}
