package com.tfp.spi.insurance;

import com.tfp.spi.facts.Condition;
import com.tfp.spi.facts.FactSpec;
import java.util.List;
import java.util.Set;

/**
 * The facts on the trade and the export credit insurance policy that insured financing and insured factoring share
 * (API.md, canonical fact names). Products add {@link #TRADE_AND_POLICY} and {@link #INDEMNITY_COVER} to their schema
 * as they are and tailor the insurer fact's help with {@link #insurer()}, because which insurers are acceptable
 * differs between the products (信保融资: Sinosure, PICC, Ping An, others with head-office approval; 出口信保保理:
 * Sinosure only).
 */
public final class CreditInsuranceFacts {

  public static final String INSURER = "insurer";
  public static final String POLICY_VALID = "policyValid";
  public static final String BUYER_LIMIT_APPROVED = "buyerLimitApproved";
  public static final String SHIPMENT_DECLARED = "shipmentDeclared";
  public static final String PREMIUM_PAID = "premiumPaid";
  public static final String INDEMNITY_ASSIGNMENT_SIGNED = "indemnityAssignmentSigned";
  public static final String CLAIM_AGREEMENT_SIGNED = "claimAgreementSigned";
  public static final String GOODS_SHIPPED = "goodsShipped";
  public static final String STATE_SECRET_GOODS = "stateSecretGoods";
  public static final String VOLATILE_GOODS = "volatileGoods";
  public static final String PRICE_TERM = "priceTerm";
  public static final String CARGO_INSURANCE = "cargoInsurance";
  public static final String BUYER_CREDIT_LIMIT_BALANCE = "buyerCreditLimitBalance";
  public static final String INDEMNITY_RATIO = "indemnityRatio";
  public static final String DEDUCTIBLE = "deductible";

  /** The insurers the seed names (股份制 Art.5); any other insurer's name is accepted as text. */
  public static final String SINOSURE = "SINOSURE";
  public static final String PICC = "PICC";
  public static final String PINGAN = "PINGAN";
  public static final Set<String> NAMED_INSURERS = Set.of(SINOSURE, PICC, PINGAN);

  /** Price terms under which the seller buys the cargo insurance (RCC Art.6(10): "如价格条款为CIF或CIP"). */
  public static final Set<String> SELLER_INSURES = Set.of("CIF", "CIP");

  /** The Incoterms 2020 rules, the values a legacy system normally sends for the price term. */
  public static final Set<String> INCOTERMS = Set.of("EXW", "FCA", "FAS", "FOB", "CFR", "CIF", "CPT", "CIP", "DAP",
      "DPU", "DDP");

  /**
   * The conditions on the trade and the policy (RCC Art.6(5)-(12), 信保规程 Art.9, 办法A §3(2)), each a yes/no fact
   * except the price term. Missing booleans mean "does not hold".
   */
  public static final List<FactSpec> TRADE_AND_POLICY = List.of(
      FactSpec.flag(POLICY_VALID)
          .label("持有有效的短期出口信用保险保单", "Valid short-term export credit insurance policy")
          .help("保单有效且覆盖本笔出口", "The policy is in force and covers this export").source("001 RCC Art.6(6)").build(),
      FactSpec.flag(BUYER_LIMIT_APPROVED)
          .label("保险公司已批复买方信用限额", "Insurer approved a credit limit on the buyer")
          .help("持有保险公司批复的有效《信用限额审批单》", "An effective credit-limit approval (信用限额审批单) from the insurer")
          .source("001 RCC Art.6(6)").build(),
      FactSpec.flag(SHIPMENT_DECLARED)
          .label("已在适保范围内向保险公司申报出运", "Shipment declared to the insurer within the policy's scope")
          .help("按《保险单明细表》适保范围申报，持保险公司确认的《出口申报单》",
              "Declared within the scope of the policy schedule; the insurer confirmed the export declaration form")
          .source("001 RCC Art.6(7)").build(),
      FactSpec.flag(PREMIUM_PAID).label("已缴纳相应保险费", "Premium paid")
          .source("001 RCC Art.6(7)").build(),
      FactSpec.flag(INDEMNITY_ASSIGNMENT_SIGNED)
          .label("已签订三方《赔款转让协议》", "Tripartite indemnity-assignment agreement signed")
          .help("出口商、保险公司与我行三方签订", "Signed by the exporter, the insurer and the bank")
          .source("001 RCC Art.6(8)").build(),
      FactSpec.flag(CLAIM_AGREEMENT_SIGNED)
          .label("已签订《代理索赔协议》或《索赔权转让协议》", "Claim-agency or claim-assignment agreement signed")
          .source("001 RCC Art.6(9)").build(),
      FactSpec.flag(GOODS_SHIPPED)
          .label("货物已出运、已取得单据并已履行卖方义务", "Goods shipped, documents obtained, seller's obligations performed")
          .help("已取得发票、运输单据、装箱单等；已全面、恰当地履行销售合同规定的卖方义务",
              "Invoice, transport documents and packing list obtained; the seller's obligations under the sales contract performed in full")
          .source("001 RCC Art.6(5)").build(),
      FactSpec.flag(STATE_SECRET_GOODS)
          .label("涉及国家机密/安全的物品", "Goods touching state secrets or national security")
          .help("禁止办理", "Prohibited").source("001 信保规程 Art.9").build(),
      FactSpec.flag(VOLATILE_GOODS)
          .label("价格波动较大、鲜活易变质或季节性较强的商品", "Goods with volatile prices, perishable or strongly seasonal goods")
          .help("不得办理", "Not to be financed").source("001 办法A §3(2)").build(),
      FactSpec.enumeration(PRICE_TERM).label("价格条款", "Price term (Incoterm)")
          .help("CIF、CIP 项下卖方须购买货物运输保险；其他条款可填写原文",
              "Under CIF and CIP the seller must buy cargo insurance; other terms may be given as written")
          .value("EXW", "工厂交货", "Ex Works").value("FCA", "货交承运人", "Free Carrier")
          .value("FAS", "船边交货", "Free Alongside Ship").value("FOB", "船上交货", "Free On Board")
          .value("CFR", "成本加运费", "Cost and Freight").value("CIF", "成本、保险费加运费", "Cost, Insurance and Freight")
          .value("CPT", "运费付至", "Carriage Paid To").value("CIP", "运费和保险费付至", "Carriage and Insurance Paid To")
          .value("DAP", "目的地交货", "Delivered At Place").value("DPU", "卸货地交货", "Delivered at Place Unloaded")
          .value("DDP", "完税后交货", "Delivered Duty Paid")
          .otherValuesAllowed().source("001 RCC Art.6(10)").build(),
      FactSpec.flag(CARGO_INSURANCE).label("已购买货物运输保险", "Cargo insurance bought")
          .help("价格条款为 CIF/CIP 时必须", "Required when the price term is CIF or CIP").source("001 RCC Art.6(10)").build());

  /**
   * The inputs of the indemnity cover (信保规程 Art.8, 股份制 Art.9(5)), in the deal currency. The balance is needed
   * once the insurer has approved a limit, the ratio once there is a valid policy: without them the deal is rejected
   * anyway, and no cover is computed from invented figures.
   */
  public static final List<FactSpec> INDEMNITY_COVER = List.of(
      FactSpec.money(BUYER_CREDIT_LIMIT_BALANCE).label("买方信用限额余额", "Buyer credit-limit balance")
          .help("保险公司批复的买方信用限额的可用余额（交易币种）", "Available balance of the insurer's credit limit on the buyer (deal currency)")
          .requiredWhen(Condition.whenTrue(BUYER_LIMIT_APPROVED)).source("001 信保规程 Art.8").build(),
      FactSpec.ratio(INDEMNITY_RATIO).label("保单最高赔付比例", "Maximum indemnity ratio of the policy")
          .help("如 0.9 表示 90%", "e.g. 0.9 for 90%")
          .requiredWhen(Condition.whenTrue(POLICY_VALID)).source("001 信保规程 Art.8").build(),
      FactSpec.money(DEDUCTIBLE).label("免赔额", "Deductible")
          .help("保单载有免赔条款时填写（交易币种），默认 0", "Where the policy has a deductible (deal currency); default 0")
          .defaultValue("0").source("001 股份制 Art.9(5)").build());

  private CreditInsuranceFacts() {}

  /**
   * The insurer, with the named insurers as values and any other insurer's name accepted as text; required. A product
   * sets the help that says which insurers it accepts.
   */
  public static FactSpec.Builder insurer() {
    return FactSpec.enumeration(INSURER).label("保险公司", "Insurer")
        .value(SINOSURE, "中国出口信用保险公司（中信保）", "China Export & Credit Insurance Corporation (Sinosure)")
        .value(PICC, "中国人民财产保险股份有限公司", "PICC Property and Casualty")
        .value(PINGAN, "中国平安财产保险股份有限公司", "Ping An Property & Casualty")
        .otherValuesAllowed().required().source("001 股份制 Art.5");
  }
}
