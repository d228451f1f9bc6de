package com.tfp.product.billpurchase;

import static com.tfp.product.billpurchase.BillPurchaseFacts.*;

import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.facts.CustomerFacts;
import java.util.List;

/**
 * The cases the bank in principle refuses (004 Art.8, "原则上不办理出口押汇，如客户坚持可以正常收汇，可在落实好授信保证
 * 措施后谨慎办理"). The seed names the condition for the exception, so each case is a REJECT until extra credit
 * security is in place and a REFER once it is (PRODUCTS.md X0).
 */
final class RefusalList {

  static final String SOURCE = "004 Art.8";

  /** A ground for refusal, raised by any of its facts. */
  record Ground(String code, String zh, String en, List<String> facts) {}

  static final List<Ground> GROUNDS = List.of(
      new Ground("BP-BAD-BANK-CONDUCT", "（一）开证行或代收行经营作风恶劣", "(1) issuing or collecting bank of poor conduct",
          List.of(BAD_BANK_CONDUCT)),
      new Ground("BP-COUNTRY-TURMOIL", "（二）开证行/付款行或代收行所在地、货运目的地局势动荡、紧张或已发生战争",
          "(2) the banks' or the destination country in turmoil, tension or war", List.of(COUNTRY_IN_TURMOIL)),
      new Ground("BP-FX-SHORTAGE", "（三）付汇地区外汇严重短缺、外汇管制严格或发生金融危机，收汇无把握",
          "(3) severe FX shortage, strict FX controls or financial crisis at the paying place", List.of(FX_SHORTAGE)),
      // a bad settlement record from the customer master is the same ground as a bad record with the bank
      new Ground("BP-APPLICANT-BAD-RECORD", "（四）申请人在本行有不良业务记录，资信欠佳",
          "(4) the applicant has a bad record with the bank", List.of(APPLICANT_BAD_RECORD, CustomerFacts.BAD_SETTLEMENT_RECORD)));

  private RefusalList() {}

  static void apply(BillPurchaseDeal deal, Evaluation.Builder out) {
    boolean secured = deal.flag(EXTRA_SECURITY);
    boolean any = false;
    for (Ground g : GROUNDS) {
      if (g.facts().stream().noneMatch(deal::flag)) continue;
      any = true;
      if (secured) {
        out.refer(g.code(), SOURCE,
            "原则上不办理情形" + g.zh() + "；已落实额外授信保证措施：客户坚持可正常收汇的，审批人可谨慎批准并记录理由",
            "Refuse-in-principle case " + g.en() + "; extra credit security is in place: if the customer shows the"
                + " proceeds will come in, an approver may approve with caution and record why");
      } else {
        out.reject(g.code(), SOURCE,
            "原则上不办理情形" + g.zh() + "：未落实额外授信保证措施，不予办理（落实后可转审批人谨慎办理）",
            "Refuse-in-principle case " + g.en() + ": no extra credit security in place, refused (once it is, the deal"
                + " can go to an approver)");
      }
    }
    if (!any) {
      out.info("BP-REFUSAL-LIST", SOURCE, "未发现第八条所列原则上不办理情形", "None of the refuse-in-principle cases of Art.8 applies");
    }
  }
}
