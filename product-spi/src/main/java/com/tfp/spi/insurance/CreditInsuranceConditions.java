package com.tfp.spi.insurance;

import static com.tfp.spi.insurance.CreditInsuranceFacts.BUYER_LIMIT_APPROVED;
import static com.tfp.spi.insurance.CreditInsuranceFacts.CARGO_INSURANCE;
import static com.tfp.spi.insurance.CreditInsuranceFacts.CLAIM_AGREEMENT_SIGNED;
import static com.tfp.spi.insurance.CreditInsuranceFacts.GOODS_SHIPPED;
import static com.tfp.spi.insurance.CreditInsuranceFacts.INDEMNITY_ASSIGNMENT_SIGNED;
import static com.tfp.spi.insurance.CreditInsuranceFacts.POLICY_VALID;
import static com.tfp.spi.insurance.CreditInsuranceFacts.PREMIUM_PAID;
import static com.tfp.spi.insurance.CreditInsuranceFacts.PRICE_TERM;
import static com.tfp.spi.insurance.CreditInsuranceFacts.SHIPMENT_DECLARED;
import static com.tfp.spi.insurance.CreditInsuranceFacts.STATE_SECRET_GOODS;
import static com.tfp.spi.insurance.CreditInsuranceFacts.VOLATILE_GOODS;

import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.facts.CustomerFacts;
import com.tfp.spi.facts.Facts;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The hard conditions on the trade and the policy of any financing under short-term export credit insurance
 * (PRODUCTS.md §3 "Hard conditions", applied to insured factoring by §7 / 出口信保保理 Art.2). The seed words them as
 * 须具备以下条件, 不得, 禁止 — none can be overridden: each one not met is a REJECT. When all hold, one INFO says so.
 *
 * <p>Findings carry the product's code prefix ({@code IF}, {@code FCT}) so that each product keeps its own codes.
 */
public final class CreditInsuranceConditions {

  /** One hard condition: the fact pattern that breaks it, its finding code suffix, article and message. */
  private record HardCondition(String code, Predicate<Facts> broken, String source, String zh, String en) {}

  private static final String HARD_ZH = "【硬性条件，不可豁免】";
  private static final String HARD_EN = "[Hard rule, cannot be overridden] ";

  private static final List<HardCondition> CONDITIONS = List.of(
      new HardCondition("GOODS-SHIPPED", f -> !f.flag(GOODS_SHIPPED), "001 RCC Art.6(5)",
          "出口货物须已出运并已取得发票、运输单据、装箱单等单据，且卖方义务已全面履行（真实贸易背景）",
          "the goods must have been shipped, the invoice, transport documents and packing list obtained and the seller's "
              + "obligations performed (genuine trade background)"),
      new HardCondition("POLICY-VALID", f -> !f.flag(POLICY_VALID), "001 RCC Art.6(6)",
          "须持有有效的短期出口信用保险保单",
          "a valid short-term export credit insurance policy is required"),
      new HardCondition("BUYER-LIMIT", f -> !f.flag(BUYER_LIMIT_APPROVED), "001 RCC Art.6(6)",
          "须持有保险公司批复的有效买方《信用限额审批单》",
          "the insurer's effective credit-limit approval on the buyer is required"),
      new HardCondition("SHIPMENT-DECLARED", f -> !f.flag(SHIPMENT_DECLARED), "001 RCC Art.6(7)",
          "须按《保险单明细表》适保范围向保险公司申报出运，并出示保险公司确认的《出口申报单》",
          "the shipment must be declared to the insurer within the policy schedule's scope, with the insurer-confirmed "
              + "export declaration form"),
      new HardCondition("PREMIUM-PAID", f -> !f.flag(PREMIUM_PAID), "001 RCC Art.6(7)",
          "须已缴纳相应的保险费",
          "the premium must have been paid"),
      new HardCondition("INDEMNITY-ASSIGNMENT", f -> !f.flag(INDEMNITY_ASSIGNMENT_SIGNED), "001 RCC Art.6(8)",
          "须与保险公司及我行签订三方《赔款转让协议》",
          "the tripartite indemnity-assignment agreement with the insurer and the bank must be signed"),
      new HardCondition("CLAIM-AGREEMENT", f -> !f.flag(CLAIM_AGREEMENT_SIGNED), "001 RCC Art.6(9)",
          "须签订《代理索赔协议》或《索赔权转让协议》",
          "a claim-agency or claim-assignment agreement must be signed"),
      new HardCondition("CARGO-INSURANCE", f -> sellerInsures(f) && !f.flag(CARGO_INSURANCE), "001 RCC Art.6(10)",
          "价格条款为 CIF/CIP，卖方须购买约定的货物运输保险",
          "under a CIF/CIP price term the seller must buy the agreed cargo insurance"),
      new HardCondition("RELATED-PARTY", f -> f.flag(CustomerFacts.RELATED_PARTY), "001 RCC Art.6(12)",
          "向关联公司出口不得融资",
          "exports to a related company may not be financed"),
      new HardCondition("STATE-SECRET", f -> f.flag(STATE_SECRET_GOODS), "001 信保规程 Art.9",
          "禁止为涉及国家机密/安全的物品办理",
          "goods touching state secrets or national security are prohibited"),
      new HardCondition("VOLATILE-GOODS", f -> f.flag(VOLATILE_GOODS), "001 办法A §3(2)",
          "价格波动较大、鲜活易变质或季节性较强的商品不得办理",
          "goods with volatile prices, perishable or strongly seasonal goods may not be financed"));

  private CreditInsuranceConditions() {}

  /**
   * Checks every hard condition on the trade and the policy: a REJECT finding {@code <prefix>-<CONDITION>} for each one
   * not met, or one INFO {@code <prefix>-TRADE-POLICY} when all are met. A price term that does not show whether the
   * seller insures the cargo goes to the review checklist.
   *
   * @return whether all hard conditions are met
   */
  public static boolean check(Facts facts, Evaluation.Builder out, String prefix) {
    boolean allMet = true;
    for (HardCondition c : CONDITIONS) {
      if (c.broken().test(facts)) {
        allMet = false;
        out.reject(prefix + "-" + c.code(), c.source(), HARD_ZH + c.zh(), HARD_EN + c.en());
      }
    }
    Optional<String> term = facts.text(PRICE_TERM).map(t -> t.trim().toUpperCase(Locale.ROOT));
    if (term.isEmpty() || !CreditInsuranceFacts.INCOTERMS.contains(term.get())) {
      out.check(prefix + "-CARGO-INSURANCE-CHECK", "001 RCC Art.6(10)",
          "价格条款未提供或非标准条款：核对合同是否约定由卖方购买运输险；如约定，须已购买",
          "Price term not given or not a standard Incoterm: check whether the contract makes the seller buy cargo "
              + "insurance; if it does, it must have been bought");
    }
    if (allMet) {
      out.info(prefix + "-TRADE-POLICY", "001 RCC Art.6",
          "贸易背景与保单硬性条件均已满足：已出运、保单有效、买方限额已批复、已申报并缴费、赔款转让及索赔协议已签、"
              + "运输险（如需）已购买、非关联出口、非国家机密物品、非价格波动/鲜活/季节性商品",
          "All hard conditions on the trade and the policy are met: shipped, policy valid, buyer limit approved, "
              + "declared and premium paid, indemnity-assignment and claim agreements signed, cargo insurance (where "
              + "needed) bought, no related-company export, no state-secret goods, no volatile/perishable/seasonal goods");
    }
    return allMet;
  }

  /**
   * What a person must confirm about the policy because no fact captures it: no known risk within the exclusions, the
   * parties consistent with the policy, and the policy's real mitigating effect (claim period, maximum indemnity,
   * scope, exclusions) — insurance must not lower the admission standards (000 §16).
   */
  public static void addPolicyReview(Evaluation.Builder out, String prefix) {
    out.check(prefix + "-POLICY-EXCLUSIONS", "001 RCC Art.6(11)",
        "确认尚未发现保险公司除外责任范围内的风险",
        "Confirm that no risk within the insurer's exclusions is known");
    out.check(prefix + "-POLICY-CONSISTENCY", "001 股份制 Art.9(4)",
        "核对申请材料中的进口商、国家、银行等与《承保情况通知书》或保险单一致",
        "Check that the importer, country and bank in the application match the insurer's acceptance notice or the policy");
    out.check(prefix + "-POLICY-MITIGATION", "000 §16",
        "按保单信用限额、最高赔偿金额、索赔期限、适保范围及除外责任评估保单的风险缓释效力；不因享有赔款权益而降低客户准入和贸易背景审核标准",
        "Assess the policy's real mitigation (credit limit, maximum indemnity, claim period, scope, exclusions); the "
            + "indemnity rights must not lower the customer admission or trade-background standards");
  }

  private static boolean sellerInsures(Facts facts) {
    return facts.text(PRICE_TERM).map(t -> t.trim().toUpperCase(Locale.ROOT))
        .filter(CreditInsuranceFacts.SELLER_INSURES::contains).isPresent();
  }
}
