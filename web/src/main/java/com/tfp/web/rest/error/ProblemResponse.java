package com.tfp.web.rest.error;

import com.tfp.web.rest.JsonText;
import com.tfp.web.rest.dto.ProblemView;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * A problem+json answer written straight to the servlet response, for the places that answer outside JAX-RS (the
 * authentication mechanism, the body-size filter, the evaluation servlet) — the same JSON as
 * {@link PlatformExceptionMapper}'s.
 */
public final class ProblemResponse {

  private ProblemResponse() {}

  public static void write(HttpServletResponse response, int status, String title, String detail,
      List<ProblemView.FieldErrorView> errors) throws IOException {
    write(response, new RestProblem(new ProblemView("about:blank", title, status, detail, null, errors), null));
  }

  public static void write(HttpServletResponse response, RestProblem problem) throws IOException {
    response.setStatus(problem.status());
    response.setContentType(RestProblem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    if (problem.retryAfterSeconds() != null) response.setHeader("Retry-After", problem.retryAfterSeconds().toString());
    response.getWriter().write(JsonText.of(problem.view()));
  }
}
