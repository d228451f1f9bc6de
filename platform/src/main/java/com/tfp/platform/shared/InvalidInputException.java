package com.tfp.platform.shared;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.facts.FieldError;
import java.util.List;
import java.util.stream.Collectors;

/** The input breaks field rules; nothing was changed. Every interface maps it to its own field-level error form. */
public class InvalidInputException extends RuntimeException {
  private final transient List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(errors.stream().map(e -> e.field() + ": " + e.message().en()).collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  public static InvalidInputException of(String field, String zh, String en) {
    return new InvalidInputException(List.of(new FieldError(field, LocalizedText.of(zh, en))));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
