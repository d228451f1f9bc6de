package com.tfp.spi.facts;

import java.util.List;
import java.util.stream.Collectors;

/** The facts of a request do not fit the product's schema; carries every field error at once. */
public class InvalidFactsException extends RuntimeException {
  private final transient List<FieldError> errors;

  public InvalidFactsException(List<FieldError> errors) {
    super(errors.stream().map(e -> e.field() + ": " + e.message().en()).collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
