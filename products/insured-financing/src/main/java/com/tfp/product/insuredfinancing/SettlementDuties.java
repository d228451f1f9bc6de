package com.tfp.product.insuredfinancing;

import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.facts.Facts;
import com.tfp.spi.insurance.RecourseException;

/**
 * What follows from how the deal settles and what the bank keeps: the receivable pledge under remittance (股份制
 * Art.11), recourse (信保规程 ch.1), and the duties after approval (line release, 信保规程 Art.12; notice to the
 * insurer, 办法B §7(4)).
 *
 * <p>The pledge registration is the handling bank's own step ("经办行登录中国人民银行应收账款质押登记公示系统录入"), done
 * after approval once the pledge contract is signed (股份制 Art.10(2)); a pledge of receivables only comes into being on
 * registration, so it must be done before disbursement. Not yet registered is therefore an obligation, not a refusal.
 */
final class SettlementDuties {

  private SettlementDuties() {}

  static void apply(Facts f, Evaluation.Builder out) {
    if (InsuredFinancingFacts.REMITTANCE.equals(f.requireText(InsuredFinancingFacts.SETTLEMENT))) {
      if (f.flag(InsuredFinancingFacts.RECEIVABLE_PLEDGE_REGISTERED)) {
        out.info("IF-PLEDGE-REGISTERED", "001 股份制 Art.11",
            "汇款项下应收账款已质押并已在人民银行应收账款质押登记公示系统登记",
            "Remittance: the receivable is pledged and registered in the PBoC receivables-pledge registry");
      } else {
        out.obligation("IF-PLEDGE-REGISTRATION", "001 股份制 Art.11",
            "放款前：申请人将应收账款质押给本行，经办行登录中国人民银行应收账款质押登记公示系统录入质押信息",
            "Before disbursement: the applicant pledges the receivable to the bank and the handling branch registers the "
                + "pledge in the PBoC receivables-pledge registry");
      }
    }
    if (f.flag(InsuredFinancingFacts.WITHOUT_RECOURSE)) {
      RecourseException.addTo(out, "IF");
    } else {
      out.info("IF-WITH-RECOURSE", RecourseException.SOURCE,
          "有追索权：不论何种原因，应收账款逾期未能收回的，我行有权向出口商追索融资本息",
          "With recourse: whatever the reason, if the receivable is not collected when due the bank may claim principal "
              + "and interest from the exporter");
    }
    out.obligation("IF-LINE-RELEASE", "001 信保规程 Art.12",
        "从国外收到足额款项或从保险公司获得足额赔付后，及时核销已占用的授信额度",
        "On full collection from abroad or full indemnity from the insurer, release the lines the deal occupied");
    out.obligation("IF-INSURER-NOTICE", "001 办法B §7(4)",
        "进口商拖欠或确认无力清偿时，及时通知保险公司并在保单索赔期限内索赔",
        "When the buyer defaults or is found unable to pay, notify the insurer at once and claim within the policy's claim period");
  }
}
