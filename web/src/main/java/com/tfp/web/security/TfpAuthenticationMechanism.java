package com.tfp.web.security;

import com.tfp.platform.security.application.VerifiedCredentials;
import com.tfp.platform.security.application.SignInGuard;
import com.tfp.platform.security.domain.LoginThrottle;
import com.tfp.web.rest.error.ProblemResponse;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * The application's one authentication mechanism, over the platform's identity store for both kinds of caller:
 *
 * <ul>
 *   <li>{@code /api/*} and {@code /ws/*}: HTTP Basic, exactly as the standard Basic mechanism does it (a bad
 *       credential or none on a protected resource: 401 with {@code WWW-Authenticate: Basic realm="tfp"});
 *   <li>the pages: the login page ({@code LoginPage}) checks the password through the same store and keeps the
 *       signed-in caller in the session ({@link #signIn}); every later request of that session is authenticated from
 *       it. A protected page without a signed-in caller redirects to the login page (an Ajax request gets a Faces
 *       partial-response redirect), remembering where the user wanted to go; an expired session says so there.
 * </ul>
 */
@DeclareRoles({"CUSTOMER_MANAGER", "IB_REVIEWER", "RISK_APPROVER", "ADMIN", "INTEGRATION", "INTEGRATION_SERVICING"})
@ApplicationScoped
public class TfpAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String REALM = "tfp";
  /** The session attribute holding the signed-in caller of the pages. */
  static final String CALLER = "com.tfp.web.security.caller";
  public static final String LOGIN_PAGE = "/login.xhtml";

  /**
   * Who signed in to the pages: name and roles (groups) as the identity store said, and a key of this sign-in for the
   * container's authentication cache (see {@link #loginKnown}).
   */
  public record Caller(String name, Set<String> groups, String cacheKey) implements Serializable {}

  /** The transport switch (server.xml, docs/security.md): plain HTTP is redirected to TLS before anything is read. */
  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(name = "tfp.transport.tlsOnly", defaultValue = "true")
  boolean tlsOnly;

  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(name = "tfp.transport.httpsPort", defaultValue = "9443")
  int httpsPort;

  @Inject IdentityStoreHandler identityStores;
  @Inject VerifiedCredentials verified;

  /** Password guessing is slowed and locked per user and per client address, for Basic, SOAP and the login page alike. */
  @Inject SignInGuard guard;

  @Override
  public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
      HttpMessageContext context) {
    // HSTS on TLS answers only (ASVS 14.4.5); the other security headers are the HTTP channel's (server.xml)
    if (request.isSecure()) response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    else if (tlsOnly) return toTls(request, context);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/") || path.startsWith("/ws/")) return basic(request, context);
    HttpSession session = request.getSession(false);
    Caller caller = session == null ? null : (Caller) session.getAttribute(CALLER);
    if (caller != null) return loginKnown(context, caller.name(), caller.groups(), caller.cacheKey());
    // the context root forwards to the welcome page after this check: it is a page like any other
    boolean root = path.isEmpty() || path.equals("/");
    if (!context.isProtected() && !root) return context.doNothing();
    return toLogin(request, response, context, path);
  }

  private AuthenticationStatus basic(HttpServletRequest request, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      String[] userPassword = decode(header.substring(6).trim());
      if (userPassword == null) return challenge(context, null, "malformed Basic credentials");
      // a locked user (or address) is locked for every credential, a remembered one too; a delay (the throttle
      // before the lock) does not slow a credential verified earlier
      LoginThrottle.Refusal refusal = guard.refusal(userPassword[0], request.getRemoteAddr());
      if (refusal.locked()) return tooManyFailures(context, refusal);
      // the hot path: a credential verified lately costs one HMAC, no database, no PBKDF2
      var known = verified.lookup(userPassword[0], userPassword[1]);
      if (known.isPresent()) return loginKnown(context, known.get().name(), known.get().groups(), known.get().cacheKey());
      if (refusal.refused()) return tooManyFailures(context, refusal);
      CredentialValidationResult result = identityStores.validate(new UsernamePasswordCredential(userPassword[0], userPassword[1]));
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        guard.succeeded(userPassword[0]);
        Actors.authenticated(request, result.getCallerPrincipal().getName(), result.getCallerGroups());
        return context.notifyContainerAboutLogin(result);
      }
      String path = request.getRequestURI().substring(request.getContextPath().length());
      guard.failed(userPassword[0], request.getRemoteAddr(), path.startsWith("/ws/") ? "soap" : "basic");
      return challenge(context, userPassword[0], "wrong user name or password");
    }
    return context.isProtected() ? challenge(context, null, "no credentials") : context.doNothing();
  }

  /**
   * 401 with the Basic challenge. The REST API answers problem+json like every other error of the API; SOAP callers
   * get the bare status (their faults start once they are known).
   */
  private static AuthenticationStatus challenge(HttpMessageContext context, String user, String reason) {
    RefusalAudit.record(context.getRequest(), 401, user, reason);
    HttpServletResponse response = context.getResponse();
    response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
    HttpServletRequest request = context.getRequest();
    if (!request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/")) {
      return context.responseUnauthorized();
    }
    try {
      boolean english = com.tfp.web.rest.Languages.of(request.getHeader("Accept-Language")).getLanguage().equals("en");
      ProblemResponse.write(response, HttpServletResponse.SC_UNAUTHORIZED, english ? "Authentication required" : "需要身份认证",
          english ? "send HTTP Basic credentials of a platform user" : "请以平台用户的 HTTP Basic 凭据访问", List.of());
    } catch (java.io.IOException e) {
      return context.responseUnauthorized();
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /**
   * A caller verified lately. Naming its credential to the container ({@code com.ibm.wsspi.security.cred.cacheKey},
   * Liberty's documented key for custom logins) lets Liberty take the subject it built last time from its
   * authentication cache instead of building a new one — with a freshly signed LTPA token — on every request.
   */
  private static AuthenticationStatus loginKnown(HttpMessageContext context, String name, Set<String> groups, String cacheKey) {
    Actors.authenticated(context.getRequest(), name, groups);
    java.util.Hashtable<String, Object> credential = new java.util.Hashtable<>();
    credential.put("com.ibm.wsspi.security.cred.cacheKey", cacheKey);
    context.getClientSubject().getPrivateCredentials().add(credential);
    return context.notifyContainerAboutLogin(name, groups);
  }

  /**
   * 429 with Retry-After: this user or this address failed too often lately, or is locked; no password was checked.
   * The same answer for an existing and an unknown user name (nothing to learn about who exists).
   */
  private static AuthenticationStatus tooManyFailures(HttpMessageContext context, LoginThrottle.Refusal refusal) {
    HttpServletResponse response = context.getResponse();
    long seconds = com.tfp.platform.shared.RetryAfter.seconds(refusal.retryAfter());
    response.setHeader("Retry-After", Long.toString(seconds));
    response.setStatus(429);
    HttpServletRequest request = context.getRequest();
    if (request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/")) {
      try {
        boolean english = com.tfp.web.rest.Languages.of(request.getHeader("Accept-Language")).getLanguage().equals("en");
        String title = refusal.locked() ? (english ? "Sign-in locked after too many failures" : "登录失败次数过多，已锁定")
            : (english ? "Too many failed sign-ins" : "登录失败次数过多");
        ProblemResponse.write(response, 429, title, english ? "try again in " + seconds + " s, or ask an administrator to unlock"
            : seconds + " 秒后再试，或请管理员解锁", List.of());
      } catch (IOException e) {
        // the status and Retry-After are set: that is the answer
      }
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /**
   * The same request on the https port: GET and HEAD with 302 (as Liberty's own CONFIDENTIAL redirect), any other
   * method with 308 so that the client repeats it unchanged over TLS. No credential, session or body has been read.
   */
  private AuthenticationStatus toTls(HttpServletRequest request, HttpMessageContext context) {
    String url = "https://" + request.getServerName() + ":" + httpsPort + request.getRequestURI()
        + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) return context.redirect(url);
    HttpServletResponse response = context.getResponse();
    response.setStatus(308);
    response.setHeader("Location", url);
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static String[] decode(String token) {
    try {
      String s = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
      int colon = s.indexOf(':');
      return colon < 0 ? null : new String[] {s.substring(0, colon), s.substring(colon + 1)};
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static AuthenticationStatus toLogin(HttpServletRequest request, HttpServletResponse response,
      HttpMessageContext context, String path) {
    boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    StringBuilder url = new StringBuilder(request.getContextPath()).append(LOGIN_PAGE);
    String next = "GET".equals(request.getMethod()) ? path + (request.getQueryString() == null ? "" : "?" + request.getQueryString()) : null;
    char sep = '?';
    if (next != null && !next.equals("/") && !next.startsWith(LOGIN_PAGE)) {
      url.append(sep).append("next=").append(URLEncoder.encode(next, StandardCharsets.UTF_8));
      sep = '&';
    }
    if (expired) url.append(sep).append("expired=true");
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      try {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
            + url.toString().replace("&", "&amp;") + "\"/></partial-response>");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return AuthenticationStatus.SEND_CONTINUE;
    }
    return context.redirect(url.toString());
  }

  /** What the login page is told: the caller signed in, or refused for how many seconds (0: a wrong name or password). */
  public record SignIn(Caller caller, long retryAfterSeconds, boolean locked) {}

  /**
   * Checks a page user's password through the identity store (behind the same sign-in guard as Basic); when valid,
   * starts a new session id (no fixation) and keeps the caller in it.
   */
  public SignIn signIn(HttpServletRequest request, String user, String password) {
    LoginThrottle.Refusal refusal = guard.refusal(user, request.getRemoteAddr());
    if (refusal.refused()) return new SignIn(null, com.tfp.platform.shared.RetryAfter.seconds(refusal.retryAfter()), refusal.locked());
    CredentialValidationResult result = identityStores.validate(new UsernamePasswordCredential(user, password));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      guard.failed(user, request.getRemoteAddr(), "page");
      RefusalAudit.record(request, 401, user, "page sign-in: wrong user name or password");
      return new SignIn(null, 0, false);
    }
    guard.succeeded(user);
    Caller caller = new Caller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups()),
        "tfp:session:" + java.util.UUID.randomUUID());
    request.getSession(true);
    request.changeSessionId();
    request.getSession().setAttribute(CALLER, caller);
    return new SignIn(caller, 0, false);
  }
}
