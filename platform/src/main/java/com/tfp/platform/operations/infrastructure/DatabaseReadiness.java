package com.tfp.platform.operations.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the platform's database answers a query on its own tables within two seconds. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Resource(lookup = "jdbc/tfp")
  DataSource dataSource;

  /** What the probe found: the database's product name, or the kind of failure (never its message: no auth here). */
  record Probe(boolean up, String detail) {}

  @Override
  public HealthCheckResponse call() {
    Probe p = probe(dataSource);
    return HealthCheckResponse.named("database").status(p.up()).withData(p.up() ? "product" : "error", p.detail()).build();
  }

  static Probe probe(DataSource dataSource) {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.setQueryTimeout(2);
      try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM BUSINESS_DATE")) {
        r.next();
      }
      return new Probe(true, c.getMetaData().getDatabaseProductName());
    } catch (SQLException | RuntimeException e) {
      return new Probe(false, e.getClass().getSimpleName());
    }
  }
}
