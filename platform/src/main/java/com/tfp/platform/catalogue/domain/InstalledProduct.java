package com.tfp.platform.catalogue.domain;

import com.tfp.spi.ProductDescriptor;
import com.tfp.spi.ProductPlugin;
import java.time.Instant;

/**
 * One product plug-in as the catalogue knows it: where it came from, its descriptor (when it could be read) and its
 * status. Immutable; a status change makes a new instance.
 *
 * @param origin {@code built-in} or the jar's file name in the plug-ins directory
 * @param descriptor null when the plug-in could not even describe itself
 * @param plugin null when quarantined before admission
 * @param reason why it is quarantined or superseded; null when active
 */
public record InstalledProduct(
    String origin,
    ProductDescriptor descriptor,
    ProductPlugin plugin,
    ProductStatus status,
    String reason,
    Instant since) {

  public static final String BUILT_IN = "built-in";

  public String id() {
    return descriptor == null ? null : descriptor.id();
  }

  public String version() {
    return descriptor == null || descriptor.version() == null ? null : descriptor.version().toString();
  }

  public boolean isBuiltIn() {
    return BUILT_IN.equals(origin);
  }

  public InstalledProduct withStatus(ProductStatus newStatus, String newReason) {
    return new InstalledProduct(origin, descriptor, plugin, newStatus, newReason, Instant.now());
  }
}
