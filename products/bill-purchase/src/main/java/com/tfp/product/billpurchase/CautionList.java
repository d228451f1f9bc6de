package com.tfp.product.billpurchase;

import static com.tfp.product.billpurchase.BillPurchaseFacts.*;

import com.tfp.spi.evaluation.Evaluation;
import java.util.List;

/**
 * The cases the bank handles only "谨慎办理" (004 Art.7): each one sends the deal to an approver, none refuses it.
 * Missing title documents and discrepant documents (004 Art.6(四)(五)) land here too: the seed lists them as caution
 * cases, and discrepant documents can still go ahead with the branch's undertaking and the customer's indemnity
 * (004 Art.21, see {@link RequiredDocuments}).
 */
final class CautionList {

  static final String SOURCE = "004 Art.7";
  static final long USANCE_CAUTION_DAYS = 90;

  /** A caution case raised by a flag of its own. */
  record FlaggedCase(String fact, String code, String zh, String en) {}

  static final List<FlaggedCase> FLAGGED = List.of(
      new FlaggedCase(SPECIAL_LC_TYPE, "BP-SPECIAL-LC-TYPE", "（三）可撤销、可转让或备用信用证等特殊信用证",
          "(3) revocable, transferable, standby or other special L/C"),
      new FlaggedCase(SOFT_CLAUSES, "BP-SOFT-CLAUSES", "（四）信用证带有软条款", "(4) L/C with soft clauses"),
      new FlaggedCase(DEFERRED_PAYMENT, "BP-DEFERRED-PAYMENT", "（五）延期付款的信用证", "(5) deferred-payment L/C"),
      new FlaggedCase(RESTRICTED_NEGOTIATION, "BP-RESTRICTED-NEGOTIATION", "（六）信用证限制在出口商所在地的其他银行议付",
          "(6) negotiation restricted to another bank at the exporter's place"),
      new FlaggedCase(ROUNDABOUT_REIMBURSEMENT, "BP-ROUNDABOUT-REIMBURSEMENT", "（八）索汇路线迂回曲折，影响安全及时收汇",
          "(8) roundabout reimbursement route, endangering safe and timely collection"),
      new FlaggedCase(EXPIRY_ABROAD_NEAR_PRESENTATION, "BP-EXPIRY-ABROAD", "（十）信用证有效地点在国外，交单时间离效期较近",
          "(10) L/C expiring abroad, presentation close to expiry"));

  private CautionList() {}

  static void apply(BillPurchaseDeal deal, Evaluation.Builder out) {
    int raised = 0;
    if (!deal.flag(FULL_SET_TITLE_DOCUMENTS)) {
      raised += caution(out, "BP-TITLE-DOCUMENTS", "（一）（二）运输单据非物权凭证或未能提交全套物权凭证",
          "(1)(2) transport documents not documents of title, or not the full set");
    }
    for (FlaggedCase c : FLAGGED) {
      if (deal.flag(c.fact())) raised += caution(out, c.code(), c.zh(), c.en());
    }
    if (deal.settlement() == Settlement.LC_USANCE) {
      long usance = deal.facts().requireInteger(USANCE_DAYS);
      if (usance > USANCE_CAUTION_DAYS) {
        raised += caution(out, "BP-USANCE-OVER-90", "（七）信用证付款期限 " + usance + " 天，超过90天",
            "(7) L/C payment term of " + usance + " days, more than 90 days");
      }
    }
    if (deal.isLetterOfCredit() && !deal.flag(DOCUMENTS_COMPLIANT)) {
      raised += caution(out, "BP-DISCREPANCIES", "（九）单证或单单间有实质性不符点（须另交分支行承诺书及企业担保书，第二十一条）",
          "(9) substantive discrepancies between documents and L/C or among documents (the branch's undertaking and the"
              + " customer's indemnity are then required, Art.21)");
    }
    if (raised == 0) {
      out.info("BP-CAUTION-LIST", SOURCE, "未发现第七条所列谨慎办理情形", "None of the caution cases of Art.7 applies");
    }
  }

  private static int caution(Evaluation.Builder out, String code, String zh, String en) {
    out.refer(code, SOURCE,
        "谨慎办理情形" + zh + "：审批人可在评估收汇风险后作为例外批准并记录理由",
        "Caution case " + en + ": an approver may approve it as an exception after weighing the collection risk, recording why");
    return 1;
  }
}
