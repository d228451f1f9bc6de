package com.tfp.product.importbilladvance;

import com.tfp.spi.evaluation.CustomerRecord;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.EvaluationRequest;
import com.tfp.spi.facts.CustomerFacts;
import com.tfp.spi.facts.Facts;

/**
 * Who and what may be financed. The advance repays the bank's own payment abroad from the sale of the goods (000 §11:
 * the trade's proceeds are the first source of repayment), so under an L/C the bank must already be bound to pay, and
 * the bank weighs the goods and how it holds them (002 Art.28: import financing is riskier than export financing).
 */
final class EligibilityRules {

  static final String PRODUCT_ID = "import-bill-advance";

  private EligibilityRules() {}

  static void apply(EvaluationRequest request, Evaluation.Builder out) {
    Facts f = request.facts();
    CustomerRecord record = request.customer();
    if (record != null && record.linesSuspended()) {
      out.reject("IBA-LINES-SUSPENDED", "002 Art.44", "客户授信已暂停，不得新做押汇", "The customer's lines are suspended: no new advance");
    }
    if (record != null && record.productsWithOverdueDeals().contains(PRODUCT_ID)) {
      out.reject("IBA-OVERDUE", "002 Art.44", "客户有逾期未还的进口押汇，不得新做（银行默认规则，可配置）",
          "The customer has an overdue import bill advance: no new one (bank default rule)");
    }
    if (!f.flag(CustomerFacts.EXPORT_LICENCE)) {
      out.reject("IBA-TRADING-RIGHTS", "000 §12", "客户须具备进出口经营权（银行默认规则）",
          "The customer must hold import/export trading rights (bank default rule)");
    }
    if (AdvanceVariant.LC.name().equals(request.variant())) {
      if (f.flag(ImportBillAdvanceFacts.PAYMENT_ACCEPTED)) {
        out.info("IBA-LC-PAYMENT-ACCEPTED", "000 §11", "单证相符或不符点已获接受，我行已对外承付",
            "Documents comply or discrepancies were waived; the bank is bound to pay");
      } else {
        out.reject("IBA-LC-PAYMENT-NOT-ACCEPTED", "000 §11", "我行尚未对外承付，信用证项下不得押汇",
            "The bank is not yet bound to pay under the L/C: no advance");
      }
    } else if ("DA".equals(f.text(ImportBillAdvanceFacts.COLLECTION_TERMS).orElse(null))) {
      out.refer("IBA-DA-COLLECTION", "002 Art.28", "承兑交单项下货权已交进口商，我行不控制货物，审慎办理",
          "Under D/A the importer already holds the goods and the bank has no control over them: referred");
    } else {
      out.info("IBA-DP-COLLECTION", "002 Art.28", "付款交单：凭信托收据放单，我行控制货权",
          "D/P: documents released against a trust receipt, the bank keeps title");
    }
    if (f.flag(ImportBillAdvanceFacts.VOLATILE_GOODS)) {
      out.refer("IBA-VOLATILE-GOODS", "002 Art.41", "热炒、保质期短或价格波动大的商品，提高保证金并审慎办理",
          "Speculative, short-shelf-life or volatile goods: higher margin, referred");
    }
  }
}
