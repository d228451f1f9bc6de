package com.tfp.platform.operations.infrastructure;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Brings the database schema to the version this build expects (Liquibase, {@code db/changelog.xml}) on Derby and
 * PostgreSQL alike. It observes {@link Startup} before every other observer and runs synchronously: the application
 * takes no request and no start-up work touches JPA until the tables are there. A database made by an earlier build
 * (tables created by EclipseLink) is adopted by the baseline, whose change sets are marked ran where the table exists.
 *
 * <p>After a successful update the changelog's fingerprint is recorded ({@code TFP_SCHEMA_FINGERPRINT}); a start whose
 * changelog has the recorded fingerprint skips Liquibase, which costs about 2 s of every start on 2 cores (issue 11).
 * Deleting the row makes the next start run Liquibase (and its checks of ran change sets) again.
 */
@ApplicationScoped
public class SchemaMigrations {

  private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

  @Resource(lookup = "jdbc/tfp")
  DataSource dataSource;

  void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) Startup event) {
    long started = System.nanoTime();
    boolean migrated;
    try (Connection c = dataSource.getConnection()) {
      migrated = bringUpToDate(c);
    } catch (Exception e) {
      throw new IllegalStateException("the database schema could not be migrated", e);
    }
    LOG.info("database schema up to date in " + (System.nanoTime() - started) / 1_000_000 + " ms"
        + (migrated ? " (Liquibase update)" : " (changelog unchanged since the last update: Liquibase not run)"));
  }

  /**
   * Runs Liquibase unless the database recorded this changelog's fingerprint; true when it ran. Public for the tests of
   * features that need the real schema.
   */
  public static boolean bringUpToDate(Connection c) throws Exception {
    Optional<String> fingerprint = ChangelogFingerprint.of(SchemaMigrations.class.getClassLoader(), LiquibaseChangelog.CHANGELOG);
    if (fingerprint.isPresent() && fingerprint.get().equals(recorded(c))) return false;
    LiquibaseChangelog.update(c);
    if (fingerprint.isPresent()) record(c, fingerprint.get());
    return true;
  }

  /** The recorded fingerprint; null before the first update that made its table. */
  private static String recorded(Connection c) {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT FINGERPRINT FROM TFP_SCHEMA_FINGERPRINT")) {
      return rs.next() ? rs.getString(1) : null;
    } catch (SQLException noTableYet) {
      return null;
    }
  }

  private static void record(Connection c, String fingerprint) throws SQLException {
    c.setAutoCommit(false);
    try (Statement clear = c.createStatement();
        PreparedStatement insert = c.prepareStatement(
            "INSERT INTO TFP_SCHEMA_FINGERPRINT (FINGERPRINT, RECORDEDAT) VALUES (?, CURRENT_TIMESTAMP)")) {
      clear.executeUpdate("DELETE FROM TFP_SCHEMA_FINGERPRINT");
      insert.setString(1, fingerprint);
      insert.executeUpdate();
      c.commit();
    } catch (SQLException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }
}
