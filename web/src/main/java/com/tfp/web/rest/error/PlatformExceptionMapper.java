package com.tfp.web.rest.error;

import com.tfp.web.rest.Languages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's side of the {@link RestProblem} mapping. Errors ({@code StackOverflowError} …) are mapped too: that is how
 * a parser's overflow on deep JSON used to reach the log at SEVERE; {@code BodyLimits} now refuses such bodies before
 * any tree is built.
 */
@Provider
public class PlatformExceptionMapper implements ExceptionMapper<Throwable> {

  @Context HttpHeaders headers;
  @Context HttpServletRequest request;

  @Override
  public Response toResponse(Throwable t) {
    RestProblem p = RestProblem.of(t, Languages.of(headers), method(), path());
    Response.ResponseBuilder r = Response.status(p.status()).type(RestProblem.MEDIA_TYPE).entity(p.view());
    if (p.retryAfterSeconds() != null) r.header("Retry-After", p.retryAfterSeconds());
    return r.build();
  }

  private String method() {
    try {
      return request == null ? "-" : request.getMethod();
    } catch (RuntimeException outsideARequest) {
      return "-";
    }
  }

  private String path() {
    try {
      return request == null ? "-" : request.getRequestURI();
    } catch (RuntimeException outsideARequest) {
      return "-";
    }
  }
}
