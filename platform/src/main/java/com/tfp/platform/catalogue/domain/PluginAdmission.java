package com.tfp.platform.catalogue.domain;

import com.tfp.spi.ProductDescriptor;
import com.tfp.spi.SemanticVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks a plug-in passes before it goes live: a complete descriptor and an SPI range that includes the host's
 * SPI version. Clashes between plug-ins are decided by the catalogue, which sees them all.
 */
public final class PluginAdmission {

  private final SemanticVersion hostSpi;

  public PluginAdmission(SemanticVersion hostSpi) {
    this.hostSpi = hostSpi;
  }

  /** Empty when admitted; otherwise every reason for refusal. */
  public List<String> refusals(ProductDescriptor descriptor) {
    if (descriptor == null) return List.of("descriptor() returned null");
    List<String> reasons = new ArrayList<>(descriptor.problems());
    if (descriptor.spiVersions() != null && !descriptor.spiVersions().includes(hostSpi)) {
      reasons.add("needs SPI " + descriptor.spiVersions() + " but the platform provides " + hostSpi);
    }
    return reasons;
  }
}
