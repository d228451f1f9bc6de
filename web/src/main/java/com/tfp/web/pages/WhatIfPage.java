package com.tfp.web.pages;

import com.tfp.platform.catalogue.application.ProductCatalogue;
import com.tfp.platform.catalogue.domain.InstalledProduct;
import com.tfp.platform.catalogue.domain.ProductStatus;
import com.tfp.platform.evaluation.application.EvaluationCommand;
import com.tfp.platform.evaluation.application.EvaluationOutcome;
import com.tfp.platform.evaluation.application.EvaluationService;
import com.tfp.platform.shared.Actor;
import com.tfp.platform.shared.ConflictException;
import com.tfp.platform.shared.ForbiddenException;
import com.tfp.platform.shared.InvalidInputException;
import com.tfp.platform.shared.NotFoundException;
import com.tfp.spi.LocalizedText;
import com.tfp.spi.ProductDescriptor;
import com.tfp.spi.Variant;
import com.tfp.spi.facts.FactSpec;
import com.tfp.spi.facts.FactType;
import com.tfp.spi.facts.FieldError;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.math.BigDecimal;
import com.tfp.platform.customer.application.CustomerDirectory;
import com.tfp.platform.customer.domain.Customer;
import com.tfp.platform.deal.application.Applications;
import com.tfp.platform.deal.application.NewApplication;
import com.tfp.platform.deal.domain.Application;
import com.tfp.platform.shared.PageRequest;
import com.tfp.web.security.Actors;

/**
 * The what-if evaluation page: choose a product and variant, fill the form generated from its facts schema, and see
 * what the product says of the deal. Nothing is decided here: the platform validates (its field errors come back to
 * the inputs they concern) and the plug-in evaluates; the page only collects the inputs and shows the outcome.
 */
@Named("whatIf")
@ViewScoped
public class WhatIfPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProductCatalogue catalogue;
  @Inject EvaluationService evaluations;
  @Inject Language language;
  @Inject PageShell shell;
  @Inject Applications applications;
  @Inject CustomerDirectory customers;

  // application entry (apply.xhtml): the same generated form, plus customer, documents and requested amount
  private boolean applying;
  private String customerId;
  private String requestedAmount;
  private final List<DocumentRow> documents = new ArrayList<>();
  /** The customer's facts from the master (not entered: the platform takes them from there), by fact name. */
  private final Map<String, String> masterFacts = new LinkedHashMap<>();

  private String requestedProduct;
  private String productId;
  private String variant;
  private String currency = "USD";
  private LocalDate valueDate;
  /** What has been entered, by fact name; kept across variant changes so shared facts keep their values. */
  private final Map<String, FactValue> facts = new LinkedHashMap<>();
  private final Map<String, PageMessage> dealErrors = new HashMap<>();
  private final Map<String, Boolean> ticked = new HashMap<>();

  // derived from the catalogue and the platform; rebuilt after passivation
  private transient List<FactField> fields;
  private transient EvaluationOutcome outcome;

  /** On opening the page ({@code evaluate.xhtml?product=domestic-lc}): that product, or the first active one. */
  public void open() {
    if (productId != null) return;
    List<InstalledProduct> active = getProducts();
    productId = active.stream().map(InstalledProduct::id).filter(id -> id.equals(requestedProduct)).findFirst()
        .orElse(active.isEmpty() ? null : active.get(0).id());
    variant = firstVariant();
    valueDate = shell.getBusinessDate();
  }

  /** On opening the application entry ({@code apply.xhtml?product=bill-purchase}): as the what-if, plus documents. */
  public void openForApplication() {
    applying = true;
    open();
    if (documents.isEmpty()) {
      documents.add(new DocumentRow());
      documents.add(new DocumentRow());
    }
  }

  /** The customers a deal can be entered for (the customer master). */
  public List<Customer> getCustomers() {
    return customers.all(PageRequest.of(0, 500), Actors.of(FacesContext.getCurrentInstance().getExternalContext())).items();
  }

  /** A customer was chosen: its facts now come from the master, so the form no longer asks for them. */
  public void onCustomerChange() {
    masterFacts.clear();
    fields = null;
    outcome = null;
    clearErrors();
    if (customerId == null || customerId.isBlank()) return;
    Customer c;
    try {
      // the master facts shown are the customer's only for a user entitled to it (issue 16)
      c = customers.get(customerId, Actors.of(FacesContext.getCurrentInstance().getExternalContext()));
    } catch (RuntimeException e) {
      LocalizedText refusal = PlatformRefusal.textOf(e); // unknown, or of another branch
      if (refusal == null) throw e;
      addMessage(FacesMessage.SEVERITY_ERROR, language.of(refusal));
      return;
    }
    ProductDescriptor d = getDescriptor();
    if (d == null) return;
    c.customerFacts().forEach((name, value) -> {
      if (d.fact(name).isPresent()) masterFacts.put(name, String.valueOf(value));
    });
  }

  public void addDocument() {
    documents.add(new DocumentRow());
  }

  public void removeDocument(int index) {
    if (index >= 0 && index < documents.size()) documents.remove(index);
  }

  /**
   * Creates the deal through the platform exactly as REST does ({@code Applications.create}): the platform validates
   * (field errors back at their inputs), evaluates, refuses double financing (X2) and an amount above the maximum.
   * On success the deal page opens.
   */
  public String createApplication() {
    clearErrors();
    outcome = null;
    documents.forEach(d -> d.setError(null));
    List<FieldError> errors = new ArrayList<>();
    BigDecimal amount = null;
    if (requestedAmount != null && !requestedAmount.isBlank()) {
      try {
        amount = new BigDecimal(requestedAmount.trim().replace(",", ""));
      } catch (NumberFormatException e) {
        errors.add(new FieldError("requestedAmount", LocalizedText.of("须为金额，如 90000.00", "must be an amount such as 90000.00")));
      }
    }
    Map<String, List<Integer>> sentRows = new HashMap<>();
    Map<String, Object> raw = raw(getFields(), sentRows);
    List<Integer> sentDocs = new ArrayList<>();
    List<NewApplication.Document> docs = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      DocumentRow d = documents.get(i);
      if (d.isEmpty()) continue;
      sentDocs.add(i);
      docs.add(new NewApplication.Document(trim(d.getType()), trim(d.getNumber()), trim(d.getIssuer())));
    }
    String customer = customerId == null || customerId.isBlank() ? null : customerId;
    try {
      Application app = applications.create(new NewApplication(
          new EvaluationCommand(productId, variant, currency, valueDate, customer, raw), docs, amount,
          null, null, null, null, null, null), Actors.of(FacesContext.getCurrentInstance().getExternalContext()), errors);
      FacesContext.getCurrentInstance().getExternalContext().getFlash().put("created", app.id());
      return "/deal.xhtml?faces-redirect=true&id=" + app.id();
    } catch (InvalidInputException e) {
      List<FieldError> rest = new ArrayList<>();
      for (FieldError error : e.errors()) {
        Matcher m = DOCUMENT.matcher(error.field() == null ? "" : error.field());
        if (m.matches() && m.group(1) != null && Integer.parseInt(m.group(1)) < sentDocs.size()) {
          documents.get(sentDocs.get(Integer.parseInt(m.group(1)))).setError(PageMessage.of(error.message()));
        } else if (m.matches() || "requestedAmount".equals(error.field())) {
          dealErrors.put(m.matches() ? "documents" : error.field(), PageMessage.of(error.message()));
        } else {
          rest.add(error);
        }
      }
      showAtFields(rest, sentRows);
      if (rest.isEmpty()) {
        ResourceBundle b = ResourceBundle.getBundle(ConditionText.BUNDLE, language.getLocale());
        addMessage(FacesMessage.SEVERITY_ERROR, MessageFormat.format(b.getString("whatIf.fieldErrors"), e.errors().size()));
      }
    } catch (RuntimeException e) {
      // double financing (X2), a REJECT evaluation, an amount above the maximum, a product gone: said on top
      LocalizedText refusal = PlatformRefusal.textOf(e);
      if (refusal == null) throw e;
      addMessage(FacesMessage.SEVERITY_ERROR, language.of(refusal));
      if (e instanceof ConflictException) dealErrors.put("documents", PageMessage.of(refusal));
    }
    return null;
  }

  private static final Pattern DOCUMENT = Pattern.compile("documents(?:\\[(\\d{1,4})\\](?:\\.[a-z]+)?)?");

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  /** The products that can evaluate now: the active plug-in of each id. */
  public List<InstalledProduct> getProducts() {
    return catalogue.products().stream().filter(p -> p.status() == ProductStatus.ACTIVE)
        .sorted(Comparator.comparing(InstalledProduct::id)).toList();
  }

  /** The chosen product's descriptor; null when none is chosen or it has just been quarantined. */
  public ProductDescriptor getDescriptor() {
    if (productId == null) return null;
    try {
      return catalogue.active(productId).descriptor();
    } catch (NotFoundException | ConflictException gone) {
      return null;
    }
  }

  public List<Variant> getVariants() {
    ProductDescriptor d = getDescriptor();
    return d == null ? List.of() : d.variants();
  }

  public void onProductChange() {
    variant = firstVariant();
    if (applying) onCustomerChange();
    facts.clear();
    ticked.clear();
    dealErrors.clear();
    fields = null;
    outcome = null;
  }

  public void onVariantChange() {
    fields = null;
    outcome = null;
    clearErrors();
  }

  private String firstVariant() {
    List<Variant> variants = getVariants();
    return variants.isEmpty() ? null : variants.get(0).code();
  }

  /** Every input of the form for the chosen product and variant, in the order of the facts schema. */
  public List<FactField> getFields() {
    ProductDescriptor d = getDescriptor();
    if (d == null) return List.of();
    if (fields == null) {
      fields = new ArrayList<>();
      for (FactSpec spec : d.facts()) {
        if (!spec.appliesTo(variant)) continue;
        if (applying && masterFacts.containsKey(spec.name())) continue; // from the customer master
        FactValue value = facts.computeIfAbsent(spec.name(), k -> new FactValue());
        if (spec.type() == FactType.RECORD_LIST && value.getRows().isEmpty()) value.addRow();
        fields.add(new FactField(spec, value, d.facts(), variant, -1));
      }
    }
    return fields;
  }

  /** The inputs shown in the grid: everything but ticks and record lists. */
  public List<FactField> getInputFields() {
    return getFields().stream().filter(f -> f.spec().type() != FactType.BOOLEAN && f.spec().type() != FactType.RECORD_LIST).toList();
  }

  /** The yes/no conditions, ticked when they hold. */
  public List<FactField> getFlagFields() {
    return getFields().stream().filter(f -> f.spec().type() == FactType.BOOLEAN).toList();
  }

  public List<FactField> getRecordFields() {
    return getFields().stream().filter(f -> f.spec().type() == FactType.RECORD_LIST).toList();
  }

  /** Whether the input must be filled for the values entered so far (its required-when condition holds). */
  public boolean requiredNow(FactField field) {
    FactSpec spec = field.spec();
    if (spec.type() == FactType.BOOLEAN) return false; // a condition not ticked simply does not hold
    if (spec.isRequired()) return true;
    Map<String, Object> current = field.row() < 0 ? raw(getFields())
        : rawRecord(facts.get(parentOf(field)).getRows().get(field.row()), field.siblings());
    return spec.requiredWhen().test(variant, current);
  }

  private String parentOf(FactField recordField) {
    return getRecordFields().stream().filter(r -> r.spec().fields().contains(recordField.spec())).findFirst()
        .map(FactField::getName).orElseThrow();
  }

  /**
   * What an empty input stands for: after an evaluation, the value the platform used and why (its defaults); before,
   * what the product says it uses when the fact is not given. Empty when the product fills nothing in.
   */
  public String absentHint(FactField field) {
    if (field.row() >= 0) return "";
    String path = "facts." + field.getName();
    if (outcome != null) {
      var used = outcome.evaluation().defaults().stream().filter(d -> d.field().equals(path)).findFirst();
      if (used.isPresent()) return used.get().value() + " — " + language.of(used.get().message());
    }
    return field.spec().whenAbsent(variant).map(t -> language.text("whatIf.whenEmpty") + " " + language.of(t)).orElse("");
  }

  /** The value date an empty value-date input stands for: the business date, for an application only. */
  public String getValueDateHint() {
    return applying ? language.text("whatIf.whenEmpty") + " " + shell.getBusinessDate() + " (" + language.text("whatIf.businessDate") + ")" : "";
  }

  /** "required", "required when …" in the session's language, or empty. */
  public String requirement(FactField field) {
    return ConditionText.requirement(field.spec(), field.siblings(), getDescriptor(), language.getLocale());
  }

  public void addRow(FactField recordList) {
    recordList.value().addRow();
    outcome = null;
  }

  public void removeRow(FactField recordList, int index) {
    List<Map<String, FactValue>> rows = recordList.value().getRows();
    if (index >= 0 && index < rows.size()) rows.remove(index);
    outcome = null;
  }

  /** Sends the deal to the platform; its field errors come back to their inputs, the outcome to the result panel. */
  public void evaluate() {
    clearErrors();
    outcome = null;
    ticked.clear();
    Map<String, List<Integer>> sentRows = new HashMap<>();
    Map<String, Object> raw = raw(getFields(), sentRows);
    try {
      String customer = applying && customerId != null && !customerId.isBlank() ? customerId : null;
      EvaluationCommand command = new EvaluationCommand(productId, variant, currency, valueDate, customer, raw);
      // an application's value date defaults to the business date: the preview goes through the same rule
      Actor actor = Actors.of(FacesContext.getCurrentInstance().getExternalContext());
      outcome = applying ? applications.preview(command, actor) : evaluations.evaluate(command, actor);
    } catch (InvalidInputException e) {
      showAtFields(e.errors(), sentRows);
    } catch (NotFoundException e) {
      addMessage(FacesMessage.SEVERITY_ERROR, language.of(e.text()));
    } catch (ConflictException e) {
      addMessage(FacesMessage.SEVERITY_ERROR, language.of(e.text()));
    } catch (ForbiddenException e) {
      addMessage(FacesMessage.SEVERITY_ERROR, language.of(e.text()));
    }
  }

  /** Empties the form (keeps product, variant, currency and value date). */
  public void clear() {
    facts.clear();
    ticked.clear();
    dealErrors.clear();
    fields = null;
    outcome = null;
  }

  private void showAtFields(List<FieldError> errors, Map<String, List<Integer>> sentRows) {
    int placed = 0;
    for (FieldError error : errors) {
      FieldPath path = FieldPath.parse(error.field()).orElse(null);
      FactValue value = path == null || path.deal() ? null : facts.get(path.name());
      if (path != null && path.deal()) {
        dealErrors.put(path.name(), PageMessage.of(error.message()));
        placed++;
      } else if (value != null && path.row() < 0) {
        value.setError(PageMessage.of(error.message()));
        placed++;
      } else if (value != null && recordValue(value, sentRows.get(path.name()), path) != null) {
        recordValue(value, sentRows.get(path.name()), path).setError(PageMessage.of(error.message()));
        placed++;
      } else {
        addMessage(FacesMessage.SEVERITY_ERROR, error.field() + ": " + language.of(error.message()));
      }
    }
    if (placed > 0) {
      ResourceBundle b = ResourceBundle.getBundle(ConditionText.BUNDLE, language.getLocale());
      addMessage(FacesMessage.SEVERITY_ERROR, MessageFormat.format(b.getString("whatIf.fieldErrors"), placed));
    }
  }

  /** The value a record-field error points at; rows sent are numbered without the empty rows left out. */
  private static FactValue recordValue(FactValue list, List<Integer> sentRows, FieldPath path) {
    if (sentRows == null || path.row() >= sentRows.size()) return null;
    Map<String, FactValue> row = list.getRows().get(sentRows.get(path.row()));
    if (path.field() == null) return list;
    return row.get(path.field());
  }

  private void clearErrors() {
    dealErrors.clear();
    facts.values().forEach(FactValue::clearErrors);
  }

  private void addMessage(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  private Map<String, Object> raw(List<FactField> fields) {
    return raw(fields, new HashMap<>());
  }

  /**
   * The facts as the platform takes them from any interface: decimals and codes as strings, dates ISO, ticks as
   * booleans, records as maps. Nothing entered: not sent. {@code sentRows} records which rows of each list were sent.
   */
  private Map<String, Object> raw(List<FactField> fields, Map<String, List<Integer>> sentRows) {
    Map<String, Object> raw = new LinkedHashMap<>();
    for (FactField f : fields) {
      if (f.spec().type() == FactType.RECORD_LIST) {
        List<Map<String, Object>> records = new ArrayList<>();
        List<Integer> sent = new ArrayList<>();
        List<FactSpec> columns = f.getColumns();
        for (int i = 0; i < f.value().getRows().size(); i++) {
          Map<String, Object> record = rawRecord(f.value().getRows().get(i), columns);
          if (record.isEmpty()) continue;
          records.add(record);
          sent.add(i);
        }
        sentRows.put(f.getName(), sent);
        if (!records.isEmpty()) raw.put(f.getName(), records);
      } else {
        Object v = rawValue(f.spec(), f.value());
        if (v != null) raw.put(f.getName(), v);
      }
    }
    return raw;
  }

  private static Map<String, Object> rawRecord(Map<String, FactValue> row, List<FactSpec> columns) {
    Map<String, Object> record = new LinkedHashMap<>();
    for (FactSpec c : columns) {
      Object v = row.get(c.name()) == null ? null : rawValue(c, row.get(c.name()));
      if (v != null && !(v instanceof Boolean b && !b)) record.put(c.name(), v);
    }
    return record;
  }

  private static Object rawValue(FactSpec spec, FactValue value) {
    return switch (spec.type()) {
      case DATE -> value.getDate() == null ? null : value.getDate().toString();
      case BOOLEAN -> value.isChecked();
      case RECORD_LIST -> null;
      default -> value.getText();
    };
  }

  // --- what the page binds to

  public String getRequestedProduct() {
    return requestedProduct;
  }

  public void setRequestedProduct(String requestedProduct) {
    this.requestedProduct = requestedProduct;
  }

  public String getProductId() {
    return productId;
  }

  public void setProductId(String productId) {
    this.productId = productId;
  }

  public String getVariant() {
    return variant;
  }

  public void setVariant(String variant) {
    this.variant = variant;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public LocalDate getValueDate() {
    return valueDate;
  }

  public void setValueDate(LocalDate valueDate) {
    this.valueDate = valueDate;
  }

  public boolean isApplying() {
    return applying;
  }

  public String getCustomerId() {
    return customerId;
  }

  public void setCustomerId(String customerId) {
    this.customerId = customerId;
  }

  public String getRequestedAmount() {
    return requestedAmount;
  }

  public void setRequestedAmount(String requestedAmount) {
    this.requestedAmount = requestedAmount;
  }

  public List<DocumentRow> getDocuments() {
    return documents;
  }

  /** The numbers of the entered document rows of one type: a required document's checklist line shows what was received. */
  public String numbersOf(String documentType) {
    return documents.stream().filter(d -> documentType.equals(d.getType() == null ? null : d.getType().trim()))
        .map(DocumentRow::getNumber).filter(n -> n != null && !n.isBlank()).map(String::trim).collect(java.util.stream.Collectors.joining(", "));
  }

  /** The facts taken from the chosen customer's master record (shown, not entered). */
  public Map<String, String> getMasterFacts() {
    return masterFacts;
  }

  public List<String> getMasterFactNames() {
    return List.copyOf(masterFacts.keySet());
  }

  /** The label of a fact of the chosen product in the session's language. */
  public String factLabel(String name) {
    ProductDescriptor d = getDescriptor();
    return d == null ? name : d.fact(name).map(f -> language.of(f.label())).orElse(name);
  }

  /** The platform's errors on the deal's own inputs: product, variant, currency, valueDate. */
  public Map<String, PageMessage> getDealErrors() {
    return dealErrors;
  }

  /** The ticks of the result's document and review checklists (the reviewer's aid; not recorded). */
  public Map<String, Boolean> getTicked() {
    return ticked;
  }

  public EvaluationOutcome getOutcome() {
    return outcome;
  }

  /** The product's name in the session's language. */
  public String productName(InstalledProduct p) {
    return p.descriptor() == null ? p.origin() : language.of(p.descriptor().name());
  }

  public LocalizedText getProductDescription() {
    ProductDescriptor d = getDescriptor();
    return d == null ? null : d.description();
  }
}
