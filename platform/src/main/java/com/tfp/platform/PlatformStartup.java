package com.tfp.platform;

import com.tfp.platform.catalogue.application.ProductCatalogue;
import com.tfp.platform.reference.application.ReferenceData;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts what must run from the first moment — the plug-in watcher — and loads reference data in the background,
 * so the server answers its first request without waiting for the database.
 */
@ApplicationScoped
public class PlatformStartup {

  private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

  @Inject ProductCatalogue catalogue;
  @Inject ReferenceData reference;
  @Resource ManagedExecutorService executor;

  void onStart(@Observes Startup event) {
    LOG.info("platform started with " + catalogue.products().size() + " product plug-ins; plug-ins directory " + catalogue.directory());
    executor.submit(() -> {
      try {
        reference.warmUp();
      } catch (RuntimeException e) {
        // the first evaluation retries and reports the problem to its caller
        LOG.log(Level.WARNING, "reference data could not be loaded at start-up", e);
      }
    });
  }
}
