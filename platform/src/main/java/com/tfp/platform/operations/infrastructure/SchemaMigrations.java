package com.tfp.platform.operations.infrastructure;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings the database schema to the version this build expects (Liquibase, {@code db/changelog.xml}) on Derby and
 * PostgreSQL alike. It observes {@link Startup} before every other observer and runs synchronously: the application
 * takes no request and no start-up work touches JPA until the tables are there. A database made by an earlier build
 * (tables created by EclipseLink) is adopted by the baseline, whose change sets are marked ran where the table exists.
 */
@ApplicationScoped
public class SchemaMigrations {

  static final String CHANGELOG = "db/changelog.xml";
  private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

  @Resource(lookup = "jdbc/tfp")
  DataSource dataSource;

  void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) Startup event) {
    long started = System.nanoTime();
    try (Connection c = dataSource.getConnection()) {
      migrate(c);
    } catch (Exception e) {
      throw new IllegalStateException("the database schema could not be migrated", e);
    }
    LOG.info("database schema up to date in " + (System.nanoTime() - started) / 1_000_000 + " ms");
  }

  /** Runs the change sets not yet ran on this connection's database, and leaves the connection in auto-commit (public for the tests of features that need the real schema). */
  public static void migrate(Connection c) throws Exception {
    Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
    // no analytics: Liquibase OSS otherwise calls its vendor's endpoint on every update — a bank's server does not
    // phone home, and without a network the call's time-out lengthens every start
    Map<String, Object> settings = Map.of(
        Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(SchemaMigrations.class.getClassLoader()),
        "liquibase.analytics.enabled", false,
        "liquibase.showBanner", false);
    Scope.child(settings,
        () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
            .execute());
    // Liquibase commits its own work but leaves auto-commit off; closed so, Liberty's local transaction would roll
    // back (and report) on the connection at the end of start-up
    c.setAutoCommit(true);
  }
}
