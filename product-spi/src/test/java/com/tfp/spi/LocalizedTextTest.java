package com.tfp.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link LocalizedText#formatted} gives exactly what {@code String.format(Locale.ROOT, …)} gives (issue 11). */
class LocalizedTextTest {

  @Test
  void placeholdersAndPercentSignsAsTheFormatterWritesThem() {
    same("汇票金额 %s 的90%%", "90%% of the draft amount %s", new BigDecimal("90000.00").toPlainString());
    same("邮程 %s 天（%s）", "%s days of mailing (%s)", 18, null);
    same("须为 %s 之一", "must be one of %s", List.of("LC_SIGHT", "DP"));
    same("无占位符 100%%", "no placeholder", "unused");
    same("%s%s", "%s-%s", "a", "b");
  }

  @Test
  void anyOtherConversionOrAMissingArgumentIsTheFormattersBusiness() {
    same("%d 天", "%d days", 18);
    same("%.2f", "%5s|%n", 1.5);
    same("尾随 %", "trailing %");
    org.junit.jupiter.api.Assertions.assertThrows(java.util.MissingFormatArgumentException.class,
        () -> LocalizedText.of("%s %s", "%s").formatted("only one"));
  }

  private static void same(String zh, String en, Object... args) {
    LocalizedText expected;
    try {
      expected = new LocalizedText(String.format(Locale.ROOT, zh, args), String.format(Locale.ROOT, en, args));
    } catch (java.util.IllegalFormatException e) {
      org.junit.jupiter.api.Assertions.assertThrows(e.getClass(), () -> LocalizedText.of(zh, en).formatted(args));
      return;
    }
    assertEquals(expected, LocalizedText.of(zh, en).formatted(args));
  }
}
