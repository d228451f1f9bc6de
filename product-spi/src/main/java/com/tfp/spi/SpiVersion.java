package com.tfp.spi;

/** The version of this SPI. A plug-in declares the range it was built for; the host refuses plug-ins outside it. */
public final class SpiVersion {

  /** Raised in minor steps for additions (backwards compatible), in major steps for breaking changes. */
  public static final SemanticVersion CURRENT = SemanticVersion.parse("1.0.0");

  private SpiVersion() {}
}
