package com.tfp.web.pages;

import com.tfp.platform.catalogue.application.ProductCatalogue;
import com.tfp.platform.catalogue.domain.InstalledProduct;
import com.tfp.platform.reference.application.ParameterSetting;
import com.tfp.platform.reference.application.ReferenceData;
import com.tfp.platform.shared.ConflictException;
import com.tfp.platform.shared.NotFoundException;
import com.tfp.spi.LocalizedText;
import com.tfp.spi.facts.FactSpec;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * One product's descriptor as the platform serves it ({@code product.xhtml?id=bill-purchase}): the facts schema with
 * types, labels, help and required marks, the documents, the parameters with the value in force (and whether it is
 * still the bank default), and the sources.
 */
@Named("productPage")
@ViewScoped
public class ProductPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProductCatalogue catalogue;
  @Inject ReferenceData reference;
  @Inject Language language;

  /** Kept with the view, so that the language switch (a post without the query string) shows the same product. */
  private String id;
  // read from the catalogue for this view; rebuilt after passivation
  private transient InstalledProduct product;
  private transient LocalizedText problem;
  private transient List<ParameterSetting> parameters;

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  /** The active plug-in of the id; null (and {@link #getProblem} says why) when unknown or quarantined. */
  public InstalledProduct getProduct() {
    if (product == null && problem == null) {
      try {
        product = catalogue.active(id == null ? "" : id);
      } catch (NotFoundException e) {
        problem = e.text();
      } catch (ConflictException e) {
        problem = e.text();
      }
    }
    return product;
  }

  public String getProblem() {
    getProduct();
    return problem == null ? null : language.of(problem);
  }

  public List<ParameterSetting> getParameters() {
    if (parameters == null) parameters = getProduct() == null ? List.of() : reference.parametersOf(product.descriptor());
    return parameters;
  }

  /** When a fact is required, in words: always, never, or the condition in the session's language. */
  public String requirement(FactSpec fact) {
    return ConditionText.requirement(fact, getProduct().descriptor().facts(), getProduct().descriptor(), language.getLocale());
  }

  /** The same for a field of a list-of-records fact; its conditions name the record's other fields. */
  public String fieldRequirement(FactSpec field, FactSpec recordList) {
    return ConditionText.requirement(field, recordList.fields(), getProduct().descriptor(), language.getLocale());
  }

  /** The bounds of a number: "0 … 3660", "≥ 0", "≤ 1", or empty. */
  public String bounds(FactSpec fact) {
    if (fact.min() != null && fact.max() != null) return fact.min().toPlainString() + " … " + fact.max().toPlainString();
    if (fact.min() != null) return "≥ " + fact.min().toPlainString();
    if (fact.max() != null) return "≤ " + fact.max().toPlainString();
    return "";
  }

  /** A variant's name in the session's language (its code when the product does not declare it). */
  public String variantName(String code) {
    return getProduct().descriptor().variant(code).map(v -> language.of(v.name())).orElse(code);
  }
}
