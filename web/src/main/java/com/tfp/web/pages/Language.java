package com.tfp.web.pages;

import com.tfp.spi.LocalizedText;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language a member of staff works in, zh-CN (the bank's) or English, kept in the session and switched from the
 * header of every page. Page labels come from the resource bundles; what a plug-in says (names, facts, findings,
 * steps) comes from its own bilingual texts through {@link #of}.
 */
@Named("language")
@SessionScoped
public class Language implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  public static final Locale ENGLISH = Locale.ENGLISH;

  private Locale locale = CHINESE;

  public Locale getLocale() {
    return locale;
  }

  public boolean isEnglish() {
    return locale.equals(ENGLISH);
  }

  /** Switches the session's language ({@code en}, or zh-CN for anything else) and re-renders the same page. */
  public void switchTo(String language) {
    locale = "en".equals(language) ? ENGLISH : CHINESE;
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null && faces.getViewRoot() != null) faces.getViewRoot().setLocale(locale);
  }

  /** A plug-in's or the platform's bilingual text in the session's language. */
  public String of(LocalizedText text) {
    return text == null ? "" : text.in(locale);
  }

  /** A page label of the bundle ({@code messages_*.properties}) in the session's language. */
  public String text(String key) {
    return java.util.ResourceBundle.getBundle(ConditionText.BUNDLE, locale).getString(key);
  }

  /** A page message kept across requests in both languages, in the session's language. */
  public String ofMessage(PageMessage message) {
    return message == null ? "" : message.in(locale);
  }
}
