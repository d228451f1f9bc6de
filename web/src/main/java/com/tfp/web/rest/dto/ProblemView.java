package com.tfp.web.rest.dto;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/**
 * An RFC 9457 problem with field-level errors; {@code instance} only on a server error: {@code urn:tfp:error:<id>},
 * the id under which the server logged it.
 */
public record ProblemView(String type, String title, int status, String detail, @JsonbNillable(false) String instance,
    List<FieldErrorView> errors) {

  public record FieldErrorView(String field, String message) {}
}
