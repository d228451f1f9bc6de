package com.tfp.product.sellerscredit;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.ProductDescriptor;
import com.tfp.spi.ProductPlugin;
import com.tfp.spi.SemanticVersion;
import com.tfp.spi.VersionRange;
import com.tfp.spi.context.EvaluationContext;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.EvaluationRequest;
import com.tfp.spi.evaluation.LineOccupation;
import java.util.Arrays;
import java.util.List;

/**
 * Export seller's credit — 出口卖方信贷, after China Exim Bank's rules of 2023 (seed 003): loans to Chinese exporters for
 * producing and delivering approved exports, as operating capital, against single or series export contracts (goods or
 * service outsourcing), for key equipment of ships, aircraft and rail, or to leasing companies buying assets to lease
 * abroad. Medium and long term, approved deal by deal on the customer's own credit.
 */
public final class SellersCreditPlugin implements ProductPlugin {

  static final String ID = "sellers-credit";

  private final ProductDescriptor descriptor = new ProductDescriptor(
      ID,
      SemanticVersion.parse("1.1.0"),
      VersionRange.parse("[1.3,2.0)"),
      LocalizedText.of("出口卖方信贷", "Export seller's credit"),
      LocalizedText.of(
          "为境内企业出口经批准的产品、技术和服务提供的本外币贷款（中国进出口银行出口卖方信贷管理办法2023年修订）：营运资金贷款、单一或系列商务合同贷款"
              + "（含国际服务外包）、船舶飞机铁路高速列车关键设备营运资金贷款及租赁公司固定资产类贷款。逐笔审批，占用客户授信（002的一年期额度框架"
              + "适用于短期业务）。各品种风险类别为本行默认值[default]：商务合同贷款（含服务外包）3类，营运资金、关键设备及租赁贷款4类。",
          "Loans in CNY or foreign currency for exports of approved goods, technology and services (China Exim Bank export "
              + "seller's credit rules, 2023): operating-capital loans, single or series commercial-contract loans (service "
              + "outsourcing included), operating-capital loans for key equipment of ships, aircraft and high-speed rail, and "
              + "fixed-asset loans to leasing companies. Approved deal by deal on the customer's line (002's one-year line "
              + "framework serves short-term business). Risk classes per variant are bank defaults [default]: contract "
              + "loans (outsourcing included) class 3; operating capital, key equipment and leasing class 4."),
      4,
      Arrays.stream(LoanVariant.values()).map(LoanVariant::asVariant).toList(),
      SellersCreditSchema.facts(),
      RequiredDocuments.CATALOGUE,
      SellersCreditSchema.parameters(),
      List.of("003 Art.2-24", "002 Art.15"));

  @Override
  public ProductDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public Evaluation evaluate(EvaluationRequest request, EvaluationContext context) {
    if (request.variant() == null) throw new IllegalArgumentException("sellers-credit needs a variant");
    LoanVariant variant = LoanVariant.valueOf(request.variant());
    Deal deal = new Deal(variant, request.facts(), request.currency(), request.valueDate());
    Evaluation.Builder result = Evaluation.builder(variant.riskClass(), LineOccupation.CUSTOMER);

    QualificationRules.apply(deal, result);
    CreditGradeRule.apply(deal, result);
    DeferredPaymentRule.apply(deal, result);
    ContractLoanConditions.apply(deal, result);
    SeriesContractRules.apply(deal, result);
    OutsourcingConditions.apply(deal, result);
    LeasingConditions.apply(deal, result);

    result.amount(LoanAmount.caps(deal, result));
    result.maturity(LoanTerm.limits(deal, context, result), request.valueDate());

    RequiredDocuments.apply(deal, result);
    ReviewChecklist.apply(deal, result);
    return result.build();
  }
}
