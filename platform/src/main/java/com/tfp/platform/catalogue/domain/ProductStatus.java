package com.tfp.platform.catalogue.domain;

/** Where an installed product stands in the catalogue. */
public enum ProductStatus {
  /** Serves evaluations: the highest admitted version of its id. */
  ACTIVE,
  /** Admitted, but a higher version of the same id is active. */
  SUPERSEDED,
  /** Refused or taken out of service; the reason says why. Other products keep working. */
  QUARANTINED
}
