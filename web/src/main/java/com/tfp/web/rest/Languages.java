package com.tfp.web.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language of an answer: the first of zh / en the caller accepts; zh-CN when it names neither (API.md). */
public final class Languages {

  public static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;

  private Languages() {}

  public static Locale of(HttpHeaders headers) {
    return headers == null ? DEFAULT : of(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
  }

  /** From an {@code Accept-Language} header value (any interface: REST, SOAP over HTTP). */
  public static Locale of(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) return DEFAULT;
    try {
      for (Locale.LanguageRange r : Locale.LanguageRange.parse(acceptLanguage)) {
        if (r.getRange().startsWith("en")) return Locale.ENGLISH;
        if (r.getRange().startsWith("zh")) return DEFAULT;
      }
    } catch (IllegalArgumentException malformedHeader) {
      // an unreadable Accept-Language falls back to the default rather than failing the request
    }
    return DEFAULT;
  }
}
