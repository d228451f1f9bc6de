package com.tfp.product.importbilladvance;

import com.tfp.spi.facts.CustomerFacts;
import com.tfp.spi.facts.FactSpec;
import java.util.ArrayList;
import java.util.List;

/** The facts of an import bill advance, plus the customer facts every product takes. */
final class ImportBillAdvanceFacts {

  static final String BILL_AMOUNT = "billAmount";
  static final String MARGIN_HELD = "marginHeld";
  static final String REQUESTED_TERM_DAYS = "requestedTermDays";
  static final String RESALE_CYCLE_DAYS = "resaleCycleDays";
  static final String PAYMENT_ACCEPTED = "paymentAccepted";
  static final String COLLECTION_TERMS = "collectionTerms";
  static final String VOLATILE_GOODS = "volatileGoods";

  /** No trade-finance advance runs beyond a year; the bank's own, shorter limits are parameters. */
  private static final String LONGEST_DAYS = "360";

  private ImportBillAdvanceFacts() {}

  static List<FactSpec> schema() {
    List<FactSpec> facts = new ArrayList<>(List.of(
        FactSpec.money(BILL_AMOUNT).label("进口单据付款金额", "Amount payable under the import documents")
            .help("信用证或代收项下我行须对外支付的金额（押汇币种）", "What the bank must pay abroad under the L/C or collection, in the deal currency")
            .required().source("002 Art.21").build(),
        FactSpec.money(MARGIN_HELD).label("已收保证金", "Cash margin already held")
            .help("开证或代收时已收取的保证金，先用于对外付款", "Margin taken at issuance or on presentation; it pays abroad first")
            .defaultValue("0").source("002 Art.21").build(),
        FactSpec.integer(REQUESTED_TERM_DAYS).min("1").max(LONGEST_DAYS).label("申请押汇期限（天）", "Requested term (days)")
            .required().source("000 §11").build(),
        FactSpec.integer(RESALE_CYCLE_DAYS).min("1").max(LONGEST_DAYS).label("货物销售回款周期（天）", "Resale and collection cycle of the goods (days)")
            .help("押汇以货物销售回款为第一还款来源，期限不超过该周期", "The sale of the goods repays the advance first: the term stays within this cycle")
            .source("000 §11").build(),
        FactSpec.flag(PAYMENT_ACCEPTED).label("单证相符或不符点已由申请人接受并由我行承付", "Documents complying, or discrepancies waived and payment accepted by the bank")
            .help("信用证项下押汇以我行已对外承付为前提", "An advance under an L/C presupposes the bank's own obligation to pay")
            .variants(AdvanceVariant.LC.name()).source("000 §11").build(),
        FactSpec.enumeration(COLLECTION_TERMS).label("代收交单方式", "Collection terms")
            .value("DP", "付款交单（D/P）", "Documents against payment (D/P)")
            .value("DA", "承兑交单（D/A）", "Documents against acceptance (D/A)")
            .required().variants(AdvanceVariant.COLLECTION.name()).source("002 Art.28").build(),
        FactSpec.flag(VOLATILE_GOODS).label("热炒、保质期短或价格波动大的商品", "Speculative, short-shelf-life or price-volatile goods")
            .help("应适当提高保证金比例", "The margin is raised").source("002 Art.41").build()));
    facts.addAll(CustomerFacts.ALL);
    return facts;
  }
}
