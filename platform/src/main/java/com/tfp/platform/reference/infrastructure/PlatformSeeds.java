package com.tfp.platform.reference.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Loads the seeds once per start, before anything reads them: reference data always, demo data (customers, lines,
 * users) only with the default demo setup ({@code tfp.demo.setup}, true unless the bank turns it off).
 */
@ApplicationScoped
public class PlatformSeeds {

  @Inject SeedLoader loader;

  private volatile boolean loaded;

  public void ensureLoaded() {
    if (loaded) return;
    synchronized (this) {
      if (loaded) return;
      loader.loadReferenceData();
      loader.loadDemoData();
      loaded = true;
    }
  }
}
