package com.tfp.web.rest.dto;

import java.util.List;

/** An RFC 9457 problem with field-level errors. */
public record ProblemView(String type, String title, int status, String detail, List<FieldErrorView> errors) {

  public record FieldErrorView(String field, String message) {}
}
