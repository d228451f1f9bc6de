package com.tfp.platform.operations.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SHA-256 of the changelog this build ships: {@code db/changelog.xml} and every file it includes, in the order
 * Liquibase reads them. Equal to the one recorded after the last successful update, it proves the database already
 * has every change set, so the start need not load Liquibase (issue 11). Only the plain form of include is followed;
 * any other ({@code includeAll}, a path not relative to the changelog) gives no fingerprint, and Liquibase always runs.
 */
final class ChangelogFingerprint {

  private static final Pattern INCLUDE = Pattern.compile("<include\\b[^>]*>");
  private static final Pattern PLAIN_INCLUDE =
      Pattern.compile("<include\\s+file=\"([^\"]+)\"\\s+relativeToChangelogFile=\"true\"\\s*/>");

  private ChangelogFingerprint() {}

  static Optional<String> of(ClassLoader loader, String changelog) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return add(loader, changelog, sha) ? Optional.of(HexFormat.of().formatHex(sha.digest())) : Optional.empty();
    } catch (IOException | NoSuchAlgorithmException e) {
      return Optional.empty();
    }
  }

  private static boolean add(ClassLoader loader, String path, MessageDigest sha) throws IOException {
    String text;
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) return false;
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    sha.update((path + '\n').getBytes(StandardCharsets.UTF_8));
    sha.update(text.getBytes(StandardCharsets.UTF_8));
    if (text.contains("<includeAll")) return false;
    String folder = path.substring(0, path.lastIndexOf('/') + 1);
    Matcher include = INCLUDE.matcher(text);
    while (include.find()) {
      Matcher plain = PLAIN_INCLUDE.matcher(include.group());
      if (!plain.matches() || !add(loader, folder + plain.group(1), sha)) return false;
    }
    return true;
  }
}
