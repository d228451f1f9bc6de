package ${package};

import com.tfp.spi.LocalizedText;
import com.tfp.spi.ParameterSpec;
import com.tfp.spi.ProductDescriptor;
import com.tfp.spi.ProductPlugin;
import com.tfp.spi.SemanticVersion;
import com.tfp.spi.Variant;
import com.tfp.spi.VersionRange;
import com.tfp.spi.context.EvaluationContext;
import com.tfp.spi.evaluation.DocumentSpec;
import com.tfp.spi.evaluation.Evaluation;
import com.tfp.spi.evaluation.EvaluationRequest;
import com.tfp.spi.evaluation.LineOccupation;
import com.tfp.spi.facts.FactType;
import java.util.List;

/**
 * The product, as the platform sees it: its descriptor (identity, SPI range, names, variants, facts, documents,
 * bank-configurable parameters, sources) and its evaluation. Pure and thread-safe: everything comes from the request
 * and the context. Replace the sample rules with your product's, each citing its source.
 */
public final class ProductDefinition implements ProductPlugin {

  static final String ID = "${productId}";
  /** 002 annex 1 names the classes; which one a product sits in is the bank's (a default it may change). */
  static final int RISK_CLASS = 2;

  static final DocumentSpec APPLICATION = DocumentSpec.of("APPLICATION", "融资申请书", "Financing application", "000 §11");

  private static final ProductDescriptor DESCRIPTOR = new ProductDescriptor(
      ID,
      SemanticVersion.parse("1.0.0"),
      // built for SPI 1.4 (BindingLimit.limit with a parameter) and any later 1.x: the lower bound is the newest SPI
      // addition the classes use (the kit's SPI_RANGE checks it); the platform refuses the plug-in outside the range
      VersionRange.parse("[1.4,2.0)"),
      LocalizedText.of("示例融资", "Sample advance"),
      LocalizedText.of("凭单据按发票金额的一定比例融资（示例产品，规则均为银行默认值）",
          "An advance of a share of the invoice against compliant documents (a sample: every figure is a bank default)"),
      RISK_CLASS,
      List.of(new Variant("STANDARD", LocalizedText.of("标准", "Standard"), RISK_CLASS)),
      ProductFacts.schema(),
      List.of(APPLICATION),
      List.of(
          new ParameterSpec(AdvanceAmount.ADVANCE_RATIO, FactType.RATIO, "0.8",
              LocalizedText.of("融资比例上限", "Largest advance as a share of the invoice"), "002 Art.28"),
          new ParameterSpec(AdvanceTerm.LONGEST_TERM_DAYS, FactType.INTEGER, "90",
              LocalizedText.of("最长期限（天）", "Longest term (days)"), "000 §11")),
      List.of("000 §11", "002 Art.28"));

  @Override
  public ProductDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Evaluation evaluate(EvaluationRequest request, EvaluationContext context) {
    Evaluation.Builder out = Evaluation.builder(RISK_CLASS, LineOccupation.CUSTOMER);
    Eligibility.apply(request, out);
    AdvanceAmount.apply(request, context, out);
    AdvanceTerm.apply(request, context, out);
    out.document(APPLICATION, true);
    return out.build();
  }
}
