package com.tfp.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the page sources must never contain, and that both languages have every label: checked on the Facelets files
 * themselves, so a regression fails the build, not a review.
 */
class PageSourcesTest {

  static final Path WEBAPP = Path.of("src/main/webapp");

  @Test
  void noOutputIsRenderedUnescaped() throws IOException {
    // nothing on these pages is trusted HTML: whatever a user typed, or a plug-in said, is escaped
    assertEquals(List.of(), filesContaining(Pattern.compile("escape\\s*=\\s*\"false\"")));
  }

  @Test
  void noViewIsTransient() throws IOException {
    // a transient view has no view state, and so no CSRF protection for its forms
    assertEquals(List.of(), filesContaining(Pattern.compile("transient\\s*=\\s*\"true\"")));
  }

  @Test
  void productionStage() throws IOException {
    String webXml = Files.readString(WEBAPP.resolve("WEB-INF/web.xml"));
    assertTrue(webXml.matches("(?s).*jakarta.faces.PROJECT_STAGE</param-name>\\s*<param-value>Production<.*"));
  }

  @Test
  void everyLabelTheFilesUseIsInBothLanguages() throws IOException {
    Properties zh = bundle("messages_zh_CN.properties");
    Properties en = bundle("messages_en.properties");
    assertEquals(new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
    Pattern key = Pattern.compile("msg\\['([a-zA-Z.]+)'\\]");
    List<String> missing = new ArrayList<>();
    for (Path page : pages()) {
      Matcher m = key.matcher(Files.readString(page));
      while (m.find()) {
        if (!m.group(1).endsWith(".") && !zh.containsKey(m.group(1))) missing.add(page.getFileName() + ": " + m.group(1));
      }
    }
    // the labels the pages build from a platform value ('decision.' += e.decision)
    for (Enum<?> v : List.<Enum<?>[]>of(com.tfp.spi.evaluation.Decision.values(), com.tfp.spi.evaluation.Severity.values(),
        com.tfp.spi.evaluation.LineOccupation.values(), com.tfp.platform.catalogue.domain.ProductStatus.values(),
        com.tfp.spi.facts.FactType.values()).stream().flatMap(Stream::of).toList()) {
      String prefix = switch (v.getDeclaringClass().getSimpleName()) {
        case "Decision" -> "decision.";
        case "Severity" -> "severity.";
        case "LineOccupation" -> "line.";
        case "ProductStatus" -> "status.";
        default -> "type.";
      };
      if (!zh.containsKey(prefix + v.name())) missing.add(prefix + v.name());
    }
    assertEquals(List.of(), missing);
    assertFalse(zh.isEmpty());
  }

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = PageSourcesTest.class.getResourceAsStream(name);
        var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
      p.load(reader);
    }
    return p;
  }

  private static List<Path> pages() throws IOException {
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      return files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList();
    }
  }

  private static List<String> filesContaining(Pattern pattern) throws IOException {
    List<String> found = new ArrayList<>();
    for (Path page : pages()) {
      if (pattern.matcher(Files.readString(page)).find()) found.add(page.toString());
    }
    return found;
  }
}
