package com.tfp.product.insuredfinancing;

import com.tfp.spi.facts.Condition;
import com.tfp.spi.facts.CustomerFacts;
import com.tfp.spi.facts.FactSpec;
import com.tfp.spi.insurance.CreditInsuranceFacts;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts schema of insured financing: exactly the canonical facts of API.md "insured-financing" (the trade and
 * policy facts shared with insured factoring come from {@link CreditInsuranceFacts}) plus the customer facts.
 */
final class InsuredFinancingFacts {

  static final String SETTLEMENT = "settlement";
  static final String INVOICE_AMOUNT = "invoiceAmount";
  static final String DECLARED_AMOUNT = "declaredAmount";
  static final String PREMIUM_CUSTOMER = "premiumCustomer";
  static final String PAYMENT_TERM_DAYS = "paymentTermDays";
  static final String PAYMENT_DUE_DATE = "paymentDueDate";
  static final String REQUESTED_MATURITY_DATE = "requestedMaturityDate";
  static final String RECEIVABLE_PLEDGE_REGISTERED = "receivablePledgeRegistered";
  static final String WITHOUT_RECOURSE = "withoutRecourse";
  static final String INDUSTRY_TRADE_INTEGRATED = "industryTradeIntegrated";
  static final String LAST_YEAR_EXPORT_SETTLEMENT_USD = "lastYearExportSettlementUsd";
  static final String LAST_12_MONTHS_EXPORT_SETTLEMENT = "last12MonthsExportSettlement";
  static final String HISTORY_MONTHS = "historyMonths";
  static final String OUTSTANDING_INSURED_FINANCING = "outstandingInsuredFinancing";

  static final String LC = "LC";
  static final String COLLECTION = "COLLECTION";
  static final String REMITTANCE = "REMITTANCE";

  static final List<FactSpec> ALL = build();

  private InsuredFinancingFacts() {}

  private static List<FactSpec> build() {
    List<FactSpec> facts = new ArrayList<>();
    facts.add(FactSpec.enumeration(SETTLEMENT).label("结算方式", "Settlement").required()
        .value(LC, "信用证", "Letter of credit").value(COLLECTION, "托收", "Collection")
        .value(REMITTANCE, "汇款（赊销）", "Remittance (open account)")
        .help("汇款项下须办理应收账款质押登记", "Remittance deals need the receivable pledged and registered")
        .source("001 股份制 Art.6").build());
    facts.add(FactSpec.money(INVOICE_AMOUNT).label("应收账款（发票）票面金额", "Invoice (receivable) face amount").required()
        .help("交易币种", "Deal currency").source("001 办法A §2(1)").build());
    facts.add(FactSpec.money(DECLARED_AMOUNT).label("向保险公司申报的出运金额", "Shipment amount declared to the insurer")
        .help("交易币种；已申报出运时必填", "Deal currency; required once the shipment is declared")
        .requiredWhen(Condition.whenTrue(CreditInsuranceFacts.SHIPMENT_DECLARED)).source("001 信保规程 Art.8").build());
    facts.addAll(CreditInsuranceFacts.INDEMNITY_COVER);
    facts.add(FactSpec.flag(PREMIUM_CUSTOMER).label("申请按本行优质客户放宽至90%", "Ask for the premium-customer 90%")
        .help("“可视具体情况”放宽：使用90%须审批人批准（REFER）",
            "A discretionary exception (可视具体情况): using 90% is referred to an approver")
        .source("001 办法A §2(1)").build());
    facts.add(FactSpec.integer(PAYMENT_TERM_DAYS).label("发票/信用证付款期限（天）", "Invoice / L/C payment term (days)")
        .min("0").max("3650").required().help("不得超过150天", "At most 150 days").source("001 办法A §2(2)").build());
    facts.add(FactSpec.date(PAYMENT_DUE_DATE).label("付款到期日", "Payment due date").required()
        .help("融资到期日不超过付款到期日后10天，最长30天", "Financing matures at most 10 days after it, 30 at the very most")
        .source("001 办法A §2(2)").build());
    facts.add(FactSpec.date(REQUESTED_MATURITY_DATE).label("申请的融资到期日", "Requested financing maturity date")
        .help("未填写时按付款到期日后10天", "When not given: the payment due date + 10 days").source("001 办法A §2(2)").build());
    facts.add(CreditInsuranceFacts.insurer()
        .help("可接受：中信保、人保财险、平安产险；其他保险公司须报总行贸易金融事业部审批（可填写名称）",
            "Accepted: Sinosure, PICC P&C, Ping An P&C; any other insurer (give its name) needs head-office approval")
        .build());
    facts.addAll(CreditInsuranceFacts.TRADE_AND_POLICY);
    facts.add(FactSpec.flag(RECEIVABLE_PLEDGE_REGISTERED)
        .label("已在人民银行应收账款质押登记公示系统登记", "Receivable pledge registered in the PBoC registry")
        .help("汇款项下须登记；未登记的列为放款前义务", "Needed for remittance deals; if not yet done it becomes a duty before disbursement")
        .source("001 股份制 Art.11").build());
    facts.add(FactSpec.flag(WITHOUT_RECOURSE).label("无追索权", "Without recourse")
        .help("无追索权项下在八种情形下仍保留追索权", "Recourse is still kept in eight cases").source("001 信保规程 Ch.1").build());
    facts.add(FactSpec.flag(INDUSTRY_TRADE_INTEGRATED).label("工贸一体化企业", "Industry-and-trade integrated enterprise")
        .help("占用保险公司额度的条件之一", "One of the conditions for occupying the insurer's line").source("001 股份制 Art.3(1)").build());
    facts.add(FactSpec.decimal(LAST_YEAR_EXPORT_SETTLEMENT_USD).min("0")
        .label("上年出口结算总额（美元）", "Last year's export settlement (USD)")
        .help("以美元计，不受交易币种影响；≥ 200万美元", "In USD whatever the deal currency; at least USD 2 million")
        .source("001 股份制 Art.3(1)").build());
    facts.add(FactSpec.money(LAST_12_MONTHS_EXPORT_SETTLEMENT)
        .label("最近12个月累计出口结算总额", "Cumulative export settlement of the last 12 months")
        .help("交易币种；不足12个月的填实际月份累计总额（不年化）",
            "Deal currency; with less history, the actual cumulative total (not annualised)")
        .source("001 股份制 Art.3(3)").build());
    facts.add(FactSpec.integer(HISTORY_MONTHS).min("0").max("1200")
        .label("出口结算历史月数", "Months of export settlement history")
        .help("不足12个月时填写实际月数", "Give the actual months when there are fewer than 12").source("001 股份制 Art.3(3)").build());
    facts.add(FactSpec.money(OUTSTANDING_INSURED_FINANCING).label("在本行信保融资余额（不含本笔）", "Outstanding insured financing at the bank (excluding this deal)")
        .help("交易币种", "Deal currency").source("001 股份制 Art.3(3)").build());
    facts.addAll(CustomerFacts.ALL);
    return List.copyOf(facts);
  }
}
