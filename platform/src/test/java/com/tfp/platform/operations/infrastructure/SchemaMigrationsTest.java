package com.tfp.platform.operations.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

  /** Tables the change sets after the baseline add (db/changes/20261206-eod-chunks.xml: end of day's partitions and posting claims). */
  private static final java.util.Set<String> LATER = java.util.Set.of("EOD_PARTITION", "EOD_POSTING");

  @Test
  void aNewDatabaseGetsTheSchemaEclipseLinkMade() throws Exception {
    try (Connection migrated = database(); Connection earlier = database()) {
      SchemaMigrations.migrate(migrated);
      createAsEarlierBuild(earlier);
      Map<String, Object> schema = describe(migrated);
      assertTrue(schema.keySet().containsAll(LATER), schema.keySet().toString());
      schema.keySet().removeAll(LATER);
      assertEquals(describe(earlier), schema);
    }
  }

  @Test
  void aDatabaseOfAnEarlierBuildIsAdoptedUnchangedAndMigratingAgainChangesNothing() throws Exception {
    try (Connection c = database()) {
      createAsEarlierBuild(c);
      try (Statement s = c.createStatement()) {
        s.executeUpdate("INSERT INTO SEED_LOAD (SEED, LOADEDAT, ROW_COUNT) VALUES ('regions', CURRENT_TIMESTAMP, 3)");
      }
      Map<String, Object> before = describe(c);
      SchemaMigrations.migrate(c);
      Map<String, Object> after = describe(c);
      after.keySet().removeAll(LATER);
      assertEquals(before, after);
      assertEquals(List.of("MARK_RAN"), execTypes(c, true));
      assertEquals(List.of("EXECUTED"), execTypes(c, false));
      SchemaMigrations.migrate(c);
      assertEquals(List.of("MARK_RAN"), execTypes(c, true));
      assertEquals(List.of("EXECUTED"), execTypes(c, false));
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT ROW_COUNT FROM SEED_LOAD")) {
        assertTrue(rs.next());
        assertEquals(3, rs.getInt(1));
      }
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
  private static List<String> execTypes(Connection c, boolean baseline) throws SQLException {
    List<String> types = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT DISTINCT EXECTYPE FROM DATABASECHANGELOG WHERE ID " + (baseline ? "" : "NOT ") + "LIKE 'baseline-%'")) {
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
        if (table.startsWith("DATABASECHANGELOG")) continue;
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
