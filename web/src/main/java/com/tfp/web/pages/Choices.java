package com.tfp.web.pages;

import com.tfp.platform.deal.domain.TradeDocument;
import com.tfp.spi.ProductDescriptor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;

/**
 * The pick lists the forms share: countries (ISO 3166 alpha-2, the codes the facts schema accepts) and currencies
 * (ISO 4217), and the document types of an application, each labelled in the reader's language.
 */
@Named("choices")
@ApplicationScoped
public class Choices {

  private static final List<String> COUNTRIES = Stream.of(Locale.getISOCountries()).sorted().toList();
  /** Trade currencies first, then every other ISO currency. */
  private static final List<String> FIRST_CURRENCIES = List.of("CNY", "USD", "EUR", "JPY", "HKD", "GBP");
  /** Trade documents most deals carry too (000 §3, §11), offered after those the double-financing check keys on (X2). */
  private static final List<String> OTHER_TRADE_DOCUMENTS = List.of("CONTRACT", "PACKING_LIST", "CUSTOMS_DECLARATION");

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

  /** The document types offered at an application's rows: the product's required documents, then the trade documents. */
  public List<SelectItem> documentTypes(ProductDescriptor product, Locale locale) {
    ResourceBundle msg = ResourceBundle.getBundle(ConditionText.BUNDLE, locale);
    Stream<SelectItem> required = product == null ? Stream.empty()
        : product.documents().stream().map(d -> new SelectItem(d.code(), d.name().in(locale)));
    Stream<String> trade = Stream.concat(TradeDocument.FINANCEABLE.stream().sorted(), OTHER_TRADE_DOCUMENTS.stream());
    return Stream.concat(required, trade.map(t -> new SelectItem(t, msg.getString("tradeDoc." + t)))).toList();
  }
}
