package com.tfp.web.pages;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the platform's field error points on the form: {@code facts.invoiceAmount} is a fact,
 * {@code facts.contracts[2].amount} the field of the third record of a list; {@code currency}, {@code valueDate},
 * {@code variant} and {@code product} are inputs of the deal itself.
 *
 * @param deal whether {@code name} is an input of the deal rather than a fact
 * @param name the fact, or the deal input
 * @param row the record's index in a list-of-records fact, or -1
 * @param field the record's field, or null for the whole record (or fact)
 */
public record FieldPath(boolean deal, String name, int row, String field) {

  private static final Pattern FACT = Pattern.compile("facts\\.([A-Za-z0-9]+)(?:\\[(\\d{1,4})\\](?:\\.([A-Za-z0-9]+))?)?");
  private static final Pattern DEAL = Pattern.compile("product|variant|currency|valueDate|customerId");

  /** The place of a platform field error; empty when it points at nothing on the form (the error shows on top). */
  public static Optional<FieldPath> parse(String path) {
    if (path == null) return Optional.empty();
    Matcher m = FACT.matcher(path);
    if (m.matches()) {
      return Optional.of(new FieldPath(false, m.group(1), m.group(2) == null ? -1 : Integer.parseInt(m.group(2)), m.group(3)));
    }
    return DEAL.matcher(path).matches() ? Optional.of(new FieldPath(true, path, -1, null)) : Optional.empty();
  }
}
