package com.tfp.web.pages;

import com.tfp.platform.catalogue.application.ProductCatalogue;
import com.tfp.platform.catalogue.domain.InstalledProduct;
import com.tfp.platform.catalogue.domain.ProductStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The product catalogue page: every installed plug-in, active, superseded or quarantined, as the catalogue has it. */
@Named("cataloguePage")
@RequestScoped
public class CataloguePage {

  @Inject ProductCatalogue catalogue;

  private List<InstalledProduct> products;

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
