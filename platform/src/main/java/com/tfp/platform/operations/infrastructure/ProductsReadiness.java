package com.tfp.platform.operations.infrastructure;

import com.tfp.platform.catalogue.application.ProductCatalogue;
import com.tfp.platform.catalogue.domain.BreakerState;
import com.tfp.platform.catalogue.domain.InstalledProduct;
import com.tfp.platform.catalogue.domain.ProductStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The plug-in host and each product: ready while the host has an active product, no product was taken out of service
 * with nothing to take over, and no active product rests behind its open breaker — the data says which and why. A
 * jar refused at admission (a new product team's broken drop, a bad upgrade) is the catalogue's business, not a
 * reason to take the server out of the load balancer.
 */
@Readiness
@ApplicationScoped
public class ProductsReadiness implements HealthCheck {

  @Inject ProductCatalogue catalogue;

  @Override
  public HealthCheckResponse call() {
    List<InstalledProduct> all = catalogue.products();
    Map<String, String> byId = new LinkedHashMap<>();
    boolean up = all.stream().anyMatch(p -> p.status() == ProductStatus.ACTIVE);
    for (InstalledProduct p : all) {
      if (p.id() == null || p.status() == ProductStatus.SUPERSEDED) continue;
      if (p.status() == ProductStatus.ACTIVE) {
        BreakerState breaker = catalogue.breakerOf(p).state();
        byId.put(p.id(), "ACTIVE " + p.version() + ", breaker " + breaker);
        if (breaker == BreakerState.OPEN) up = false;
      } else if (catalogue.quarantinedInService(p) && all.stream().noneMatch(o -> p.id().equals(o.id()) && o.status() == ProductStatus.ACTIVE)) {
        byId.put(p.id(), "QUARANTINED " + p.version() + ": " + p.reason());
        up = false;
      }
    }
    var response = HealthCheckResponse.named("products").status(up).withData("installed", all.size());
    byId.forEach(response::withData);
    return response.build();
  }
}
