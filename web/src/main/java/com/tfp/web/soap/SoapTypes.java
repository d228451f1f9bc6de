package com.tfp.web.soap;

import com.tfp.web.rest.dto.DealViews;
import com.tfp.web.rest.dto.EvaluationView;
import com.tfp.web.rest.dto.ProductSummaryView;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/**
 * The SOAP messages' content, with the field names of API.md. JAXB needs mutable beans, so these mirror the REST
 * views (records) and are filled from them: the content is decided once, in the REST assemblers.
 */
public final class SoapTypes {

  private SoapTypes() {}

  @XmlAccessorType(XmlAccessType.FIELD)
  @XmlType(name = "text", propOrder = {"zh", "en"})
  public static class Text {
    public String zh;
    public String en;
  }

  @XmlAccessorType(XmlAccessType.FIELD)
  @XmlType(name = "variant", propOrder = {"code", "names", "riskClass"})
  public static class Variant {
    public String code;
    public Text names;
    public int riskClass;
  }

  @XmlAccessorType(XmlAccessType.FIELD)
  @XmlType(name = "product", propOrder = {"id", "version", "names", "riskClass", "variants", "status", "statusReason", "origin"})
  public static class Product {
    public String id;
    public String version;
    public Text names;
    public Integer riskClass;
    public List<Variant> variants = new ArrayList<>();
    public String status;
    public String statusReason;
    public String origin;

    static Product of(ProductSummaryView v) {
      Product p = new Product();
      p.id = v.id();
      p.version = v.version();
      if (v.names() != null) {
        p.names = new Text();
        p.names.zh = v.names().zh();
        p.names.en = v.names().en();
      }
      p.riskClass = v.riskClass();
      for (ProductSummaryView.VariantView vv : v.variants()) {
        Variant x = new Variant();
        x.code = vv.code();
        x.names = new Text();
        x.names.zh = vv.names().zh();
        x.names.en = vv.names().en();
        x.riskClass = vv.riskClass();
        p.variants.add(x);
      }
      p.status = v.status();
      p.statusReason = v.statusReason();
      p.origin = v.origin();
      return p;
    }
  }

  @XmlAccessorType(XmlAccessType.FIELD)
  @XmlType(name = "finding", propOrder = {"code", "severity", "message", "source", "overridable"})
  public static class Finding {
    public String code;
    public String severity;
    public String message;
    public String source;
    public boolean overridable;
  }

  @XmlAccessorType(XmlAccessType.FIELD)
  @XmlType(name = "step", propOrder = {"label", "value", "source", "binding", "bankDefault"})
  public static class Step {
    public String label;
    public String value;
    public String source;
    public boolean binding;
    public boolean bankDefault;
  }

  /** A value the request did not carry and the platform used (docs/api.md "Defaults"). */
  @XmlAccessorType(XmlAccessType.FIELD)
  @XmlType(name = "default", propOrder = {"field", "value", "message", "source", "bankDefault"})
  public static class Default {
    public String field;
    public String value;
    public String message;
    public String source;
    public boolean bankDefault;

    static Default of(String field, String value, String message, String source, boolean bankDefault) {
      Default d = new Default();
      d.field = field;
      d.value = value;
      d.message = message;
      d.source = source;
      d.bankDefault = bankDefault;
      return d;
    }
  }

  @XmlAccessorType(XmlAccessType.FIELD)
  @XmlType(name = "requiredDocument", propOrder = {"code", "name", "mandatory", "source"})
  public static class Document {
    public String code;
    public String name;
    public boolean mandatory;
    public String source;
  }

  @XmlAccessorType(XmlAccessType.FIELD)
  @XmlType(name = "item", propOrder = {"code", "text", "source"})
  public static class Item {
    public String code;
    public String text;
    public String source;
  }

  @XmlAccessorType(XmlAccessType.FIELD)
  @XmlType(name = "evaluation", propOrder = {"product", "productVersion", "variant", "valueDate", "decision", "findings",
      "maxAmount", "currency", "amountSteps", "maturityDate", "maxTermDays", "termSteps", "riskClass", "riskClassBankDefault", "lineOccupation",
      "marginRatio", "earlierStageRepayment", "requiredDocuments", "reviewChecklist", "obligations", "defaults"})
  public static class Evaluation {
    public String product;
    public String productVersion;
    public String variant;
    public String valueDate;
    public String decision;
    public List<Finding> findings = new ArrayList<>();
    public String maxAmount;
    public String currency;
    public List<Step> amountSteps = new ArrayList<>();
    public String maturityDate;
    public Integer maxTermDays;
    public List<Step> termSteps = new ArrayList<>();
    public int riskClass;
    public boolean riskClassBankDefault;
    public String lineOccupation;
    public String marginRatio;
    public String earlierStageRepayment;
    public List<Document> requiredDocuments = new ArrayList<>();
    public List<Item> reviewChecklist = new ArrayList<>();
    public List<Item> obligations = new ArrayList<>();
    public List<Default> defaults = new ArrayList<>();

    static Evaluation of(EvaluationView v) {
      Evaluation e = new Evaluation();
      e.product = v.product();
      e.productVersion = v.productVersion();
      e.variant = v.variant();
      e.valueDate = v.valueDate();
      e.decision = v.decision();
      v.findings().forEach(f -> {
        Finding x = new Finding();
        x.code = f.code();
        x.severity = f.severity();
        x.message = f.message();
        x.source = f.source();
        x.overridable = f.overridable();
        e.findings.add(x);
      });
      e.maxAmount = v.maxAmount();
      e.currency = v.currency();
      v.amountSteps().forEach(s -> e.amountSteps.add(step(s)));
      e.maturityDate = v.maturityDate();
      e.maxTermDays = v.maxTermDays();
      v.termSteps().forEach(s -> e.termSteps.add(step(s)));
      e.riskClass = v.riskClass();
      e.riskClassBankDefault = v.riskClassBankDefault();
      e.lineOccupation = v.lineOccupation();
      e.marginRatio = v.marginRatio();
      e.earlierStageRepayment = v.earlierStageRepayment();
      v.requiredDocuments().forEach(d -> {
        Document x = new Document();
        x.code = d.code();
        x.name = d.name();
        x.mandatory = d.mandatory();
        x.source = d.source();
        e.requiredDocuments.add(x);
      });
      v.reviewChecklist().forEach(i -> e.reviewChecklist.add(item(i)));
      v.obligations().forEach(i -> e.obligations.add(item(i)));
      v.defaults().forEach(d -> e.defaults.add(Default.of(d.field(), d.value(), d.message(), d.source(), d.bankDefault())));
      return e;
    }

    private static Step step(EvaluationView.StepView s) {
      Step x = new Step();
      x.label = s.label();
      x.value = s.value();
      x.source = s.source();
      x.binding = s.binding();
      x.bankDefault = s.bankDefault();
      return x;
    }

    private static Item item(EvaluationView.ItemView i) {
      Item x = new Item();
      x.code = i.code();
      x.text = i.text();
      x.source = i.source();
      return x;
    }
  }

  @XmlAccessorType(XmlAccessType.FIELD)
  @XmlType(name = "tradeDocument", propOrder = {"type", "number", "issuer"})
  public static class TradeDocument {
    public String type;
    public String number;
    public String issuer;
  }

  /** A deal as getApplication and submitApplication return it: the fields of the REST application legacy systems use. */
  @XmlAccessorType(XmlAccessType.FIELD)
  @XmlType(name = "application", propOrder = {"id", "customerId", "product", "productVersion", "variant", "currency", "valueDate",
      "requestedAmount", "status", "decision", "maxAmount", "maturityDate", "riskClass", "lineOccupation", "marginRatio",
      "documents", "referFindings", "createdBy", "approvedBy", "disbursedAmount", "principalOutstanding", "lineCode", "version",
      "defaults"})
  public static class Application {
    public Long id;
    public String customerId;
    public String product;
    public String productVersion;
    public String variant;
    public String currency;
    public String valueDate;
    public String requestedAmount;
    public String status;
    public String decision;
    public String maxAmount;
    public String maturityDate;
    public int riskClass;
    public String lineOccupation;
    public String marginRatio;
    public List<TradeDocument> documents = new ArrayList<>();
    public List<String> referFindings = new ArrayList<>();
    public String createdBy;
    public String approvedBy;
    public String disbursedAmount;
    public String principalOutstanding;
    public String lineCode;
    public long version;
    public List<Default> defaults = new ArrayList<>();

    static Application of(DealViews.ApplicationView v, java.util.Locale locale) {
      Application a = new Application();
      a.id = v.id();
      a.customerId = v.customerId();
      a.product = v.product();
      a.productVersion = v.productVersion();
      a.variant = v.variant();
      a.currency = v.currency();
      a.valueDate = v.valueDate();
      a.requestedAmount = v.requestedAmount();
      a.status = v.status();
      a.decision = v.decision();
      a.maxAmount = v.maxAmount();
      a.maturityDate = v.maturityDate();
      a.riskClass = v.riskClass();
      a.lineOccupation = v.lineOccupation();
      a.marginRatio = v.marginRatio();
      v.documents().forEach(d -> {
        TradeDocument x = new TradeDocument();
        x.type = d.type();
        x.number = d.number();
        x.issuer = d.issuer();
        a.documents.add(x);
      });
      a.referFindings.addAll(v.referFindings());
      a.createdBy = v.createdBy();
      a.approvedBy = v.approvedBy();
      a.disbursedAmount = v.disbursedAmount();
      a.principalOutstanding = v.principalOutstanding();
      a.lineCode = v.lineCode();
      a.version = v.version();
      v.defaults().forEach(d -> a.defaults.add(Default.of(d.field(), d.value(),
          d.message() == null ? null : com.tfp.spi.LocalizedText.of(d.message().zh(), d.message().en()).in(locale), d.source(),
          d.bankDefault())));
      return a;
    }
  }

  /** A credit line with limit, occupied, available, expiry and status (API.md GET /customers/{id}/lines). */
  @XmlAccessorType(XmlAccessType.FIELD)
  @XmlType(name = "creditLine", propOrder = {"id", "code", "customerId", "type", "category", "productId", "riskClass", "limit",
      "occupied", "available", "currency", "startDate", "expiry", "extendedUntil", "status", "statusReason"})
  public static class CreditLine {
    public Long id;
    public String code;
    public String customerId;
    public String type;
    public String category;
    public String productId;
    public Integer riskClass;
    public String limit;
    public String occupied;
    public String available;
    public String currency;
    public String startDate;
    public String expiry;
    public String extendedUntil;
    public String status;
    public String statusReason;

    static CreditLine of(DealViews.LineView v) {
      CreditLine l = new CreditLine();
      l.id = v.id();
      l.code = v.code();
      l.customerId = v.customerId();
      l.type = v.type();
      l.category = v.category();
      l.productId = v.productId();
      l.riskClass = v.riskClass();
      l.limit = v.limit();
      l.occupied = v.occupied();
      l.available = v.available();
      l.currency = v.currency();
      l.startDate = v.startDate();
      l.expiry = v.expiry();
      l.extendedUntil = v.extendedUntil();
      l.status = v.status();
      l.statusReason = v.statusReason();
      return l;
    }
  }
}
