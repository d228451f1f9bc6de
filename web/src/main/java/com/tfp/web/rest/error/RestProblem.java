package com.tfp.web.rest.error;

import com.tfp.platform.eod.application.EodAlreadyRunningException;
import com.tfp.platform.shared.ConcurrentUpdate;
import com.tfp.platform.shared.ConflictException;
import com.tfp.platform.shared.EvaluationFailedException;
import com.tfp.platform.shared.ForbiddenException;
import com.tfp.platform.shared.InvalidInputException;
import com.tfp.platform.shared.NotFoundException;
import com.tfp.platform.shared.ProductUnavailableException;
import com.tfp.platform.shared.RuleViolationException;
import com.tfp.platform.shared.StaleVersionException;
import com.tfp.spi.LocalizedText;
import com.tfp.web.rest.dto.ProblemView;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Locale;

/**
 * The one exception-to-problem mapping of the REST interface, for JAX-RS ({@link PlatformExceptionMapper}) and the
 * evaluation servlet alike: field errors → 400, unknown → 404, state conflicts → 409, JAX-RS's own client errors keep
 * their status; anything else is a 500 with a generic message and the cause in the log — never input's fault, so
 * never the answer to bad input.
 *
 * <p>Every client error is one line of the {@link ClientErrorLog} (rate-limited, no stack trace); a server error is
 * logged once with its trace by the {@link ServerErrorLog}, and the answer's {@code instance} names its id.
 *
 * @param retryAfterSeconds for a 503 of a product resting behind its breaker, else null
 */
public record RestProblem(ProblemView view, Long retryAfterSeconds) {

  public static final String MEDIA_TYPE = "application/problem+json";
  /** Problem types a caller can act on: one request the plug-in failed on; a product resting behind its breaker; end of day running. */
  static final String EVALUATION_FAILED = "urn:tfp:problem:evaluation-failed";
  static final String PRODUCT_UNAVAILABLE = "urn:tfp:problem:product-unavailable";
  /** End of day asked for a business date another run holds, on any server; the detail names that run (issue 14). */
  static final String EOD_RUNNING = "urn:tfp:problem:eod-running";

  public int status() {
    return view.status();
  }

  /** The problem answering {@code t}, logged as a client or server error of {@code method path}. */
  public static RestProblem of(Throwable t, Locale locale, String method, String path) {
    RestProblem p = answer(t, locale, method, path);
    if (p.status() >= 400 && p.status() < 500) {
      ClientErrorLog.shared().record(p.status(), method, path, p.view().errors().isEmpty() ? null : p.view().errors().get(0).field());
    }
    return p;
  }

  /** A client error the interface itself found (403, 405, 406, 415), logged as one line. */
  public static RestProblem clientError(int status, Locale locale, String method, String path) {
    return of(new WebApplicationException(status), locale, method, path);
  }

  private static RestProblem answer(Throwable t, Locale locale, String method, String path) {
    if (t instanceof InvalidInputException e) {
      List<ProblemView.FieldErrorView> errors = e.errors().stream()
          .map(f -> new ProblemView.FieldErrorView(f.field(), f.message().in(locale))).toList();
      return plain(400, LocalizedText.of("输入有误", "Invalid input"), null, null, errors, locale);
    }
    if (t instanceof NotFoundException e) {
      return plain(404, LocalizedText.of("未找到", "Not found"), e.text().in(locale), null,
          e.field() == null ? List.of() : List.of(new ProblemView.FieldErrorView(e.field(), e.text().in(locale))), locale);
    }
    if (t instanceof ForbiddenException e) return plain(403, LocalizedText.of("无权操作", "Forbidden"), e.text().in(locale), locale);
    if (t instanceof RuleViolationException e) {
      return plain(422, LocalizedText.of("业务规则不允许", "Refused by a business rule"), e.text().in(locale), locale);
    }
    if (t instanceof EvaluationFailedException e) {
      return new RestProblem(new ProblemView(EVALUATION_FAILED, LocalizedText.of("产品无法评估此请求", "The product could not evaluate this request").in(locale),
          422, e.text().in(locale), ServerErrorLog.urn(e.errorId()), List.of()), null);
    }
    if (t instanceof ProductUnavailableException e) {
      return new RestProblem(new ProblemView(PRODUCT_UNAVAILABLE, LocalizedText.of("产品暂停服务", "Product temporarily unavailable").in(locale),
          503, e.text().in(locale), null, List.of()), e.retryAfterSeconds());
    }
    if (t instanceof EodAlreadyRunningException e) {
      return new RestProblem(new ProblemView(EOD_RUNNING, LocalizedText.of("日终已在运行", "End of day already running").in(locale),
          409, e.text().in(locale), null, List.of()), null);
    }
    if (t instanceof ConflictException e) return plain(409, LocalizedText.of("状态冲突", "Conflict"), e.text().in(locale), locale);
    if (t instanceof StaleVersionException e) return plain(412, LocalizedText.of("版本已过期", "Precondition failed"), e.text().in(locale), locale);
    if (ConcurrentUpdate.causedBy(t)) {
      // the client retries; one line in the client-error log, like every 409
      return plain(409, LocalizedText.of("状态冲突", "Conflict"),
          LocalizedText.of("数据正被同时修改，请重试", "the data was being changed concurrently; retry").in(locale), locale);
    }
    if (t instanceof WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (status >= 400 && status < 500) {
        return plain(status, LocalizedText.of("请求无效", "Request not accepted"), clientError(status).in(locale), locale);
      }
    }
    String id = ServerErrorLog.record(method + " " + path, t);
    return plain(500, LocalizedText.of("内部错误", "Internal error"),
        LocalizedText.of("处理请求时发生内部错误，已记录，编号 %s", "an internal error occurred and was logged as %s").formatted(id).in(locale),
        ServerErrorLog.urn(id), List.of(), locale);
  }

  private static RestProblem plain(int status, LocalizedText title, String detail, Locale locale) {
    return plain(status, title, detail, null, List.of(), locale);
  }

  private static RestProblem plain(int status, LocalizedText title, String detail, String instance,
      List<ProblemView.FieldErrorView> errors, Locale locale) {
    return new RestProblem(new ProblemView("about:blank", title.in(locale), status, detail, instance, errors), null);
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
