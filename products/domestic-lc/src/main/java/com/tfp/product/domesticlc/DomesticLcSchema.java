package com.tfp.product.domesticlc;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.calc.ImportMargin;
import com.tfp.spi.ParameterSpec;
import com.tfp.spi.ProductDescriptor;
import com.tfp.spi.SemanticVersion;
import com.tfp.spi.VersionRange;
import com.tfp.spi.evaluation.DocumentSpec;
import com.tfp.spi.facts.Condition;
import com.tfp.spi.facts.CustomerFacts;
import com.tfp.spi.facts.FactSpec;
import com.tfp.spi.facts.FactType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The descriptor of the domestic L/C product: the canonical facts of API.md (plus the product's own {@code
 * discountRate} for forfaiting and {@code requestedMaturityDate} for buyer-side financing), the documents of 001 国内证 Art.12 and the trade documents of 000 §11, and the
 * bank-configurable defaults PRODUCTS.md §1 and §4 mark [default].
 */
final class DomesticLcSchema {

  static final String ID = "domestic-lc";

  // facts (API.md "domestic-lc"; discountRate and requestedMaturityDate are this product's own)
  static final String LC_AMOUNT = "lcAmount";
  static final String ISSUE_DATE = "issueDate";
  static final String LC_EXPIRY_DATE = "lcExpiryDate";
  static final String PAYMENT_TERM_DAYS = "paymentTermDays";
  static final String ACCEPTED_AMOUNT = "acceptedAmount";
  static final String VOLATILE_GOODS = "volatileGoods";
  static final String EARLIER_STAGE_OUTSTANDING = "earlierStageOutstanding";
  static final String DISCOUNT_RATE = "discountRate";
  static final String REQUESTED_MATURITY_DATE = "requestedMaturityDate";

  // parameters ([default] values of PRODUCTS.md §1 and §4)
  static final String MARGIN_TABLE_FOR_BUYER_SIDE = "marginTableForBuyerSide";
  static final String PACKING_LOAN_RATIO = "packingLoanRatio";
  static final String SELLER_BILL_PURCHASE_RATIO = "sellerBillPurchaseRatio";
  static final String FORFAITING_RATIO = "forfaitingRatio";
  static final String BUYER_FINANCING_RATIO = "buyerFinancingRatio";
  static final String BUYER_FINANCING_MAX_DAYS = "buyerFinancingMaxDays";

  // documents
  static final DocumentSpec LC_APPLICATION = DocumentSpec.of("DLC-LC-APPLICATION",
      "《国内信用证开证申请书》", "Domestic L/C application", "001 国内证 Art.12").when("开证", "issuance");
  static final DocumentSpec APPLICANT_UNDERTAKING = DocumentSpec.of("DLC-APPLICANT-UNDERTAKING",
      "《开证申请人承诺书》", "Applicant's undertaking", "001 国内证 Art.12")
      .when("开证；已签总承诺书的无需逐笔提交", "issuance; not needed per deal when a master undertaking is on file");
  static final DocumentSpec FINANCING_APPLICATION = DocumentSpec.of("DLC-FINANCING-APPLICATION",
      "融资申请书", "Financing application", "001 国内证 Art.5").when("融资类品种", "financing variants");
  static final DocumentSpec CONTRACT = DocumentSpec.of("DLC-CONTRACT",
      "购销合同", "Sales contract", "000 §11");
  static final DocumentSpec LETTER_OF_CREDIT = DocumentSpec.of("DLC-LC",
      "国内信用证及其修改", "The domestic L/C and its amendments", "000 §11").when("融资类品种", "financing variants");
  static final DocumentSpec INVOICE = DocumentSpec.of("DLC-INVOICE",
      "增值税发票", "VAT invoice", "000 §11").when("交单后的融资（买方押汇、买方代付、卖方押汇、福费廷）",
      "financing after presentation (buyer's bill purchase and pay-on-behalf, seller's bill purchase, forfaiting)");
  static final DocumentSpec TRANSPORT_DOCUMENT = DocumentSpec.of("DLC-TRANSPORT-DOCUMENT",
      "货物运输单据或货物收据", "Transport document or goods receipt", "000 §11").when("交单后的融资",
      "financing after presentation");
  static final DocumentSpec ACCEPTANCE = DocumentSpec.of("DLC-ACCEPTANCE",
      "开证行到期付款确认书（承兑）", "Issuing bank's acceptance (confirmation of payment at maturity)", "001 国内证 Art.2")
      .when("卖方押汇、福费廷", "seller's bill purchase, forfaiting");

  static final List<DocumentSpec> DOCUMENTS = List.of(LC_APPLICATION, APPLICANT_UNDERTAKING, FINANCING_APPLICATION,
      CONTRACT, LETTER_OF_CREDIT, INVOICE, TRANSPORT_DOCUMENT, ACCEPTANCE);

  private DomesticLcSchema() {}

  static ProductDescriptor descriptor() {
    return new ProductDescriptor(
        ID,
        SemanticVersion.parse("1.0.0"),
        VersionRange.parse("[1.3,2.0)"),
        LocalizedText.of("国内信用证项下贸易融资", "Domestic L/C trade financing"),
        LocalizedText.of(
            "开证、买方押汇、买方代付、打包贷款、卖方押汇、福费廷6项产品（001 国内证 Art.2）。信用证有效期与付款期限各不超过6个月"
                + "（Art.10）；开证及买方融资按进口类保证金比例表收取保证金（002 Art.41，用于国内证买方品种系类推，为默认设置），"
                + "保证金以外部分须落实其他担保（Art.11）；同一交易后续环节融资款首先偿还前一环节（Art.4）。买方押汇、买方代付自本行"
                + "在信用证付款到期日付款时起融资，最长期限默认90天（种子文件未规定，为默认设置，可配置），超过的须有权审批人同意。"
                + "各品种风险类别为默认值："
                + "开证2类、买方押汇3类、买方代付3类、打包贷款3类、卖方押汇2类、福费廷1类。",
            "Issuance, buyer's bill purchase, buyer's pay-on-behalf, packing loan, seller's bill purchase and forfaiting"
                + " under a domestic L/C (001 国内证 Art.2). L/C validity and payment term at most 6 months each (Art.10);"
                + " issuance and buyer-side financing take the import-side margin of 002 Art.41 (applied to domestic"
                + " L/C buyer-side variants by analogy, a bank default), the rest needs other security (Art.11); a later"
                + " stage of the same transaction first repays the earlier stage (Art.4). Buyer's bill purchase and"
                + " pay-on-behalf are financed from the L/C's payment maturity, when the bank pays it, for at most 90 days"
                + " by default (the seed gives no figure: a bank default, configurable); a longer request is referred to an"
                + " approver. Risk classes are bank defaults:"
                + " issuance 2, buyer's bill purchase 3, buyer's pay-on-behalf 3, packing loan 3, seller's bill"
                + " purchase 2, forfaiting 1."),
        LcVariant.ISSUANCE.riskClass(),
        Arrays.stream(LcVariant.values()).map(LcVariant::toVariant).toList(),
        facts(),
        DOCUMENTS,
        parameters(),
        List.of("001 国内证 Art.2-12", "002 Art.12", "002 Art.19-21", "002 Art.41", "000 §11"));
  }

  private static List<FactSpec> facts() {
    List<FactSpec> facts = new ArrayList<>();
    facts.add(FactSpec.money(LC_AMOUNT).label("信用证金额", "L/C amount").required()
        .help("国内信用证的开证金额；开证品种即开证金额，打包贷款按其比例融资",
            "The amount of the domestic L/C: the issuance amount, and the base of the packing loan")
        .source("001 国内证 Art.2").build());
    facts.add(FactSpec.date(ISSUE_DATE).label("开证日", "Issue date").required()
        .help("有效期和付款期限均自开证日起按日历月计算", "Validity and payment term are counted in calendar months from this date")
        .source("001 国内证 Art.10").build());
    facts.add(FactSpec.date(LC_EXPIRY_DATE).label("信用证有效期", "L/C expiry date").required()
        .help("不得晚于开证日起6个月", "At most 6 calendar months after the issue date")
        .source("001 国内证 Art.10").build());
    facts.add(FactSpec.integer(PAYMENT_TERM_DAYS).label("付款期限（天）", "Payment term (days)").required()
        .min("0").max("3660")
        .help("自开证日起算，即期为0；开证日加付款期限（付款到期日）不得晚于开证日起6个月；打包贷款、卖方押汇、福费廷至付款到期日，"
                + "买方押汇、买方代付自付款到期日起算",
            "Counted from the issue date, 0 for sight; issue date plus the term (the payment maturity) must not pass 6"
                + " calendar months from the issue date; the packing loan, seller's bill purchase and forfaiting run to"
                + " the payment maturity, the buyer's bill purchase and pay-on-behalf start from it")
        .source("001 国内证 Art.10").build());
    facts.add(FactSpec.money(ACCEPTED_AMOUNT).label("承兑/到期付款确认金额", "Accepted amount")
        .help("开证行已承兑（到期付款确认）的金额；卖方押汇、福费廷必填；买方融资给出时以其为信用证付款金额",
            "The amount the issuing bank accepted (confirmed for payment at maturity); required for seller's bill"
                + " purchase and forfaiting; for buyer-side financing, when given, it is the L/C payment amount")
        .variants(LcVariant.BUYER_BILL_PURCHASE.name(), LcVariant.BUYER_PAY_ON_BEHALF.name(),
            LcVariant.SELLER_BILL_PURCHASE.name(), LcVariant.FORFAITING.name())
        .requiredWhen(Condition.variantIn(LcVariant.SELLER_BILL_PURCHASE.name(), LcVariant.FORFAITING.name()))
        .source("001 国内证 Art.2").build());
    facts.add(FactSpec.flag(VOLATILE_GOODS).label("热炒、保质期短或价格波动大的商品", "Speculative, short-shelf-life or price-volatile goods")
        .help("开证及买方融资的保证金比例相应提高（默认加10个百分点）",
            "Raises the margin of issuance and buyer-side financing (default: +10 percentage points)")
        .source("002 Art.41").build());
    facts.add(FactSpec.money(EARLIER_STAGE_OUTSTANDING).label("同一交易前一环节融资余额", "Earlier-stage outstanding of the same transaction")
        .help("如同一信用证项下的打包贷款（或卖方押汇）余额；本笔融资款首先偿还该余额，剩余部分才付给客户",
            "E.g. a packing loan (or seller's bill purchase) under the same L/C; this disbursement repays it first and"
                + " only the rest goes to the customer")
        .variants(LcVariant.SELLER_BILL_PURCHASE.name(), LcVariant.FORFAITING.name())
        .source("001 国内证 Art.4").build());
    facts.add(FactSpec.ratio(DISCOUNT_RATE).label("贴现年利率", "Discount rate (annual)")
        .help("本产品自有要素：福费廷按实际天数自融资日至付款到期日扣除贴息，计息基础按币种（人民币 ACT/360）",
            "This product's own fact: forfaiting deducts discount interest on actual days from the value date to the"
                + " payment maturity, on the currency's day count (CNY ACT/360)")
        .variants(LcVariant.FORFAITING.name())
        .requiredWhen(Condition.variantIn(LcVariant.FORFAITING.name()))
        .source("001 国内证 Art.2").build());
    facts.add(FactSpec.date(REQUESTED_MATURITY_DATE).label("申请的融资到期日", "Requested maturity date")
        .help("本产品自有要素，仅买方押汇、买方代付：买方融资自本行在信用证付款到期日付款时起算，至本日期；须晚于付款到期日，"
                + "最长至付款到期日加买方融资最长期限（默认90天，种子文件未规定，可由本行配置），更晚的须有权审批人同意；"
                + "不填则按该最长期限",
            "This product's own fact, buyer's bill purchase and pay-on-behalf only: the buyer's financing starts when the"
                + " bank pays the L/C at its payment maturity and runs to this date; it must be after the payment maturity"
                + " and at most the payment maturity plus the longest buyer financing period (default 90 days: the seed"
                + " gives no figure, bank-configurable), a later date needs an approver; not given: the longest period")
        .variants(LcVariant.BUYER_BILL_PURCHASE.name(), LcVariant.BUYER_PAY_ON_BEHALF.name())
        .source("001 国内证 Art.10").build());
    facts.addAll(CustomerFacts.ALL);
    return facts;
  }

  private static List<ParameterSpec> parameters() {
    // the 002 Art.41 table is the SPI's building block (ImportMargin), shared with every import-type product
    List<ParameterSpec> parameters = new ArrayList<>(ImportMargin.parameters());
    parameters.addAll(List.of(
        new ParameterSpec(MARGIN_TABLE_FOR_BUYER_SIDE, FactType.INTEGER, "1",
            LocalizedText.of("进口类保证金比例表类推适用于开证、买方押汇、买方代付（1=适用，0=不适用）",
                "Apply the import-side margin table to issuance, buyer's bill purchase and pay-on-behalf (1 = yes, 0 = no)"),
            "002 Art.41"),
        ratio(PACKING_LOAN_RATIO, "0.8", "打包贷款最高融资比例（占信用证金额）", "Packing loan: highest share of the L/C amount", "001 国内证 Art.2"),
        ratio(SELLER_BILL_PURCHASE_RATIO, "0.9", "卖方押汇最高融资比例（占承兑金额）", "Seller's bill purchase: highest share of the accepted amount", "001 国内证 Art.2"),
        ratio(FORFAITING_RATIO, "1", "福费廷最高融资比例（占承兑金额，扣除贴息前）", "Forfaiting: highest share of the accepted amount before discount interest", "001 国内证 Art.2"),
        ratio(BUYER_FINANCING_RATIO, "1", "买方融资最高比例（占信用证付款金额）", "Buyer-side financing: highest share of the L/C payment amount", "001 国内证 Art.2"),
        new ParameterSpec(BUYER_FINANCING_MAX_DAYS, FactType.INTEGER, "90",
            LocalizedText.of("买方押汇、买方代付自信用证付款到期日起的最长融资期限（天）；种子文件未规定，为本行默认值",
                "Buyer's bill purchase and pay-on-behalf: longest financing period after the L/C's payment maturity (days);"
                    + " the seed gives no figure, a bank default"),
            "001 国内证 Art.10")));
    return parameters;
  }

  private static ParameterSpec ratio(String key, String value, String zh, String en, String source) {
    return new ParameterSpec(key, FactType.RATIO, value, LocalizedText.of(zh, en), source);
  }
}
