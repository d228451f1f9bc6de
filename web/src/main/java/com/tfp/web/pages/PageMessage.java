package com.tfp.web.pages;

import com.tfp.spi.LocalizedText;
import java.io.Serializable;
import java.util.Locale;

/**
 * A message the page keeps between requests (a field error from the platform), in both languages so that the
 * language switch also changes it. Serializable, unlike the SPI's {@link LocalizedText}, because view state is.
 */
public record PageMessage(String zh, String en) implements Serializable {

  public static PageMessage of(LocalizedText text) {
    return new PageMessage(text.zh(), text.en());
  }

  public String in(Locale locale) {
    return LocalizedText.of(zh, en).in(locale);
  }
}
