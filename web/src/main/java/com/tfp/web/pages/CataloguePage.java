package com.tfp.web.pages;

import com.tfp.platform.catalogue.application.ProductCatalogue;
import com.tfp.platform.catalogue.domain.InstalledProduct;
import com.tfp.platform.catalogue.domain.BreakerState;
import com.tfp.platform.catalogue.domain.EvaluationBreaker;
import com.tfp.platform.catalogue.domain.ProductStatus;
import com.tfp.spi.LocalizedText;
import com.tfp.web.security.Actors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The product catalogue page: every installed plug-in, active, superseded or quarantined, as the catalogue has it,
 * with its breaker; an administrator quarantines a product's active version or releases a product here (with a
 * reason, audited — the same {@link ProductCatalogue} commands as the REST API).
 */
@Named("cataloguePage")
@RequestScoped
public class CataloguePage {

  @Inject ProductCatalogue catalogue;
  @Inject Language language;

  private List<InstalledProduct> products;
  private String productId;
  private String reason;

  public String getProductId() { return productId; }
  public void setProductId(String productId) { this.productId = productId; }
  public String getReason() { return reason; }
  public void setReason(String reason) { this.reason = reason; }

  /** The product ids an administrator can act on. */
  public List<String> getProductIds() {
    return catalogue.products().stream().map(InstalledProduct::id).filter(java.util.Objects::nonNull).distinct().sorted().toList();
  }

  public EvaluationBreaker.Snapshot breakerOf(InstalledProduct p) {
    return catalogue.breakerOf(p);
  }

  public boolean isBreakerTripped(InstalledProduct p) {
    return catalogue.breakerOf(p).state() != BreakerState.CLOSED;
  }

  public void quarantine() {
    command(() -> catalogue.quarantine(productId, null, reason, actor()), "catalogue.quarantined");
  }

  public void release() {
    command(() -> catalogue.release(productId, reason, actor()), "catalogue.released");
  }

  private void command(Runnable action, String doneKey) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      action.run();
      products = null;
      reason = null;
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
          java.util.ResourceBundle.getBundle(ConditionText.BUNDLE, language.getLocale()).getString(doneKey) + " " + productId, null));
    } catch (com.tfp.platform.shared.InvalidInputException e) {
      faces.addMessage("admin:reason", new FacesMessage(FacesMessage.SEVERITY_ERROR, language.of(e.errors().get(0).message()), null));
    } catch (RuntimeException e) {
      LocalizedText refusal = PlatformRefusal.textOf(e);
      if (refusal == null) throw e;
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, language.of(refusal), null));
    }
  }

  private static com.tfp.platform.shared.Actor actor() {
    return Actors.of(FacesContext.getCurrentInstance().getExternalContext());
  }

  /** Unsigned plug-in jars are admitted (development setting): the page warns in a banner. */
  public boolean isUnsignedAllowed() {
    return catalogue.allowsUnsigned();
  }

  /** Active products first, then by id and version; a plug-in that could not describe itself has no id. */
  public List<InstalledProduct> getProducts() {
    if (products == null) {
      products = catalogue.products().stream()
          .sorted(Comparator.comparing((InstalledProduct p) -> p.status().ordinal())
              .thenComparing(p -> p.id() == null ? "~" : p.id())
              .thenComparing(p -> p.version() == null ? "" : p.version()))
          .toList();
    }
    return products;
  }

  /** How many installed plug-ins are in each status, for the page's summary. */
  public Map<String, Long> getCountByStatus() {
    Map<ProductStatus, Long> counts = getProducts().stream()
        .collect(Collectors.groupingBy(InstalledProduct::status, Collectors.counting()));
    return Arrays.stream(ProductStatus.values())
        .collect(Collectors.toMap(ProductStatus::name, s -> counts.getOrDefault(s, 0L), (a, b) -> a, LinkedHashMap::new));
  }

  /** The PrimeFaces tag colour of a status. */
  public String severityOf(ProductStatus status) {
    return switch (status) {
      case ACTIVE -> "success";
      case SUPERSEDED -> "secondary";
      case QUARANTINED -> "danger";
    };
  }
}
