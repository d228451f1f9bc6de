package com.tfp.platform.shared;

import com.tfp.spi.LocalizedText;

/**
 * The input is well-formed but a business rule refuses it (an evaluation that REJECTs, an amount above the evaluated
 * maximum, an approval with unacknowledged REFER findings). Mapped to 422; the text cites the rule's source.
 */
public class RuleViolationException extends RuntimeException {
  private final transient LocalizedText text;

  public RuleViolationException(LocalizedText text) {
    super(text.en());
    this.text = text;
  }

  public LocalizedText text() {
    return text;
  }
}
