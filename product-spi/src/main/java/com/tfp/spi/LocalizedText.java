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
    return new LocalizedText(format(zh, args), format(en, args));
  }

  /**
   * {@code String.format(Locale.ROOT, template, args)} for the templates plug-ins write — {@code %s} and {@code %%} —
   * without a {@link java.util.Formatter} (a regular expression over the template and a buffer per call: measurable in
   * every evaluation, issue 11); any other conversion, or a {@link java.util.Formattable} argument, takes the
   * Formatter's way.
   */
  private static String format(String template, Object[] args) {
    StringBuilder out = new StringBuilder(template.length() + 16 * args.length);
    int next = 0;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c != '%') {
        out.append(c);
        continue;
      }
      char conversion = i + 1 < template.length() ? template.charAt(i + 1) : 0;
      if (conversion == '%') {
        out.append('%');
      } else if (conversion == 's' && next < args.length && !(args[next] instanceof java.util.Formattable)) {
        out.append(args[next++]);
      } else {
        return String.format(Locale.ROOT, template, args);
      }
      i++;
    }
    return out.toString();
  }

  public boolean isComplete() {
    return !zh.isBlank() && !en.isBlank();
  }
}
