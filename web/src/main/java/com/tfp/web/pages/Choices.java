package com.tfp.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The pick lists the forms share: countries (ISO 3166 alpha-2, the codes the facts schema accepts) and currencies
 * (ISO 4217), each labelled in the reader's language.
 */
@Named("choices")
@ApplicationScoped
public class Choices {

  private static final List<String> COUNTRIES = Stream.of(Locale.getISOCountries()).sorted().toList();
  /** Trade currencies first, then every other ISO currency. */
  private static final List<String> FIRST_CURRENCIES = List.of("CNY", "USD", "EUR", "JPY", "HKD", "GBP");

  public List<SelectItem> countries(Locale locale) {
    return COUNTRIES.stream()
        .map(code -> new SelectItem(code, code + " · " + new Locale("", code).getDisplayCountry(locale)))
        .toList();
  }

  public List<SelectItem> currencies(Locale locale) {
    Stream<String> others = Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode)
        .filter(c -> !FIRST_CURRENCIES.contains(c)).sorted(Comparator.naturalOrder());
    return Stream.concat(FIRST_CURRENCIES.stream(), others)
        .map(code -> new SelectItem(code, code + " · " + Currency.getInstance(code).getDisplayName(locale)))
        .toList();
  }
}
