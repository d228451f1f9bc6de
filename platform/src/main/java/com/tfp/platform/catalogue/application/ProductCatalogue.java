package com.tfp.platform.catalogue.application;

import com.tfp.platform.catalogue.domain.InstalledProduct;
import com.tfp.platform.catalogue.domain.ProductStatus;
import com.tfp.platform.shared.ConflictException;
import com.tfp.platform.shared.NotFoundException;
import com.tfp.spi.LocalizedText;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The installed products of the running platform. Wraps the {@link PluginHost} and watches the plug-ins directory
 * (server variable {@code tfp.plugins.dir}, by default {@code plugins/} in the server's output directory) every
 * {@code tfp.plugins.scanMillis} milliseconds, so a dropped jar goes live without a restart.
 */
@ApplicationScoped
public class ProductCatalogue {

  private static final Logger LOG = Logger.getLogger(ProductCatalogue.class.getName());

  @Inject
  @ConfigProperty(name = "tfp.plugins.dir", defaultValue = "plugins")
  String pluginsDir;

  @Inject
  @ConfigProperty(name = "tfp.plugins.scanMillis", defaultValue = "500")
  long scanMillis;

  @Resource ManagedScheduledExecutorService scheduler;

  private PluginHost host;
  private ScheduledFuture<?> watcher;

  @PostConstruct
  void start() {
    Path dir = Path.of(pluginsDir).toAbsolutePath().normalize();
    host = new PluginHost(dir, dir.resolveSibling(dir.getFileName() + "-cache"), ProductCatalogue.class.getClassLoader());
    host.scan();
    watcher = scheduler.scheduleWithFixedDelay(this::scanQuietly, scanMillis, scanMillis, TimeUnit.MILLISECONDS);
    LOG.info("product catalogue watching " + dir + " every " + scanMillis + " ms");
  }

  @PreDestroy
  void stop() {
    if (watcher != null) watcher.cancel(false);
    if (host != null) host.close();
  }

  private void scanQuietly() {
    try {
      host.scan();
    } catch (RuntimeException e) {
      // the watcher must survive whatever a jar does; the jar itself ends up quarantined
      LOG.log(Level.WARNING, "plug-in scan failed", e);
    }
  }

  public Path directory() {
    return host.directory();
  }

  /** Everything installed: active, superseded and quarantined. */
  public List<InstalledProduct> products() {
    return host.catalogue();
  }

  /**
   * The active plug-in of a product id.
   *
   * @throws NotFoundException when no plug-in has that id
   * @throws ConflictException when the product is installed but quarantined
   */
  public InstalledProduct active(String productId) {
    return host.active(productId).orElseThrow(() -> host.catalogue().stream()
        .filter(p -> productId.equals(p.id()) && p.status() == ProductStatus.QUARANTINED)
        .findFirst()
        .<RuntimeException>map(p -> new ConflictException(LocalizedText.of("产品 %s 已隔离：%s", "product %s is quarantined: %s")
            .formatted(productId, p.reason())))
        .orElseGet(() -> new NotFoundException(LocalizedText.of("未知产品 %s", "unknown product %s").formatted(productId))));
  }

  /** Takes a misbehaving plug-in out of service (see {@link PluginHost#quarantine}). */
  public void quarantine(InstalledProduct product, String reason) {
    host.quarantine(product, reason);
  }
}
