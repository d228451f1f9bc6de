package com.tfp.web.security;

import com.tfp.platform.audit.application.AuditTrail;
import com.tfp.platform.audit.application.Refusals;
import com.tfp.platform.shared.Role;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every 401 and 403 of the application becomes one audit record (issue 16): after the request, a 401 or 403 that no
 * service recorded itself (a JAX-RS role refusal, a 401 of a resource) goes to {@link Refusals}, which keeps the write
 * load bounded. The other places a refusal happens call {@link #record} themselves: the authentication mechanism (a
 * missing or wrong credential, a failed page sign-in) and {@link RefusedServlet} (a web.xml constraint's 403, which
 * the container answers before any filter).
 */
// asyncSupported: a filter on /* without it makes Liberty note on every request which resources cannot go async —
// measured ~100 µs of CPU per evaluation (README "Benchmarks", issue 11)
@WebFilter(filterName = "RefusalAudit", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST, asyncSupported = true)
public class RefusalAudit extends HttpFilter {

  private static final Pattern APPLICATION = Pattern.compile("/api/v1/applications/(\\d+)(/.*)?");
  private static final Pattern PARAMETER = Pattern.compile("/api/v1/products/([^/]+)/parameters/([^/]+)");
  private static final Pattern RISK_CLASS = Pattern.compile("/api/v1/products/([^/]+)/risk-classes/([^/]+)");
  private static final Pattern PRODUCT = Pattern.compile("/api/v1/products/([^/]+)(/.*)?");
  private static final Pattern CUSTOMER = Pattern.compile("/api/v1/customers/([^/]+)(/.*)?");
  private static final Pattern LINE = Pattern.compile("/api/v1/lines/(\\d+)(/.*)?");
  private static final Pattern DISCOUNT_RATE = Pattern.compile("/api/v1/discount-rates/([^/]+/[^/]+)");
  private static final Pattern RULE_CHANGE = Pattern.compile("/api/v1/rule-changes/(\\d+)(/.*)?");

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
    AuditTrail.startRequest();
    try {
      chain.doFilter(request, response);
    } finally {
      int status = response.getStatus();
      if ((status == 401 || status == 403) && !AuditTrail.recordedOnThisThread()) {
        record(request, status, request.getRemoteUser(), status == 401 ? "authentication required" : "the user's roles do not allow this");
      }
      AuditTrail.startRequest();
    }
  }

  /** One refusal of this request, by the user named (the name tried, for a 401; null: anonymous), for the reason given. */
  static void record(HttpServletRequest request, int status, String user, String reason) {
    String path = path(request);
    // the container's error dispatch of a constraint's 403 no longer names the caller (getRemoteUser() is null there):
    // the refusal names the one the mechanism authenticated for this request
    com.tfp.platform.shared.Actor caller = Actors.authenticated(request);
    if (user == null && status == 403 && caller != null) user = caller.name();
    try {
      CDI.current().select(Refusals.class).get().record(new Refusals.Refusal(status, user, roles(request, user), operation(request.getMethod(), path),
          target(path), reason, request.getRemoteAddr()));
    } catch (RuntimeException auditFailed) {
      // the refusal stands whether or not the trail could take it; the trail's own failure is logged by the container
      java.util.logging.Logger.getLogger(RefusalAudit.class.getName()).warning("refusal not audited: " + auditFailed);
    }
  }

  /** A page refusal the login page decides (a user without a page role): a 403 of that user. */
  public static void pageRefused(HttpServletRequest request, String user, String reason) {
    record(request, 403, user, reason);
  }

  static String path(HttpServletRequest request) {
    Object forwarded = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
    String uri = forwarded != null ? forwarded.toString() : request.getRequestURI();
    String context = request.getContextPath();
    return uri.startsWith(context) ? uri.substring(context.length()) : uri;
  }

  private static String roles(HttpServletRequest request, String user) {
    com.tfp.platform.shared.Actor caller = Actors.authenticated(request);
    if (user == null) return "";
    if (caller != null) return caller.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
    if (request.getRemoteUser() == null) return "";
    return Arrays.stream(Role.values()).map(Role::name).filter(request::isUserInRole).collect(Collectors.joining(","));
  }

  /** The operation as the trail names it: method and path, the way a caller sent it (cut to the trail's 60 characters). */
  static String operation(String method, String path) {
    String op = method + " " + path;
    return op.length() <= 60 ? op : op.substring(0, 60);
  }

  /** The target as the services name it ({@code application/7}, {@code parameter/bill-purchase/x} …), else the path. */
  static String target(String path) {
    Matcher m;
    if ((m = APPLICATION.matcher(path)).matches()) return "application/" + m.group(1);
    if ((m = PARAMETER.matcher(path)).matches()) return "parameter/" + m.group(1) + "/" + m.group(2);
    if ((m = RISK_CLASS.matcher(path)).matches()) return "risk-class/" + m.group(1) + "/" + m.group(2);
    if ((m = PRODUCT.matcher(path)).matches()) return "product/" + m.group(1);
    if ((m = CUSTOMER.matcher(path)).matches()) return "customer/" + m.group(1);
    if ((m = LINE.matcher(path)).matches()) return "line/" + m.group(1);
    if ((m = DISCOUNT_RATE.matcher(path)).matches()) return "discount-rate/" + m.group(1);
    if ((m = RULE_CHANGE.matcher(path)).matches()) return "rule-change/" + m.group(1);
    return path.length() <= 120 ? path : path.substring(0, 120);
  }
}
