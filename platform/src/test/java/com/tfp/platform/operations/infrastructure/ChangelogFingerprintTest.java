package com.tfp.platform.operations.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11: the fingerprint that lets a start skip Liquibase covers every file the changelog includes. */
class ChangelogFingerprintTest {

  @TempDir Path dir;

  @Test
  void theShippedChangelogHasAFingerprint() {
    Optional<String> fingerprint = ChangelogFingerprint.of(getClass().getClassLoader(), LiquibaseChangelog.CHANGELOG);
    assertTrue(fingerprint.orElse("").matches("[0-9a-f]{64}"), fingerprint.toString());
  }

  @Test
  void aChangeInAnIncludedFileChangesTheFingerprint() throws Exception {
    write("db/changelog.xml", "<databaseChangeLog>\n  <include file=\"changes/a.xml\" relativeToChangelogFile=\"true\"/>\n</databaseChangeLog>");
    write("db/changes/a.xml", "<databaseChangeLog><changeSet id=\"a\"/></databaseChangeLog>");
    Optional<String> before = fingerprint();
    write("db/changes/a.xml", "<databaseChangeLog><changeSet id=\"a\"/><changeSet id=\"b\"/></databaseChangeLog>");
    assertTrue(before.isPresent());
    assertNotEquals(before, fingerprint());
  }

  @Test
  void anIncludeItCannotFollowGivesNoFingerprintSoLiquibaseAlwaysRuns() throws Exception {
    write("db/changelog.xml", "<databaseChangeLog><includeAll path=\"changes/\"/></databaseChangeLog>");
    assertEquals(Optional.empty(), fingerprint());
    write("db/changelog.xml", "<databaseChangeLog><include file=\"db/changes/a.xml\"/></databaseChangeLog>");
    assertEquals(Optional.empty(), fingerprint());
    write("db/changelog.xml", "<databaseChangeLog><include file=\"missing.xml\" relativeToChangelogFile=\"true\"/></databaseChangeLog>");
    assertEquals(Optional.empty(), fingerprint());
  }

  private Optional<String> fingerprint() throws Exception {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
      return ChangelogFingerprint.of(loader, "db/changelog.xml");
    }
  }

  private void write(String path, String text) throws Exception {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
