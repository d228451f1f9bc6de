package com.tfp.product.billpurchase;

import com.tfp.spi.facts.Condition;
import com.tfp.spi.facts.CustomerFacts;
import com.tfp.spi.facts.FactSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts schema of export bill purchase: exactly the canonical names of API.md "bill-purchase", plus the customer
 * facts every product takes. Booleans missing mean "does not hold" (a caution or refusal flag not sent is not there).
 */
final class BillPurchaseFacts {

  static final String SETTLEMENT = "settlement";
  static final String INVOICE_AMOUNT = "invoiceAmount";
  static final String DRAFT_AMOUNT = "draftAmount";
  static final String ISSUING_BANK_COUNTRY = "issuingBankCountry";
  static final String USANCE_DAYS = "usanceDays";
  static final String ACCEPTANCE_RECEIVED = "acceptanceReceived";
  static final String ACCEPTANCE_MATURITY_DATE = "acceptanceMaturityDate";
  static final String EXPECTED_PAYMENT_DATE = "expectedPaymentDate";
  static final String DOCUMENTS_COMPLIANT = "documentsCompliant";
  static final String FULL_SET_TITLE_DOCUMENTS = "fullSetTitleDocuments";
  static final String SPECIAL_LC_TYPE = "specialLcType";
  static final String SOFT_CLAUSES = "softClauses";
  static final String DEFERRED_PAYMENT = "deferredPayment";
  static final String RESTRICTED_NEGOTIATION = "restrictedNegotiation";
  static final String ROUNDABOUT_REIMBURSEMENT = "roundaboutReimbursement";
  static final String EXPIRY_ABROAD_NEAR_PRESENTATION = "expiryAbroadNearPresentation";
  static final String BAD_BANK_CONDUCT = "badBankConduct";
  static final String COUNTRY_IN_TURMOIL = "countryInTurmoil";
  static final String FX_SHORTAGE = "fxShortage";
  static final String APPLICANT_BAD_RECORD = "applicantBadRecord";
  static final String EXTRA_SECURITY = "extraSecurity";
  static final String EARLIER_STAGE_OUTSTANDING = "earlierStageOutstanding";

  /** Usance beyond two years is not a trade bill; the caution list (over 90 days) works below this bound. */
  private static final String MAX_USANCE_DAYS = "720";

  private BillPurchaseFacts() {}

  static List<FactSpec> schema() {
    List<FactSpec> facts = new ArrayList<>(List.of(
        settlement(),
        FactSpec.money(INVOICE_AMOUNT).label("发票金额", "Invoice amount")
            .help("押汇币种金额；未提供汇票金额时必填。人民币押汇时按当日牌价折算后录入",
                "In the deal currency; required when there is no draft. For a CNY bill purchase, convert at the bank's rate of the day")
            .requiredWhen(Condition.absent(DRAFT_AMOUNT)).source("004 Art.11").build(),
        FactSpec.money(DRAFT_AMOUNT).label("汇票金额", "Draft amount")
            .help("押汇币种金额；有汇票时押汇金额以汇票与发票金额孰低为基数",
                "In the deal currency; where there is a draft, the lower of draft and invoice is the base")
            .source("004 Art.11").build(),
        FactSpec.country(ISSUING_BANK_COUNTRY).label("开证行（托收为代收行）所在国家/地区", "Country of the issuing bank (collecting bank for D/P)")
            .help("ISO 3166 两位代码；决定即期信用证的寄单索汇天数。信用证项下必填",
                "ISO 3166 alpha-2; decides the mailing and collection days. Required for L/C deals")
            .requiredWhen(Condition.factIn(SETTLEMENT, Settlement.LC_SIGHT.name(), Settlement.LC_USANCE.name()))
            .source("004 Art.10").build(),
        FactSpec.integer(USANCE_DAYS).min("1").max(MAX_USANCE_DAYS).label("信用证远期天数", "L/C usance days")
            .help("远期信用证必填；超过90天属谨慎办理", "Required for a usance L/C; more than 90 days is on the caution list")
            .requiredWhen(Condition.factIn(SETTLEMENT, Settlement.LC_USANCE.name())).source("004 Art.10").build(),
        FactSpec.flag(ACCEPTANCE_RECEIVED).label("已收到开证行承兑电", "Issuing bank's acceptance received")
            .help("远期信用证原则上须收到承兑电后办理", "A usance L/C is in principle financed only after the acceptance")
            .source("004 Art.9").build(),
        FactSpec.date(ACCEPTANCE_MATURITY_DATE).label("承兑到期日", "Acceptance maturity date")
            .help("远期信用证已承兑时必填；押汇期限一般不超过承兑到期日后三个工作日",
                "Required once a usance L/C is accepted; the term should not go beyond three business days after it")
            .requiredWhen(Condition.allOf(Condition.factIn(SETTLEMENT, Settlement.LC_USANCE.name()),
                Condition.whenTrue(ACCEPTANCE_RECEIVED)))
            .source("004 Art.10").build(),
        FactSpec.date(EXPECTED_PAYMENT_DATE).label("预计到港及买方付款日", "Expected arrival and payment date")
            .help("即期D/P必填；押汇期限至该日，原则上不超过360天", "Required for D/P; the term runs to it, in principle at most 360 days")
            .requiredWhen(Condition.factIn(SETTLEMENT, Settlement.DP_SIGHT.name())).source("004 Art.10").build(),
        flag(DOCUMENTS_COMPLIANT, "单证相符、单单一致", "Documents compliant (单证相符、单单一致)",
            "信用证项下：否则属实质性不符点，谨慎办理", "L/C deals: otherwise discrepant documents, on the caution list", "004 Art.6"),
        flag(FULL_SET_TITLE_DOCUMENTS, "提交全套物权运输单据", "Full set of transport documents of title",
            "运输单据为物权凭证且为全套", "The transport documents are documents of title, in a full set", "004 Art.6"),
        flag(SPECIAL_LC_TYPE, "特殊信用证（可撤销、可转让、备用）", "Special L/C (revocable, transferable, standby)", "", "", "004 Art.7"),
        flag(SOFT_CLAUSES, "信用证带有软条款", "L/C with soft clauses", "", "", "004 Art.7"),
        flag(DEFERRED_PAYMENT, "延期付款信用证", "Deferred-payment L/C", "", "", "004 Art.7"),
        flag(RESTRICTED_NEGOTIATION, "限制在出口商所在地其他银行议付", "Negotiation restricted to another local bank", "", "", "004 Art.7"),
        flag(ROUNDABOUT_REIMBURSEMENT, "索汇路线迂回曲折", "Roundabout reimbursement route", "", "", "004 Art.7"),
        flag(EXPIRY_ABROAD_NEAR_PRESENTATION, "效期地点在国外且交单临近效期", "Expiry abroad, presentation close to expiry", "", "", "004 Art.7"),
        flag(BAD_BANK_CONDUCT, "开证行/代收行经营作风恶劣", "Issuing/collecting bank of poor conduct", "", "", "004 Art.8"),
        flag(COUNTRY_IN_TURMOIL, "银行所在地或货运目的地局势动荡或战争", "Bank's or destination country in turmoil or war", "", "", "004 Art.8"),
        flag(FX_SHORTAGE, "付汇地区外汇严重短缺或管制严格", "Severe FX shortage or controls at the paying place", "", "", "004 Art.8"),
        flag(APPLICANT_BAD_RECORD, "申请人在本行有不良业务记录", "Applicant has a bad record with the bank", "", "", "004 Art.8"),
        flag(EXTRA_SECURITY, "已落实额外授信保证措施", "Extra credit security in place",
            "第八条情形在落实授信保证措施后可谨慎办理", "Lets the Art.8 grounds go to an approver instead of a refusal", "004 Art.8"),
        FactSpec.money(EARLIER_STAGE_OUTSTANDING).label("同一信用证项下打包贷款余额", "Packing loan outstanding under the same L/C")
            .help("押汇款项须先归还该打包贷款，余额付给客户", "Repaid first out of the bill-purchase disbursement; the rest goes to the customer")
            .source("004 Art.22").build()));
    facts.addAll(CustomerFacts.ALL);
    return facts;
  }

  private static FactSpec settlement() {
    FactSpec.Builder b = FactSpec.enumeration(SETTLEMENT).label("结算方式", "Settlement").required()
        .help("托收项下只办理即期D/P；承兑交单及其他托收不予办理", "Of collections only D/P at sight; D/A and other collections are not eligible")
        .source("004 Art.2");
    for (Settlement s : Settlement.values()) b.value(s.name(), s.zh, s.en);
    return b.build();
  }

  private static FactSpec flag(String name, String zh, String en, String helpZh, String helpEn, String source) {
    return FactSpec.flag(name).label(zh, en).help(helpZh, helpEn).source(source).build();
  }
}
