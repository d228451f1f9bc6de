package com.tfp.platform.operations.infrastructure;

import com.tfp.platform.deal.domain.ApplicationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Deal counts per status ({@code tfp_deals}) and line occupation and limits per currency ({@code tfp_line_occupied},
 * {@code tfp_line_limit}) for {@code /metrics}. Read from the database at most every five seconds, however often the
 * endpoint is scraped.
 */
@ApplicationScoped
public class PortfolioGauges {

  private static final long REFRESH_NANOS = 5_000_000_000L;
  private static final Metadata DEALS = Metadata.builder().withName("tfp.deals").withDescription("Deals per status").build();
  private static final Metadata OCCUPIED = Metadata.builder().withName("tfp.line.occupied")
      .withDescription("Sum of occupied amounts of credit lines per currency").build();
  private static final Metadata LIMIT = Metadata.builder().withName("tfp.line.limit")
      .withDescription("Sum of limits of credit lines per currency").build();

  private record Figures(long readAt, Map<String, Long> deals, Map<String, BigDecimal[]> lines) {}

  @PersistenceContext(unitName = "tfp")
  EntityManager em;

  @Inject MetricRegistry registry;
  @Inject PortfolioGauges self;

  private volatile Figures figures = new Figures(Long.MIN_VALUE / 2, Map.of(), Map.of());
  private final Set<String> currencies = ConcurrentHashMap.newKeySet();

  void onStart(@Observes Startup event) {
    for (ApplicationStatus s : ApplicationStatus.values()) {
      registry.gauge(DEALS, this, g -> g.current().deals().getOrDefault(s.name(), 0L), new Tag("status", s.name()));
    }
  }

  private Figures current() {
    Figures f = figures;
    if (System.nanoTime() - f.readAt() > REFRESH_NANOS) {
      try {
        f = self.read();
        figures = f;
        f.lines().keySet().forEach(this::registerCurrency);
      } catch (RuntimeException e) {
        // the database is away: the gauges keep their last figures, readiness says why
      }
    }
    return f;
  }

  private void registerCurrency(String currency) {
    if (!currencies.add(currency)) return;
    registry.gauge(OCCUPIED, this, g -> g.current().lines().getOrDefault(currency, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO})[0],
        new Tag("currency", currency));
    registry.gauge(LIMIT, this, g -> g.current().lines().getOrDefault(currency, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO})[1],
        new Tag("currency", currency));
  }

  @Transactional
  Figures read() {
    Map<String, Long> deals = new HashMap<>();
    for (Object[] row : em.createQuery("SELECT a.status, COUNT(a) FROM Application a GROUP BY a.status", Object[].class).getResultList()) {
      deals.put(row[0].toString(), (Long) row[1]);
    }
    Map<String, BigDecimal[]> lines = new HashMap<>();
    List<Object[]> rows = em.createQuery("SELECT l.currency, SUM(l.occupied), SUM(l.limitAmount) FROM CreditLine l GROUP BY l.currency",
        Object[].class).getResultList();
    for (Object[] row : rows) lines.put((String) row[0], new BigDecimal[] {(BigDecimal) row[1], (BigDecimal) row[2]});
    return new Figures(System.nanoTime(), deals, lines);
  }
}
