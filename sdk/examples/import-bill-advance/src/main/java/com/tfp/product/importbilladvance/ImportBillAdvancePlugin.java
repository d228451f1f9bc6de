package com.tfp.product.importbilladvance;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.ProductDescriptor;
import com.tfp.spi.ProductPlugin;
import com.tfp.spi.SemanticVersion;
import com.tfp.spi.Variant;
import com.tfp.spi.VersionRange;
import com.tfp.spi.calc.ImportMargin;
import com.tfp.spi.context.EvaluationContext;
import com.tfp.spi.evaluation.DocumentSpec;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.EvaluationRequest;
import com.tfp.spi.evaluation.LineOccupation;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Import bill advance (进口押汇): when documents arrive under an import L/C the bank issued or an import collection it
 * presents, the bank pays abroad for the importer and the importer repays from the sale of the goods. Built only
 * through the SDK (SPI and compatibility kit), dropped into a running server as a jar. Where the seeds are silent the
 * figures are common Chinese bank practice, each a bank default ({@link BankDefaults}).
 */
public final class ImportBillAdvancePlugin implements ProductPlugin {

  /** Import financing is riskier than export financing (002 Art.28); class 3 is a bank default (002 annex 1). */
  static final int RISK_CLASS = 3;

  static final DocumentSpec APPLICATION = DocumentSpec.of("IBA-APPLICATION", "进口押汇申请书", "Import bill advance application", "000 §11");
  static final DocumentSpec TRUST_RECEIPT = DocumentSpec.of("IBA-TRUST-RECEIPT", "信托收据", "Trust receipt", "002 Art.28");
  static final DocumentSpec CONTRACT = DocumentSpec.of("IBA-IMPORT-CONTRACT", "进口合同", "Import contract", "000 §13");
  static final DocumentSpec INVOICE = DocumentSpec.of("IBA-INVOICE", "商业发票", "Commercial invoice", "000 §13");

  private static final ProductDescriptor DESCRIPTOR = new ProductDescriptor(
      EligibilityRules.PRODUCT_ID,
      SemanticVersion.parse("1.0.0"),
      VersionRange.parse("[1.4,2.0)"),
      LocalizedText.of("进口押汇", "Import bill advance"),
      LocalizedText.of(
          "进口信用证或进口代收项下，我行代进口商对外付款，进口商以货物销售回款归还（000 第十一条）。押汇金额为付款金额的90%、"
              + "扣除第四十一条保证金后的金额与扣除已收保证金后的金额三者孰低；期限一般不超过90天、最长180天——均为银行默认值，可配置。",
          "Under an import L/C or import collection the bank pays abroad for the importer, who repays from the sale of the"
              + " goods (000 §11). The advance is the lowest of 90% of the payment, the payment less the 002 Art.41 margin and"
              + " the payment less the margin held; the term is normally at most 90 days and never beyond 180 — all bank"
              + " defaults, configurable."),
      RISK_CLASS,
      Arrays.stream(AdvanceVariant.values()).map(v -> new Variant(v.name(), LocalizedText.of(v.zh, v.en), RISK_CLASS)).toList(),
      ImportBillAdvanceFacts.schema(),
      List.of(APPLICATION, TRUST_RECEIPT, CONTRACT, INVOICE),
      Stream.concat(BankDefaults.OWN.stream(), ImportMargin.parameters().stream()).toList(),
      List.of("000 §11-13", "002 Art.21", "002 Art.28", "002 Art.41", "002 Art.44"));

  @Override
  public ProductDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Evaluation evaluate(EvaluationRequest request, EvaluationContext context) {
    Evaluation.Builder out = Evaluation.builder(RISK_CLASS, LineOccupation.CUSTOMER);
    EligibilityRules.apply(request, out);
    AdvanceAmount.apply(request, context, out);
    AdvanceTerm.apply(request, context, out);
    out.document(APPLICATION, true).document(TRUST_RECEIPT, true).document(CONTRACT, true).document(INVOICE, true);
    out.check("IBA-GOODS-REALISABLE", "002 Art.28", "核实进口商品的市场供求与变现能力",
        "Check the market for the goods and how easily they can be sold");
    out.obligation("IBA-REPAY-FROM-SALES", "000 §11", "跟踪货物销售回款，优先归还押汇",
        "Follow the sale proceeds of the goods; they repay the advance first");
    return out.build();
  }
}
