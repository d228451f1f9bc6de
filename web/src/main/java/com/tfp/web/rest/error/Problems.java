package com.tfp.web.rest.error;

import com.tfp.spi.LocalizedText;
import com.tfp.web.rest.dto.ProblemView;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds {@code application/problem+json} responses (RFC 9457). */
final class Problems {

  static final String MEDIA_TYPE = "application/problem+json";

  private Problems() {}

  static Response of(int status, LocalizedText title, String detail, List<ProblemView.FieldErrorView> errors, java.util.Locale locale) {
    return of(status, title, detail, null, errors, locale);
  }

  static Response of(int status, LocalizedText title, String detail, String instance, List<ProblemView.FieldErrorView> errors,
      java.util.Locale locale) {
    return Response.status(status).type(MEDIA_TYPE)
        .entity(new ProblemView("about:blank", title.in(locale), status, detail, instance, errors)).build();
  }

  /** A problem with its own type URI, so a caller can tell it from others of the same status. */
  static Response.ResponseBuilder typed(String type, int status, LocalizedText title, String detail, String instance,
      java.util.Locale locale) {
    return Response.status(status).type(MEDIA_TYPE).entity(new ProblemView(type, title.in(locale), status, detail, instance, List.of()));
  }
}
