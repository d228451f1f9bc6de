package com.tfp.platform.operations.infrastructure;

import java.sql.Connection;
import java.util.Map;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Runs Liquibase's update with the platform's changelog. Its own class so that Liquibase's classes are loaded only
 * when a migration is needed, not at every start ({@link SchemaMigrations}).
 */
final class LiquibaseChangelog {

  static final String CHANGELOG = "db/changelog.xml";

  private LiquibaseChangelog() {}

  /** Runs the change sets not yet ran on this connection's database, and leaves the connection in auto-commit. */
  static void update(Connection c) throws Exception {
    Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
    // no analytics: Liquibase OSS otherwise calls its vendor's endpoint on every update — a bank's server does not
    // phone home, and without a network the call's time-out lengthens every start
    Map<String, Object> settings = Map.of(
        Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(LiquibaseChangelog.class.getClassLoader()),
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
