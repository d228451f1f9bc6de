package com.tfp.product.nra;

import com.tfp.spi.LocalizedText;
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
 * The descriptor of NRA trade financing: the canonical facts of API.md, plus facts of the product's own that the
 * [default] amount and term need (the discount rate, by default from the bank's rate table, and the payment maturity,
 * or what derives it: usance days from the acceptance or the bill date), the trade documents, and the advance ratio as
 * a bank-configurable default.
 */
final class NraSchema {

  static final String ID = "nra";

  static final String DOCUMENT_AMOUNT = "documentAmount";
  static final String NRA_ACCOUNT_OPEN = "nraAccountOpen";
  static final String LC_ISSUER = "lcIssuer";
  static final String ENTREPOT_TRADE = "entrepotTrade";
  static final String LOW_RISK_ISSUANCE = "lowRiskIssuance";
  static final String RELATED_DOMESTIC_BUYER = "relatedDomesticBuyer";
  static final String GROUP_LINE = "groupLine";
  static final String DISCREPANCIES = "discrepancies";
  static final String DISCREPANCIES_ACCEPTED = "discrepanciesAccepted";
  static final String AML_CLEARED = "amlCleared";
  static final String DISCOUNT_RATE = "discountRate";
  static final String MATURITY_DATE = "maturityDate";
  static final String USANCE_DAYS = "usanceDays";
  static final String ACCEPTANCE_DATE = "acceptanceDate";
  static final String BILL_DATE = "billDate";

  static final String OWN_DOMESTIC_BRANCH = "OWN_DOMESTIC_BRANCH";
  static final String DOMESTIC_CORRESPONDENT_WITH_FI_LINE = "DOMESTIC_CORRESPONDENT_WITH_FI_LINE";
  static final String OTHER = "OTHER";

  static final String ADVANCE_RATIO = "advanceRatio";

  static final DocumentSpec APPLICATION = DocumentSpec.of("NRA-APPLICATION",
      "NRA贸易融资申请书", "NRA trade-finance application", "001 NRA Art.2");
  static final DocumentSpec LETTER_OF_CREDIT = DocumentSpec.of("NRA-LC",
      "信用证及其修改", "The L/C and its amendments", "001 NRA Art.2");
  static final DocumentSpec PRESENTED_DOCUMENTS = DocumentSpec.of("NRA-PRESENTED-DOCUMENTS",
      "信用证项下全套单据（商业发票、运输单据等）", "The full set of documents presented under the L/C (invoice, transport document …)",
      "001 NRA Art.3");
  static final DocumentSpec ACCEPTANCE = DocumentSpec.of("NRA-ACCEPTANCE",
      "开证行承兑/到期付款确认电", "Issuing bank's acceptance or confirmation of payment at maturity", "001 NRA Art.2")
      .when("福费廷、出口贴现；有不符点的押汇", "forfaiting, export discount; bill purchase with discrepancies");
  static final DocumentSpec ENTREPOT_CONTRACTS = DocumentSpec.of("NRA-ENTREPOT-CONTRACTS",
      "转口贸易购销两端合同", "Purchase and sale contracts of both legs of the entrepôt trade", "001 NRA Art.3")
      .when("转口贸易", "entrepôt trade");

  static final List<DocumentSpec> DOCUMENTS = List.of(APPLICATION, LETTER_OF_CREDIT, PRESENTED_DOCUMENTS, ACCEPTANCE,
      ENTREPOT_CONTRACTS);

  private NraSchema() {}

  static ProductDescriptor descriptor() {
    return new ProductDescriptor(
        ID,
        SemanticVersion.parse("1.1.0"),
        VersionRange.parse("[1.3,2.0)"),
        LocalizedText.of("NRA贸易融资", "NRA trade financing"),
        LocalizedText.of(
            "通过境外机构在我行开立的NRA账户为其办理的一类信贷业务范围内的国际贸易融资：议付、福费廷、出口贴现、无不符点押汇"
                + "（含不符点经承兑）及对应的出口代付，信用证须由我行境内分行或已有金融机构贸易融资授信的境内代理行开立（001 NRA Art.2）。"
                + "各品种风险类别为1类（Art.4，一类业务）；占用开证行单证额度和国家风险额度（001 出口信用证 Art.4）。"
                + "融资金额与期限种子未规定，默认：单据金额的100%扣除至付款到期日的贴息，期限至付款到期日。",
            "International trade financing for an offshore institution through its non-resident account (NRA) at the"
                + " bank, within class-1 credit business: L/C negotiation, forfaiting, export discount, bill purchase"
                + " without discrepancies (or with accepted discrepancies) and the matching export pay-on-behalf, under"
                + " L/Cs issued by the bank's own domestic branch or a domestic correspondent with an FI trade-finance"
                + " line (001 NRA Art.2). Every variant is risk class 1 (Art.4); occupies the issuing bank's document"
                + " line and the country-risk line (001 出口信用证 Art.4). The seed gives no amount or term; defaults:"
                + " 100% of the document amount less discount interest to the payment maturity, term to that maturity."),
        NraVariant.RISK_CLASS,
        Arrays.stream(NraVariant.values()).map(NraVariant::toVariant).toList(),
        facts(),
        DOCUMENTS,
        List.of(new ParameterSpec(ADVANCE_RATIO, FactType.RATIO, "1",
            LocalizedText.of("最高融资比例（占单据金额，扣除贴息前）", "Highest share of the document amount before discount interest"),
            "001 NRA Art.2")),
        List.of("001 NRA Art.1-8", "001 出口信用证 Art.4", "002 Art.12"));
  }

  private static List<FactSpec> facts() {
    List<FactSpec> facts = new ArrayList<>();
    facts.add(FactSpec.money(DOCUMENT_AMOUNT).label("单据金额（相符或已承兑）", "Document amount (compliant or accepted)").required()
        .help("相符交单或经开证行承兑的单据金额，为融资基数", "The amount of the compliant or accepted presentation: the base of the financing")
        .source("001 NRA Art.2").build());
    facts.add(FactSpec.flag(NRA_ACCOUNT_OPEN).label("境外机构已在我行开立NRA账户", "The offshore institution keeps an NRA account with the bank")
        .help("NRA贸易融资通过该账户办理，未开户不能办理", "NRA financing runs through that account: none, no deal")
        .source("001 NRA Art.2").build());
    facts.add(FactSpec.enumeration(LC_ISSUER).label("开证行", "L/C issuer").required()
        .value(OWN_DOMESTIC_BRANCH, "我行境内分行", "The bank's own domestic branch")
        .value(DOMESTIC_CORRESPONDENT_WITH_FI_LINE, "已有金融机构贸易融资授信额度的境内代理行",
            "A domestic correspondent holding an FI trade-finance line")
        .value(OTHER, "其他", "Other")
        .help("其他开证行不在NRA贸易融资范围内", "Any other issuer is outside the scope of NRA financing")
        .source("001 NRA Art.2").build());
    facts.add(FactSpec.flag(ENTREPOT_TRADE).label("转口贸易信用证", "Entrepôt-trade L/C")
        .help("须进口商以低风险担保方式开证，且开证行为我行境内分行", "The importer's L/C must be issued on a low-risk security basis, by the bank's own domestic branch")
        .source("001 NRA Art.3").build());
    facts.add(FactSpec.flag(LOW_RISK_ISSUANCE).label("进口商以低风险担保方式开证", "The importer's L/C was issued on a low-risk security basis")
        .help("如100%保证金或足额存单/国债质押（002 Art.12）", "E.g. 100% cash margin or a full pledge of deposits or treasury bonds (002 Art.12)")
        .source("001 NRA Art.3").build());
    facts.add(FactSpec.flag(RELATED_DOMESTIC_BUYER).label("境外企业与境内买方为关联企业", "The offshore customer is related to the domestic buyer")
        .source("001 NRA Art.5").build());
    facts.add(FactSpec.flag(GROUP_LINE).label("已纳入集团客户统一授信额度", "Under the group's unified credit line")
        .source("001 NRA Art.5").build());
    facts.add(FactSpec.flag(DISCREPANCIES).label("单据存在不符点", "The documents have discrepancies")
        .source("001 NRA Art.2").build());
    facts.add(FactSpec.flag(DISCREPANCIES_ACCEPTED).label("不符点已经开证行承兑", "The issuing bank has accepted the discrepancies")
        .source("001 NRA Art.2").build());
    facts.add(FactSpec.flag(AML_CLEARED).label("反洗钱审查已通过（身份识别、名单监控无命中或已解除）",
            "AML cleared (due diligence done; no sanctions-list hit, or cleared by compliance)")
        .help("未通过前不能办理", "No deal until cleared")
        .source("001 NRA Art.7").build());
    facts.add(FactSpec.ratio(DISCOUNT_RATE).label("贴现年利率", "Discount rate (annual)")
        .help("本产品自有要素：按实际天数自融资日至付款到期日扣除贴息，计息基础按币种（X8）。利率是本行的价格而非交易事实："
                + "不填时取本行贴现利率表中该币种、该期限的利率（默认值，可由本行配置；001 出口信用证 Art.5）",
            "This product's own fact: discount interest on actual days from the value date to the payment maturity, on"
                + " the currency's day count (X8). The rate is the bank's price, not a fact of the trade: left out, the"
                + " bank's discount-rate table gives the rate for the currency and the tenor (a configurable bank default;"
                + " 001 出口信用证 Art.5)")
        .whenAbsent("本行贴现利率表：该币种、融资日至付款到期日期限的利率（默认值，可配置）",
            "the bank's discount-rate table: the rate for the currency and the tenor to the payment maturity (bank default, configurable)")
        .source("001 出口信用证 Art.5").build());
    facts.add(FactSpec.date(MATURITY_DATE).label("付款到期日", "Payment maturity")
        .requiredWhen(Condition.anyOf(Condition.absent(USANCE_DAYS),
            Condition.allOf(Condition.absent(ACCEPTANCE_DATE), Condition.absent(BILL_DATE))))
        .help("本产品自有要素：开证行承兑/延期付款到期日，即期为预计收汇日；融资至该日。不填时由承兑日加远期天数，或单据日加远期天数推算",
            "This product's own fact: the issuing bank's acceptance or deferred-payment maturity, for sight the expected"
                + " payment date; the financing runs to it. Left out, it is derived: acceptanceDate + usanceDays, or"
                + " billDate + usanceDays")
        .whenAbsent("由承兑日 + 远期天数，或单据日 + 远期天数推算", "derived: acceptanceDate + usanceDays, or billDate + usanceDays")
        .source("001 NRA Art.2").build());
    facts.add(FactSpec.integer(USANCE_DAYS).min("0").max("1800").label("远期天数（信用证付款期限）", "Usance days (the L/C's tenor)")
        .help("与承兑日或单据日一起推算付款到期日", "With the acceptance date or the bill date, gives the payment maturity")
        .source("001 NRA Art.2").build());
    facts.add(FactSpec.date(ACCEPTANCE_DATE).label("开证行承兑日", "Issuing bank's acceptance date")
        .help("见票后若干天付款的汇票：到期日 = 承兑日 + 远期天数", "Drafts at so many days after sight: maturity = acceptance date + usance days")
        .source("001 NRA Art.2").build());
    facts.add(FactSpec.date(BILL_DATE).label("单据日（提单或汇票日）", "Bill date (bill of lading or draft date)")
        .help("提单日或汇票日后若干天付款：到期日 = 单据日 + 远期天数", "Payment so many days after the B/L or draft date: maturity = bill date + usance days")
        .source("001 NRA Art.2").build());
    facts.addAll(CustomerFacts.ALL);
    return facts;
  }
}
