package com.tfp.spi;

import java.util.Locale;
import java.util.Objects;

/**
 * A text in the platform's two working languages. Every label, help text, finding and step a plug-in produces is
 * bilingual, so that the pages, the API (by {@code Accept-Language}) and SOAP can show it without translation code.
 */
public record LocalizedText(String zh, String en) {

  public LocalizedText {
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
  }

  public static LocalizedText of(String zh, String en) {
    return new LocalizedText(zh, en);
  }

  /** English for any English locale, Chinese otherwise: zh-CN is the bank's default language. */
  public String in(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
  }

  /** Fills {@code %s} placeholders in both languages; numbers should be passed already formatted. */
  public LocalizedText formatted(Object... args) {
    return new LocalizedText(String.format(Locale.ROOT, zh, args), String.format(Locale.ROOT, en, args));
  }

  public boolean isComplete() {
    return !zh.isBlank() && !en.isBlank();
  }
}
