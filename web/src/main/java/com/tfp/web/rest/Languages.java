package com.tfp.web.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language of an answer: the first of zh / en the caller accepts; zh-CN when it names neither (API.md). */
public final class Languages {

  public static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;

  private Languages() {}

  public static Locale of(HttpHeaders headers) {
    if (headers == null) return DEFAULT;
    try {
      for (Locale l : headers.getAcceptableLanguages()) {
        if ("en".equals(l.getLanguage())) return Locale.ENGLISH;
        if ("zh".equals(l.getLanguage())) return DEFAULT;
      }
    } catch (RuntimeException malformedHeader) {
      // an unreadable Accept-Language falls back to the default rather than failing the request
    }
    return DEFAULT;
  }
}
