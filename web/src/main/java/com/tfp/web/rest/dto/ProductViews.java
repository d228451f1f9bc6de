package com.tfp.web.rest.dto;

import com.tfp.platform.catalogue.domain.EvaluationBreaker;
import com.tfp.platform.catalogue.domain.InstalledProduct;
import com.tfp.platform.reference.application.ParameterSetting;
import com.tfp.platform.reference.application.RiskClassSetting;
import com.tfp.spi.ProductDescriptor;
import com.tfp.spi.facts.Condition;
import com.tfp.spi.facts.FactSpec;
import java.math.BigDecimal;
import java.util.List;

/** Turns catalogue entries and descriptors into their API views. */
public final class ProductViews {

  private ProductViews() {}

  public static ProductSummaryView summary(InstalledProduct p, EvaluationBreaker.Snapshot b) {
    ProductDescriptor d = p.descriptor();
    return new ProductSummaryView(
        d == null ? null : d.id(),
        p.version(),
        d == null ? null : TextView.of(d.name()),
        d == null ? null : d.riskClass(),
        d == null ? List.of() : variants(d),
        p.status().name(),
        p.reason(),
        p.origin(),
        d == null || d.spiVersions() == null ? null : d.spiVersions().toString(),
        b == null ? null : new ProductSummaryView.BreakerView(b.state().name(), b.windowCalls(), b.windowFailures(), b.failures(),
            b.lastFailure(), b.retryAfter() == null ? null : com.tfp.platform.shared.RetryAfter.seconds(b.retryAfter())));
  }

  public static ProductDescriptorView descriptor(InstalledProduct p, List<ParameterSetting> parameters, List<RiskClassSetting> riskClasses) {
    ProductDescriptor d = p.descriptor();
    return new ProductDescriptorView(d.id(), p.version(), TextView.of(d.name()), TextView.of(d.description()), d.riskClass(), variants(d),
        riskClasses.stream().map(ProductViews::riskClass).toList(),
        d.facts().stream().map(ProductViews::fact).toList(),
        d.documents().stream().map(doc -> new ProductDescriptorView.DocumentView(doc.code(), TextView.of(doc.name()), TextView.of(doc.when()), doc.source())).toList(),
        parameters.stream().map(ProductViews::parameter).toList(),
        d.sources(), p.status().name(), p.origin(), d.spiVersions().toString());
  }

  public static ProductDescriptorView.ParameterView parameter(ParameterSetting s) {
    return new ProductDescriptorView.ParameterView(s.spec().key(), s.spec().type().name(), s.value(),
        s.spec().defaultValue(), s.bankDefault(), TextView.of(s.spec().label()), s.spec().source(),
        s.updatedAt() == null ? null : s.updatedAt().toString(), s.updatedBy());
  }

  public static ProductDescriptorView.RiskClassView riskClass(RiskClassSetting s) {
    return new ProductDescriptorView.RiskClassView(s.variant(), s.riskClass(), s.bankDefault());
  }

  private static List<ProductSummaryView.VariantView> variants(ProductDescriptor d) {
    return d.variants().stream().map(v -> new ProductSummaryView.VariantView(v.code(), TextView.of(v.name()), v.riskClass())).toList();
  }

  private static ProductDescriptorView.FactView fact(FactSpec f) {
    boolean always = f.requiredWhen() instanceof Condition.Always;
    boolean never = f.requiredWhen() instanceof Condition.Never;
    return new ProductDescriptorView.FactView(f.name(), f.type().name(), TextView.of(f.label()), TextView.of(f.help()), always,
        always || never ? null : f.requiredWhen().describe(), plain(f.min()), plain(f.max()),
        f.allowedValues().stream().map(a -> new ProductDescriptorView.AllowedValueView(a.code(), TextView.of(a.label()))).toList(),
        f.otherValuesAllowed(), f.defaultValue(), f.variants().stream().sorted().toList(),
        f.fields().stream().map(ProductViews::fact).toList(), f.source());
  }

  private static String plain(BigDecimal d) {
    return d == null ? null : d.toPlainString();
  }
}
