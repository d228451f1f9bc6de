package com.tfp.product.billpurchase;

import com.tfp.spi.context.EvaluationContext;
import com.tfp.spi.evaluation.Evaluation;
import java.math.BigDecimal;

/** What must happen once the bill purchase is approved and paid out (004 Art.20-29). */
final class PostApprovalDuties {

  private PostApprovalDuties() {}

  static void apply(BillPurchaseDeal deal, EvaluationContext context, BigDecimal earlierStageRepayment, Evaluation.Builder out) {
    if (earlierStageRepayment != null) {
      out.obligation("BP-REPAY-PACKING-LOAN", "004 Art.22",
          "放款时先从押汇款项中归还同一信用证项下打包贷款 " + earlierStageRepayment.toPlainString() + "，余额方可付给客户",
          "At disbursement, first repay the packing loan under the same L/C (" + earlierStageRepayment.toPlainString()
              + ") out of the bill purchase; only the rest is paid to the customer");
    }
    if (deal.isLetterOfCredit()) {
      out.obligation("BP-LC-ENDORSEMENT", "004 Art.20",
          "在信用证背面及寄单索汇留底上注明“已押汇”",
          "Mark \"已押汇\" (financed) on the back of the L/C and on the file copy of the presentation");
    }
    String dayCount = context.dayCount(deal.currency()).name().replace('_', '/');
    out.obligation("BP-PROCEEDS-APPLICATION", "004 Art.23",
        "收汇后立即归还押汇：先扣押汇本金、利息（按实际天数 " + dayCount + " 计收，第十三条）及费用，余额解付申请人；不足部分由申请人承担",
        "On receipt of the proceeds repay at once: principal, interest (actual days, " + dayCount + ", Art.13) and fees"
            + " first, the rest to the applicant; any shortfall is the applicant's");
    out.obligation("BP-NO-EXTENSION", "004 Art.25",
        "到期未收汇或申请人未偿还：立即转入逾期并向申请人及担保人追索，不得办理展期",
        "If unpaid at maturity: move to overdue at once and pursue the applicant and guarantor; no extension is allowed");
    out.obligation("BP-POST-LOAN-CHECK", "004 Art.29",
        "放款后进行贷后检查：收汇情况、申请人经营财务及现金流、担保能力、在我行存款及结算往来",
        "Post-loan checks: collection of the proceeds, the applicant's finances and cash flow, the guarantor's capacity,"
            + " deposits and settlement with the bank");
  }
}
