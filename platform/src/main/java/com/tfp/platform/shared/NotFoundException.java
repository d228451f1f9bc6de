package com.tfp.platform.shared;

import com.tfp.spi.LocalizedText;

/** Something asked for by id does not exist (an unknown product, customer, deal). */
public class NotFoundException extends RuntimeException {
  private final transient LocalizedText text;

  /** The request field that names what is unknown (a path segment such as {@code variant}), or null. */
  private final String field;

  public NotFoundException(LocalizedText text) {
    this(null, text);
  }

  public NotFoundException(String field, LocalizedText text) {
    super(text.en());
    this.field = field;
    this.text = text;
  }

  public String field() {
    return field;
  }

  public LocalizedText text() {
    return text;
  }
}
