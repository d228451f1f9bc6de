package com.tfp.platform.operations.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.sql.SQLNonTransientConnectionException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Issue 11: readiness turns DOWN when the database is gone, naming the kind of failure and nothing more. */
class DatabaseReadinessTest {

  @Test
  void aDatabaseThatCannotBeReachedIsDown() {
    DataSource gone = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
        (proxy, method, args) -> {
          throw new SQLNonTransientConnectionException("Database 'tfp' not found.");
        });
    assertEquals(new DatabaseReadiness.Probe(false, "SQLNonTransientConnectionException"), DatabaseReadiness.probe(gone));
  }
}
