package com.tfp.product.sellerscredit;

import static com.tfp.product.sellerscredit.LoanVariant.KEY_EQUIPMENT;
import static com.tfp.product.sellerscredit.LoanVariant.LEASING;
import static com.tfp.product.sellerscredit.LoanVariant.OPERATING_CAPITAL;
import static com.tfp.product.sellerscredit.LoanVariant.SERIES_CONTRACT;
import static com.tfp.product.sellerscredit.LoanVariant.SERVICE_OUTSOURCING_SERIES;
import static com.tfp.product.sellerscredit.LoanVariant.SERVICE_OUTSOURCING_SINGLE;
import static com.tfp.product.sellerscredit.LoanVariant.SINGLE_CONTRACT;
import static com.tfp.product.sellerscredit.LoanVariant.allBut;
import static com.tfp.product.sellerscredit.LoanVariant.codes;

import com.tfp.spi.facts.Condition;
import com.tfp.spi.facts.CustomerFacts;
import com.tfp.spi.LocalizedText;
import com.tfp.spi.ParameterSpec;
import com.tfp.spi.facts.FactSpec;
import com.tfp.spi.facts.FactType;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts of export seller's credit (API.md "sellers-credit"). Each fact belongs to the variants whose rules or
 * formulas use it, and is required exactly when a formula needs it: the form and the API then ask for nothing more
 * and accept nothing less. One addition of this plug-in: the optional {@code buyer} field of {@code contracts}
 * (Art.6(九)4: series of ships, aircraft or rail contracts qualify by "same buyer").
 */
final class SellersCreditSchema {

  static final String EXIM_GRADE = "eximGrade";
  static final String FULL_GUARANTEE = "fullGuarantee";
  static final String SECTOR = "sector";
  static final String DEFERRED_PAYMENT = "deferredPayment";
  static final String DEFERRED_PAYMENT_GUARANTEED = "deferredPaymentGuaranteed";
  static final String CONTRACT_SIGNED = "contractSigned";
  static final String SECTOR_QUALIFICATION = "sectorQualification";
  static final String CONTRACT_AMOUNT = "contractAmount";
  static final String CONTRACTS = "contracts";
  static final String PREPAYMENT_RATIO = "prepaymentRatio";
  static final String OTHER_PAYABLES_GUARANTEED = "otherPayablesGuaranteed";
  static final String EXECUTION_MONTHS = "executionMonths";
  static final String LAST_YEAR_EXPORTS = "lastYearExports";
  static final String LAST_YEAR_EXPORT_PROFIT_MARGIN = "lastYearExportProfitMargin";
  static final String EXPECTED_GROWTH_RATE = "expectedGrowthRate";
  static final String ANNUAL_TURNOVER_COUNT = "annualTurnoverCount";
  static final String OWN_FUNDS = "ownFunds";
  static final String NET_PROFIT = "netProfit";
  static final String DEPRECIATION = "depreciation";
  static final String CAPITAL_EXPENDITURE = "capitalExpenditure";
  static final String DIVIDENDS = "dividends";
  static final String MATURING_LOANS = "maturingLoans";
  static final String OTHER_FUNDS_RAISED = "otherFundsRaised";
  static final String CONTRACTS_COST = "contractsCost";
  static final String PURCHASE_CONTRACT_AMOUNT_USD = "purchaseContractAmountUsd";
  static final String CHINA_CONTENT_RATIO = "chinaContentRatio";
  static final String LEASE_PREPAYMENT_RATIO = "leasePrepaymentRatio";
  static final String LEASE_CONTRACT_SIGNED = "leaseContractSigned";
  static final String REQUESTED_TERM_MONTHS = "requestedTermMonths";

  /** Fields of each {@code contracts} record. */
  static final String AMOUNT = "amount";
  static final String EXPORT_FX_COST = "exportFxCost";
  static final String PREPAYMENT = "prepayment";
  static final String PRODUCT_TYPE = "productType";
  static final String COUNTRY = "country";
  static final String BUYER = "buyer";

  /** Variants whose loan is a funding need net of own funds (Art.14(一)2, (二)2, (三)). */
  private static final String[] NET_OF_OWN_FUNDS =
      codes(OPERATING_CAPITAL, KEY_EQUIPMENT, SERVICE_OUTSOURCING_SINGLE, SERVICE_OUTSOURCING_SERIES);
  private static final String[] OPERATING = codes(OPERATING_CAPITAL, KEY_EQUIPMENT);
  private static final String[] CONTRACT_LOANS = codes(SINGLE_CONTRACT, SERIES_CONTRACT);
  private static final String[] SERIES = codes(SERIES_CONTRACT, SERVICE_OUTSOURCING_SERIES);
  /** Art.6(十) limits operating-capital loans to conditions (一)-(五): (七)(八) are not theirs. */
  private static final String[] WITH_IMPORTER = allBut(OPERATING_CAPITAL, KEY_EQUIPMENT);

  private SellersCreditSchema() {}

  static List<FactSpec> facts() {
    List<FactSpec> facts = new ArrayList<>(List.of(
        FactSpec.integer(EXIM_GRADE).min("1")
            .label("借款人在本行（进出口银行）的信用等级", "Borrower's credit grade at China Exim Bank")
            .help("数字等级，1 为最好，数字越大等级越弱。一般应在12级（含）以内；成套和高新技术产品（商务合同贷款）及船舶、飞机、"
                    + "铁路高速列车领域（含关键设备、改装修理，任何贷款形式）一般应在14级以内；有银行、战略客户全额保证或变现能力强的"
                    + "抵质押物时各放宽至14级/15级。不能按本行办法评级的借款人不填，转人工核对。",
                "Numeric grade, 1 = best, a larger number is weaker. Generally 12 or better; 14 or better for complete-set/"
                    + "high-tech products under contract loans and for ships, aircraft, high-speed rail (key equipment, repair and "
                    + "conversion included, in any loan form); relaxed to 14 / 15 with full guarantee or liquid collateral. "
                    + "Leave out for a borrower that cannot be rated under the bank's method: it goes to the review checklist.")
            .source("003 Art.6").build(),
        FactSpec.flag(FULL_GUARANTEE)
            .label("银行、战略客户全额保证或变现能力强的抵质押", "Full guarantee by a bank or strategic customer, or liquid collateral")
            .help("满足时信用等级要求放宽（12→14级，14→15级）", "Relaxes the grade requirement (12 → 14, 14 → 15)")
            .source("003 Art.6").build(),
        FactSpec.enumeration(SECTOR).required().variants(allBut(SERVICE_OUTSOURCING_SINGLE, SERVICE_OUTSOURCING_SERIES))
            .label("支持领域", "Sector supported")
            .value("GENERAL", "一般产品", "General products")
            .value("COMPLETE_SET_HIGH_TECH", "成套和高新技术产品", "Complete sets and high-tech products")
            .value("SHIP", "船舶", "Ships")
            .value("AIRCRAFT", "飞机", "Aircraft")
            .value("HIGH_SPEED_RAIL", "铁路高速列车", "High-speed rail")
            .value("REPAIR_CONVERSION", "改装或修理国外船舶、飞机", "Repair or conversion of foreign ships or aircraft")
            .help("关键设备贷款须为船舶、飞机或铁路高速列车", "Key-equipment loans: ships, aircraft or high-speed rail only")
            .source("003 Art.4").build(),
        FactSpec.flag(DEFERRED_PAYMENT).variants(WITH_IMPORTER)
            .label("延期付款项目", "Deferred-payment project").source("003 Art.6").build(),
        FactSpec.flag(DEFERRED_PAYMENT_GUARANTEED).variants(WITH_IMPORTER)
            .label("延期支付部分已有本行接受的支付保证", "Deferred part backed by a payment guarantee acceptable to the bank")
            .source("003 Art.6").build(),
        FactSpec.flag(CONTRACT_SIGNED).variants(codes(SINGLE_CONTRACT, SERIES_CONTRACT, SERVICE_OUTSOURCING_SINGLE, SERVICE_OUTSOURCING_SERIES))
            .label("出口合同已签订", "Export contract signed")
            .help("商务合同贷款：出口合同（或关键设备购销合同）已签订；服务外包：已与发包商签订服务外包合同",
                "Contract loans: the export contract (or key-equipment sales contract) is signed; outsourcing: the outsourcing "
                    + "contract with the client is signed")
            .source("003 Art.6").build(),
        FactSpec.flag(SECTOR_QUALIFICATION).variants(allBut(LEASING))
            .label("具备行业资质", "Sector qualification in place")
            .help("船舶、飞机、铁路高速列车：建造或改装修理资质（关键设备：生产建造能力）；软件出口、服务外包：CMM 2级以上或 ISO 9000"
                    + " 认证——服务外包企业不从事软件出口的（“如涉及”）亦视为具备",
                "Ships, aircraft, high-speed rail: builder or repair/conversion qualification (key equipment: the capacity to build it); "
                    + "software exporters and outsourcing: CMM level 2+ or ISO 9000 — an outsourcing borrower that exports no "
                    + "software is not concerned (\"如涉及\") and counts as qualified")
            .source("003 Art.6").build(),
        FactSpec.money(CONTRACT_AMOUNT).required().variants(codes(SINGLE_CONTRACT))
            .label("商务合同金额", "Commercial contract amount")
            .help("以贷款币种计（他币种按人民银行当日汇率折算）", "In the loan currency (other currencies at the PBoC rate of the day)")
            .source("003 Art.14").build(),
        FactSpec.records(CONTRACTS,
                FactSpec.money(AMOUNT).required().label("合同金额", "Contract amount")
                    .help("系列商务合同：以贷款币种计（他币种按人民银行当日汇率折算）；服务外包：以合同币种（折合美元）计，"
                            + "与出口换汇成本相乘得出贷款币种成本",
                        "Series contracts: in the loan currency (others at the PBoC rate of the day); outsourcing: in the contract's "
                            + "currency (the seed: USD), times the export FX cost gives the cost in the loan currency")
                    .source("003 Art.14").build(),
                FactSpec.decimal(EXPORT_FX_COST).min("0.0001").required().variants(codes(SERVICE_OUTSOURCING_SERIES))
                    .label("出口换汇成本（贷款币种/合同币种）", "Export FX cost (loan currency per unit of contract currency)")
                    .help("项目预计成本（贷款币种，规定为人民币）÷ 项目收入（合同币种，规定为折合美元）",
                        "Project cost (loan currency; the seed: CNY) ÷ project revenue (contract currency; the seed: USD)")
                    .source("003 Art.14").build(),
                FactSpec.money(PREPAYMENT).required().variants(codes(SERVICE_OUTSOURCING_SERIES))
                    .label("预付款", "Prepayment").help("以贷款币种计", "In the loan currency").source("003 Art.14").build(),
                FactSpec.text(PRODUCT_TYPE).label("产品、技术或服务类别", "Product, technology or service type")
                    .help("系列合同须为同类产品或同一国家（地区）", "A series must be of the same type or to the same country")
                    .source("003 Art.6").build(),
                FactSpec.country(COUNTRY).label("出口国家（地区）", "Destination country").source("003 Art.6").build(),
                FactSpec.text(BUYER).label("进口商（船东）", "Buyer (shipowner)")
                    .help("本插件增设：船舶、飞机、铁路高速列车系列合同须为同一进口商或同类产品；未填时转人工核对",
                        "Added by this plug-in: ships, aircraft and rail series must have the same buyer or the same type; "
                            + "when not given, a person confirms it")
                    .source("003 Art.6").build())
            .required().variants(SERIES)
            .label("系列商务合同", "Series contracts")
            .help("服务外包系列可包括即将签订的执行期2年以下的合同", "Outsourcing series may include contracts about to be signed (execution under 2 years)")
            .source("003 Art.14").build(),
        FactSpec.ratio(PREPAYMENT_RATIO).required().variants(CONTRACT_LOANS)
            .label("预付款比例", "Prepayment ratio")
            .help("占单一或系列商务合同金额；船舶为交船前进度款之和。不低于15%，最低不低于10%",
                "Of the single or combined contract amount; for ships the sum of progress payments before delivery. At least 15%, "
                    + "never below 10%")
            .source("003 Art.6").build(),
        FactSpec.flag(OTHER_PAYABLES_GUARANTEED).variants(CONTRACT_LOANS)
            .label("合同其他应付款具备本行认可的支付保证", "Other contract payables carry a payment guarantee acceptable to the bank")
            .help("与预付款比例达标一起，使融资比例由85%提高至最高90%", "With the prepayment rule met, raises the cap from 85% to 90%")
            .source("003 Art.14").build(),
        FactSpec.integer(EXECUTION_MONTHS).min("1").required().variants(SERIES)
            .label("系列商务合同综合执行期（月）", "Combined execution period of the series (months)")
            .help("最早开始执行至全部执行完毕，5年（60个月）以内", "From the earliest start to the last completion; at most 5 years (60 months)")
            .source("003 Art.6").build(),
        FactSpec.money(LAST_YEAR_EXPORTS).required().variants(OPERATING)
            .label("上年出口额", "Last year's exports")
            .help("关键设备贷款：该关键设备上年度销售额；经评估后的年出口额，以贷款币种计",
                "Key equipment: last year's sales of that equipment; the assessed annual figure, in the loan currency")
            .source("003 Art.14").build(),
        FactSpec.ratio(LAST_YEAR_EXPORT_PROFIT_MARGIN).min("-1").required().variants(OPERATING)
            .label("上年出口利润率", "Last year's export profit margin")
            .help("关键设备贷款：上年度销售利润率", "Key equipment: last year's sales profit margin")
            .source("003 Art.14").build(),
        FactSpec.ratio(EXPECTED_GROWTH_RATE).min("-1").max("10").required().variants(OPERATING)
            .label("预计出口额年增长率", "Expected annual export growth")
            .help("近3年出口额年均增长率，适当考虑本年度在手合同；关键设备贷款：预计销售收入年增长率",
                "Average annual growth of the last 3 years, adjusted for contracts in hand; key equipment: expected sales growth")
            .source("003 Art.14").build(),
        FactSpec.decimal(ANNUAL_TURNOVER_COUNT).min("0.01").required()
            .variants(codes(OPERATING_CAPITAL, KEY_EQUIPMENT, SERVICE_OUTSOURCING_SERIES))
            .label("年资金周转次数", "Annual turnover count")
            .help("次/年（服务外包系列：上年度年资金周转次数）", "Times per year (outsourcing series: last year's count)")
            .source("003 Art.14").build(),
        FactSpec.money(OWN_FUNDS).variants(NET_OF_OWN_FUNDS)
            .label("借款人自有资金", "Borrower's own funds")
            .help("用于本项出口的自有资金（可参考流动资产减流动负债）；不填时按净利润+折旧-资本性支出-股利-到期借款计算",
                "Own funds for these exports (may follow current assets − current liabilities); when not given, computed as net "
                    + "profit + depreciation − capital expenditure − dividends − maturing loans")
            .source("003 Art.14").build()));
    facts.add(ownFundsPart(FactSpec.decimal(NET_PROFIT), "净利润（贷款币种）", "Net profit (loan currency)", "可为负数", "May be negative"));
    facts.add(ownFundsPart(FactSpec.money(DEPRECIATION), "折旧", "Depreciation", "", ""));
    facts.add(ownFundsPart(FactSpec.money(CAPITAL_EXPENDITURE), "资本性支出", "Capital expenditure", "", ""));
    facts.add(ownFundsPart(FactSpec.money(DIVIDENDS), "股利支付", "Dividends paid", "", ""));
    facts.add(ownFundsPart(FactSpec.money(MATURING_LOANS), "到期的银行借款和其他借款", "Maturing bank and other loans", "", ""));
    facts.addAll(List.of(
        FactSpec.money(OTHER_FUNDS_RAISED).defaultValue("0").variants(NET_OF_OWN_FUNDS)
            .label("通过其他渠道已筹集的资金", "Funds raised through other channels")
            .source("003 Art.14").build(),
        FactSpec.money(CONTRACTS_COST).required().variants(codes(SERVICE_OUTSOURCING_SINGLE))
            .label("在手商务合同实际成本", "Actual cost of the contracts in hand")
            .help("前期研发、场地租用、硬件和材料采购、人员工资和差旅、技术鉴定和市场营销等费用",
                "Preliminary R&D, premises rent, hardware and materials, salaries and travel, technical appraisal and marketing")
            .source("003 Art.14").build(),
        FactSpec.money(PURCHASE_CONTRACT_AMOUNT_USD).required().variants(codes(LEASING))
            .label("租赁标的物采购合同金额（美元）", "Purchase contract amount of the leased asset (USD)")
            .help("以美元计，不低于1000万美元", "In USD; at least USD 10 million")
            .source("003 Art.7").build(),
        FactSpec.ratio(CHINA_CONTENT_RATIO).required().variants(codes(LEASING))
            .label("租赁标的物中国成分比例", "China content of the leased asset")
            .help("占采购合同，不低于50%", "Of the purchase contract; at least 50%")
            .source("003 Art.7").build(),
        FactSpec.ratio(LEASE_PREPAYMENT_RATIO).required().variants(codes(LEASING))
            .label("采购合同预付款比例", "Prepayment ratio of the purchase contract")
            .help("不低于合同金额的20%", "At least 20% of the contract amount")
            .source("003 Art.7").build(),
        FactSpec.flag(LEASE_CONTRACT_SIGNED).variants(codes(LEASING))
            .label("租赁合同已签订", "Lease contract signed").source("003 Art.7").build(),
        FactSpec.integer(REQUESTED_TERM_MONTHS).min("1").max("360")
            .label("申请贷款期限（月）", "Requested loan term (months)")
            .help("营运资金贷款（含关键设备）最长36个月；其他按合同执行期和收汇进度或租赁现金流确定。不填时按本品种最长期限",
                "Operating capital (key equipment included): at most 36 months; others per the contract's execution and "
                    + "collection schedule or the lease cash flows. Left out: the variant's longest term")
            .whenAbsent(OPERATING, "最长期限 36 个月（第十七条（三））", "the longest term, 36 months (Art.17(三))")
            .whenAbsent(SERIES, "综合执行期加执行期后收汇月数（本行默认 12 个月，可配置）（第十七条（二））",
                "the combined execution period plus the months of collections after it (bank default 12, configurable) (Art.17(二))")
            .whenAbsent(codes(SINGLE_CONTRACT, SERVICE_OUTSOURCING_SINGLE), "本行默认最长期限 60 个月（可配置）（第十七条（一））",
                "the bank's default longest term, 60 months (configurable) (Art.17(一))")
            .whenAbsent(codes(LEASING), "本行默认最长期限 120 个月（可配置）（第十八条）",
                "the bank's default longest term, 120 months (configurable) (Art.18)")
            .source("003 Art.17").build()));
    facts.addAll(CustomerFacts.ALL);
    return facts;
  }

  /**
   * The longest terms the seed leaves open (003 Art.17(一)(二), Art.18): bank defaults. The texts of
   * {@code requestedTermMonths}' absence name the defaults; a bank that changes them sees its own values in the steps.
   */
  static List<ParameterSpec> parameters() {
    return List.of(
        new ParameterSpec(LoanTerm.COLLECTION_MONTHS, FactType.INTEGER, "12",
            LocalizedText.of("系列商务合同：综合执行期后的收汇月数（最长期限 = 执行期 + 本值）",
                "Series contracts: months of collections after the combined execution period (longest term = execution + this)"),
            "003 Art.17"),
        new ParameterSpec(LoanTerm.SINGLE_CONTRACT_MAX_MONTHS, FactType.INTEGER, "60",
            LocalizedText.of("单一商务合同贷款（含服务外包）最长期限（月）",
                "Single-contract loans (service outsourcing included): longest term in months"),
            "003 Art.17"),
        new ParameterSpec(LoanTerm.LEASING_MAX_MONTHS, FactType.INTEGER, "120",
            LocalizedText.of("租赁公司固定资产类贷款最长期限（月）", "Fixed-asset loans to leasing companies: longest term in months"),
            "003 Art.18"));
  }

  /** A part of the own-funds formula: required for the net-of-own-funds variants whenever ownFunds is not given. */
  private static FactSpec ownFundsPart(FactSpec.Builder builder, String zh, String en, String helpZh, String helpEn) {
    return builder.variants(NET_OF_OWN_FUNDS).requiredWhen(Condition.absent(OWN_FUNDS))
        .label(zh, en)
        .help(("未提供自有资金时必填（自有资金=净利润+折旧-资本性支出-股利支付-到期借款）" + (helpZh.isEmpty() ? "" : "；" + helpZh)),
            "Required when ownFunds is not given (own funds = net profit + depreciation − capital expenditure − dividends − "
                + "maturing loans)" + (helpEn.isEmpty() ? "" : "; " + helpEn))
        .source("003 Art.14").build();
  }
}
