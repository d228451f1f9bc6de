package com.tfp.web.rest.error;

import com.tfp.platform.shared.ConcurrentUpdate;
import com.tfp.platform.shared.ConflictException;
import com.tfp.platform.shared.StaleVersionException;
import com.tfp.platform.shared.InvalidInputException;
import com.tfp.platform.shared.NotFoundException;
import com.tfp.spi.LocalizedText;
import com.tfp.web.rest.Languages;
import com.tfp.web.rest.dto.ProblemView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/**
 * The one exception-to-response mapping of the REST interface: field errors → 400, unknown → 404, state conflicts →
 * 409, JAX-RS's own errors (unknown path, wrong method or media type) keep their status; anything else is a 500
 * with a generic message and the cause in the log — never input's fault, so never the answer to bad input.
 *
 * <p>Every client error is one line of the {@link ClientErrorLog} (rate-limited, no stack trace); a server error is
 * logged once with its trace by the {@link ServerErrorLog}, and the answer's {@code instance} names its id. Errors
 * ({@code StackOverflowError} …) are mapped too: that is how a parser's overflow on deep JSON used to reach the log
 * at SEVERE; {@code BodyLimits} now refuses such bodies before any tree is built.
 */
@Provider
public class PlatformExceptionMapper implements ExceptionMapper<Throwable> {

  /** Problem types a caller can act on: one request the plug-in failed on; a product resting behind its breaker. */
  static final String EVALUATION_FAILED = "urn:tfp:problem:evaluation-failed";
  static final String PRODUCT_UNAVAILABLE = "urn:tfp:problem:product-unavailable";

  @Context HttpHeaders headers;
  @Context HttpServletRequest request;

  @Override
  public Response toResponse(Throwable t) {
    Response r = answer(t, Languages.of(headers));
    if (Response.Status.Family.familyOf(r.getStatus()) == Response.Status.Family.CLIENT_ERROR) {
      String field = r.getEntity() instanceof ProblemView p && !p.errors().isEmpty() ? p.errors().get(0).field() : null;
      ClientErrorLog.shared().record(r.getStatus(), method(), path(), field);
    }
    return r;
  }

  private Response answer(Throwable t, Locale locale) {
    if (t instanceof InvalidInputException e) {
      List<ProblemView.FieldErrorView> errors = e.errors().stream()
          .map(f -> new ProblemView.FieldErrorView(f.field(), f.message().in(locale))).toList();
      return Problems.of(400, LocalizedText.of("输入有误", "Invalid input"), null, errors, locale);
    }
    if (t instanceof NotFoundException e) {
      return Problems.of(404, LocalizedText.of("未找到", "Not found"), e.text().in(locale), List.of(), locale);
    }
    if (t instanceof com.tfp.platform.shared.ForbiddenException e) {
      return Problems.of(403, LocalizedText.of("无权操作", "Forbidden"), e.text().in(locale), List.of(), locale);
    }
    if (t instanceof com.tfp.platform.shared.RuleViolationException e) {
      return Problems.of(422, LocalizedText.of("业务规则不允许", "Refused by a business rule"), e.text().in(locale), List.of(), locale);
    }
    if (t instanceof com.tfp.platform.shared.EvaluationFailedException e) {
      return Problems.typed(EVALUATION_FAILED, 422, LocalizedText.of("产品无法评估此请求", "The product could not evaluate this request"),
          e.text().in(locale), ServerErrorLog.urn(e.errorId()), locale).build();
    }
    if (t instanceof com.tfp.platform.shared.ProductUnavailableException e) {
      return Problems.typed(PRODUCT_UNAVAILABLE, 503, LocalizedText.of("产品暂停服务", "Product temporarily unavailable"),
          e.text().in(locale), null, locale).header("Retry-After", e.retryAfterSeconds()).build();
    }
    if (t instanceof ConflictException e) {
      return Problems.of(409, LocalizedText.of("状态冲突", "Conflict"), e.text().in(locale), List.of(), locale);
    }
    if (t instanceof StaleVersionException e) {
      return Problems.of(412, LocalizedText.of("版本已过期", "Precondition failed"), e.text().in(locale), List.of(), locale);
    }
    if (ConcurrentUpdate.causedBy(t)) {
      // the client retries; one line in the client-error log, like every 409
      return Problems.of(409, LocalizedText.of("状态冲突", "Conflict"),
          LocalizedText.of("数据正被同时修改，请重试", "the data was being changed concurrently; retry").in(locale), List.of(), locale);
    }
    if (t instanceof WebApplicationException e) {
      int status = e.getResponse().getStatus();
      Response.Status.Family family = Response.Status.Family.familyOf(status);
      if (family == Response.Status.Family.CLIENT_ERROR) {
        return Problems.of(status, LocalizedText.of("请求无效", "Request not accepted"), clientError(status).in(locale), List.of(), locale);
      }
    }
    String id = ServerErrorLog.record(method() + " " + path(), t);
    return Problems.of(500, LocalizedText.of("内部错误", "Internal error"),
        LocalizedText.of("处理请求时发生内部错误，已记录，编号 %s", "an internal error occurred and was logged as %s").formatted(id).in(locale),
        ServerErrorLog.urn(id), List.of(), locale);
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

  private static LocalizedText clientError(int status) {
    return switch (status) {
      case 404 -> LocalizedText.of("没有这个资源", "no such resource");
      case 405 -> LocalizedText.of("该资源不支持此方法", "method not allowed on this resource");
      case 401 -> LocalizedText.of("需要身份认证", "authentication required");
      case 403 -> LocalizedText.of("当前用户的角色不允许此操作", "the user's roles do not allow this");
      case 406 -> LocalizedText.of("只能返回 application/json", "only application/json can be returned");
      case 415 -> LocalizedText.of("Content-Type 须为 application/json", "Content-Type must be application/json");
      default -> LocalizedText.of("请求无效（HTTP %s）", "request not accepted (HTTP %s)").formatted(status);
    };
  }
}
