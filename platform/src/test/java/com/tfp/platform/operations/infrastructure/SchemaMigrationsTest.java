package com.tfp.platform.operations.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The Liquibase baseline on real (in-memory) Derby against the schema EclipseLink made before it (issue 14): a new
 * database gets exactly that schema, and a database of an earlier build is adopted unchanged.
 */
class SchemaMigrationsTest {

  /**
   * Tables the change sets after the baseline add (db/changes): not in the schema EclipseLink made — end of day's claim
   * per business date, the reference generation (issue 14 point 2), end of day's partitions and posting claims (point 3).
   */
  private static final List<String> AFTER_BASELINE = List.of("EOD_CLAIM", "REF_GENERATION", "EOD_PARTITION", "EOD_POSTING");

  /** Tables that change sets after the baseline add (db/changes/*.xml), with what they hold. */
  static final Map<String, java.util.Set<String>> LATER_TABLES = Map.of(
      // issue 16, four eyes on rule changes (RuleChange): as EclipseLink maps the entity
      "RULE_CHANGE", new TreeSet<>(List.of(
          "column DECIDEDAT TIMESTAMP(29,9) nullable=YES identity=NO default=null",
          "column DECIDEDBY VARCHAR(80,0) nullable=YES identity=NO default=null",
          "column DECISIONREASON VARCHAR(500,0) nullable=YES identity=NO default=null",
          "column ID BIGINT(19,0) nullable=NO identity=YES default=GENERATED_BY_DEFAULT",
          "column KIND VARCHAR(30,0) nullable=NO identity=NO default=null",
          "column NEWVALUE VARCHAR(500,0) nullable=YES identity=NO default=null",
          "column OLDVALUE VARCHAR(500,0) nullable=YES identity=NO default=null",
          "column PRODUCTID VARCHAR(40,0) nullable=YES identity=NO default=null",
          "column PROPOSEDAT TIMESTAMP(29,9) nullable=NO identity=NO default=null",
          "column PROPOSEDBY VARCHAR(80,0) nullable=NO identity=NO default=null",
          "column REASON VARCHAR(500,0) nullable=YES identity=NO default=null",
          "column STATUS VARCHAR(12,0) nullable=NO identity=NO default=null",
          "column SUBJECT VARCHAR(80,0) nullable=YES identity=NO default=null",
          "column TARGET VARCHAR(120,0) nullable=NO identity=NO default=null",
          "column VERSION BIGINT(19,0) nullable=YES identity=NO default=null",
          "primary key ID",
          "unique ID")));

  @Test
  void aNewDatabaseGetsTheSchemaEclipseLinkMadeAndTheLaterChanges() throws Exception {
    try (Connection migrated = database(); Connection earlier = database()) {
      LiquibaseChangelog.update(migrated);
      createAsEarlierBuild(earlier);
      Map<String, Object> schema = describe(migrated);
      // issue 14 point 2: end of day once per business date across servers — the date is the claim's primary key
      assertTrue(((java.util.Set<?>) schema.get("EOD_CLAIM")).contains("primary key BUSINESSDATE"), schema.get("EOD_CLAIM").toString());
      AFTER_BASELINE.forEach(schema::remove);
      Map<String, Object> expected = new TreeMap<>(describe(earlier));
      expected.putAll(LATER_TABLES);
      assertEquals(expected, schema);
    }
  }

  @Test
  void aDatabaseOfAnEarlierBuildIsAdoptedUnchangedGetsTheLaterChangesAndMigratingAgainChangesNothing() throws Exception {
    try (Connection c = database()) {
      createAsEarlierBuild(c);
      try (Statement s = c.createStatement()) {
        s.executeUpdate("INSERT INTO SEED_LOAD (SEED, LOADEDAT, ROW_COUNT) VALUES ('regions', CURRENT_TIMESTAMP, 3)");
      }
      Map<String, Object> before = new TreeMap<>(describe(c));
      before.putAll(LATER_TABLES);
      LiquibaseChangelog.update(c);
      Map<String, Object> after = describe(c);
      AFTER_BASELINE.forEach(after::remove);
      assertEquals(before, after, "the baseline's tables unchanged, the later change sets' added");
      assertEquals(List.of("EXECUTED", "MARK_RAN"), execTypes(c)); // the baseline marked ran, later change sets ran
      LiquibaseChangelog.update(c);
      assertEquals(List.of("EXECUTED", "MARK_RAN"), execTypes(c), "nothing runs twice");
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT ROW_COUNT FROM SEED_LOAD")) {
        assertTrue(rs.next());
        assertEquals(3, rs.getInt(1));
      }
    }
  }

  /** Issue 11: a start whose changelog is the one of the last update does not run Liquibase (about 2 s a start). */
  @Test
  void aStartWithTheChangelogOfTheLastUpdateSkipsLiquibaseAndAChangedOneRunsIt() throws Exception {
    try (Connection c = database()) {
      assertTrue(SchemaMigrations.bringUpToDate(c), "a new database is migrated");
      int ran = count(c, "SELECT COUNT(*) FROM DATABASECHANGELOG");
      assertFalse(SchemaMigrations.bringUpToDate(c), "same changelog: Liquibase not run");
      assertEquals(ran, count(c, "SELECT COUNT(*) FROM DATABASECHANGELOG"));
      try (Statement s = c.createStatement()) {
        s.executeUpdate("UPDATE TFP_SCHEMA_FINGERPRINT SET FINGERPRINT = 'recorded-by-an-earlier-build'");
      }
      assertTrue(SchemaMigrations.bringUpToDate(c), "another changelog: Liquibase runs (and finds nothing to do)");
      assertEquals(ran, count(c, "SELECT COUNT(*) FROM DATABASECHANGELOG"));
      assertEquals(1, count(c, "SELECT COUNT(*) FROM TFP_SCHEMA_FINGERPRINT"));
      assertFalse(SchemaMigrations.bringUpToDate(c), "the new fingerprint was recorded");
    }
  }

  private static int count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static Connection database() throws SQLException {
    return DriverManager.getConnection("jdbc:derby:memory:tfp-" + UUID.randomUUID() + ";create=true");
  }

  private static void createAsEarlierBuild(Connection c) throws Exception {
    String script;
    try (InputStream in = SchemaMigrationsTest.class.getResourceAsStream("/db/eclipselink-derby-schema.sql")) {
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try (Statement s = c.createStatement()) {
      for (String sql : script.replaceAll("(?m)^--.*$", "").split(";")) {
        if (!sql.isBlank()) s.execute(sql);
      }
    }
  }

  /** How the baseline's change sets ran ({@code baseline} true), or the later ones. */
  private static List<String> execTypes(Connection c) throws SQLException {
    List<String> types = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT DISTINCT EXECTYPE FROM DATABASECHANGELOG ORDER BY EXECTYPE")) {
      while (rs.next()) types.add(rs.getString(1));
    }
    return types;
  }

  /** Tables with their columns (type, size, nullability, identity, default), keys, unique indexes and foreign keys. */
  private static Map<String, Object> describe(Connection c) throws SQLException {
    DatabaseMetaData md = c.getMetaData();
    Map<String, Object> schema = new TreeMap<>();
    try (ResultSet t = md.getTables(null, "APP", null, new String[] {"TABLE"})) {
      while (t.next()) {
        String table = t.getString("TABLE_NAME");
        if (table.startsWith("DATABASECHANGELOG") || table.equals("TFP_SCHEMA_FINGERPRINT")) continue; // bookkeeping
        TreeSet<String> facts = new TreeSet<>();
        try (ResultSet col = md.getColumns(null, "APP", table, null)) {
          while (col.next()) {
            facts.add("column " + col.getString("COLUMN_NAME") + " " + col.getString("TYPE_NAME") + "(" + col.getInt("COLUMN_SIZE")
                + "," + col.getInt("DECIMAL_DIGITS") + ") nullable=" + col.getString("IS_NULLABLE") + " identity="
                + col.getString("IS_AUTOINCREMENT") + " default=" + col.getString("COLUMN_DEF"));
          }
        }
        try (ResultSet pk = md.getPrimaryKeys(null, "APP", table)) {
          while (pk.next()) facts.add("primary key " + pk.getString("COLUMN_NAME"));
        }
        try (ResultSet ix = md.getIndexInfo(null, "APP", table, true, false)) {
          while (ix.next()) if (ix.getString("COLUMN_NAME") != null) facts.add("unique " + ix.getString("COLUMN_NAME"));
        }
        try (ResultSet fk = md.getImportedKeys(null, "APP", table)) {
          while (fk.next()) {
            facts.add("foreign key " + fk.getString("FK_NAME") + " " + fk.getString("FKCOLUMN_NAME") + " -> "
                + fk.getString("PKTABLE_NAME") + "." + fk.getString("PKCOLUMN_NAME"));
          }
        }
        schema.put(table, facts);
      }
    }
    return schema;
  }
}
