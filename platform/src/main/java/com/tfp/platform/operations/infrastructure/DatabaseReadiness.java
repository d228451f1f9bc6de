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

  @Override
  public HealthCheckResponse call() {
    return check(dataSource);
  }

  static HealthCheckResponse check(DataSource dataSource) {
    var response = HealthCheckResponse.named("database");
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.setQueryTimeout(2);
      try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM BUSINESS_DATE")) {
        r.next();
      }
      return response.up().withData("product", c.getMetaData().getDatabaseProductName()).build();
    } catch (SQLException | RuntimeException e) {
      // the reason, not a stack trace: the endpoint is unauthenticated
      return response.down().withData("error", e.getClass().getSimpleName()).build();
    }
  }
}
