package com.tfp.product.nra;

import com.tfp.spi.ProductDescriptor;
import com.tfp.spi.ProductPlugin;
import com.tfp.spi.calc.BindingLimit;
import com.tfp.spi.context.EvaluationContext;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.EvaluationRequest;
import com.tfp.spi.evaluation.LineOccupation;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * NRA贸易融资 (seed 001, NRA operating rules): trade financing for an offshore institution through its non-resident
 * account at the bank, under L/Cs issued by the bank's own domestic branches or domestic correspondents with an FI line.
 * Class-1 credit business (Art.4): like the designated-bank financings of 001 出口信用证 Art.4 it occupies the issuing
 * bank's document line and the country-risk line, needs no extra security and no credit committee.
 */
public final class NraPlugin implements ProductPlugin {

  private static final ProductDescriptor DESCRIPTOR = NraSchema.descriptor();

  @Override
  public ProductDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Evaluation evaluate(EvaluationRequest request, EvaluationContext context) {
    NraDeal deal = NraDeal.of(request);
    Evaluation.Builder out = Evaluation.builder(NraVariant.RISK_CLASS, LineOccupation.FINANCIAL_INSTITUTION);

    ScopeRules.apply(deal, out);
    out.info("NRA-CLASS-1", "001 NRA Art.4",
        "一类业务：按非普通类授信额度管理，境外客户不受异地客户限制；占用开证行单证额度和国家风险额度，无需额外担保，无需贷审会（001 出口信用证 Art.4）",
        "Class-1 business under the non-ordinary line rules, offshore customers exempt from the non-local restriction;"
            + " occupies the issuing bank's document line and the country-risk line, no extra security, no credit"
            + " committee (001 出口信用证 Art.4)");
    out.check("NRA-FI-LINES", "001 出口信用证 Art.4",
        "确认开证行（代理行）单证额度及其所在国家风险额度有效且余额足够",
        "Confirm that the issuing (correspondent) bank's document line and its country-risk line are in force and have room");

    BindingLimit<LocalDate> term = DiscountedAmount.term(deal, out);
    BindingLimit<BigDecimal> caps = DiscountedAmount.caps(deal, context, out);
    out.amount(caps);
    out.maturity(term, deal.valueDate());
    Reporting.apply(deal, out);
    RequiredDocuments.apply(deal, out);
    return out.build();
  }
}
