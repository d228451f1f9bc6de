package com.tfp.web.rest.error;

import com.tfp.web.rest.JsonText;
import com.tfp.web.rest.dto.ProblemView;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * A problem+json answer written straight to the servlet response, for the places that answer before JAX-RS runs (the
 * authentication mechanism, the body-size filter) — the same JSON as {@link PlatformExceptionMapper}'s.
 */
public final class ProblemResponse {

  private ProblemResponse() {}

  public static void write(HttpServletResponse response, int status, String title, String detail,
      List<ProblemView.FieldErrorView> errors) throws IOException {
    response.setStatus(status);
    response.setContentType(Problems.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(JsonText.of(new ProblemView("about:blank", title, status, detail, null, errors)));
  }
}
