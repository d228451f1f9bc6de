package com.tfp.platform.shared;

import com.tfp.spi.LocalizedText;

/**
 * A product's plug-in could not evaluate this request: it threw, overran its time budget or answered something the
 * platform does not pass on. Only this request fails (422, typed, with an id that finds the log line); the failure
 * counts towards the product's breaker, and the product keeps serving other requests.
 */
public class EvaluationFailedException extends RuntimeException {

  /** What went wrong, as the answer names it. */
  public enum Kind { THREW, OVERRAN, INCONSISTENT }

  private final transient LocalizedText text;
  private final Kind kind;
  private final String errorId;

  public EvaluationFailedException(LocalizedText text, Kind kind, String errorId) {
    super(text.en(), null, false, false);
    this.text = text;
    this.kind = kind;
    this.errorId = errorId;
  }

  public LocalizedText text() {
    return text;
  }

  public Kind kind() {
    return kind;
  }

  public String errorId() {
    return errorId;
  }
}
