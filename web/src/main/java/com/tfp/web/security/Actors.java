package com.tfp.web.security;

import com.tfp.platform.shared.ForbiddenException;
import com.tfp.spi.LocalizedText;

import com.tfp.platform.shared.Actor;
import com.tfp.platform.shared.Role;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;
import java.util.EnumSet;
import java.util.Set;

/** The authenticated caller of a REST request, as the platform's services want it. */
public final class Actors {

  /** The request attribute holding the caller the authentication mechanism logged in for this request. */
  private static final String AUTHENTICATED = Actors.class.getName() + ".authenticated";

  private Actors() {}

  /**
   * Called by the authentication mechanism when it logs a caller in: the name and groups the identity store gave, the
   * groups being the role names (server.xml). Asking the container instead ({@code isUserInRole} for each role) costs
   * Liberty a pattern compilation and a subject walk per role and request: ~40 µs of an evaluation's CPU (issue 11).
   */
  static void authenticated(jakarta.servlet.http.HttpServletRequest request, String name, Set<String> groups) {
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    for (Role r : Role.values()) if (groups.contains(r.name())) roles.add(r);
    request.setAttribute(AUTHENTICATED, new Actor(name, roles));
  }

  /** The caller the mechanism logged in for this request, or null (anonymous, or not through the mechanism). */
  static Actor authenticated(jakarta.servlet.http.HttpServletRequest request) {
    return request.getAttribute(AUTHENTICATED) instanceof Actor actor ? actor : null;
  }

  /** The authenticated caller of a SOAP request. */
  public static Actor of(jakarta.xml.ws.WebServiceContext ctx) {
    if (ctx == null || ctx.getUserPrincipal() == null) {
      throw new ForbiddenException(LocalizedText.of("需要身份认证", "authentication required"));
    }
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    for (Role r : Role.values()) if (ctx.isUserInRole(r.name())) roles.add(r);
    return new Actor(ctx.getUserPrincipal().getName(), roles);
  }

  /** The authenticated caller of a plain servlet (the what-if evaluation's): its name and the roles it holds. */
  public static Actor of(jakarta.servlet.http.HttpServletRequest request) {
    Actor caller = callerOrNull(request);
    if (caller == null) throw new ForbiddenException(LocalizedText.of("需要身份认证", "authentication required"));
    return caller;
  }

  /** The authenticated caller of a plain servlet, or null for an anonymous request. */
  public static Actor callerOrNull(jakarta.servlet.http.HttpServletRequest request) {
    Actor known = authenticated(request);
    if (known != null) return known;
    if (request.getUserPrincipal() == null) return null;
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    for (Role r : Role.values()) if (request.isUserInRole(r.name())) roles.add(r);
    return new Actor(request.getUserPrincipal().getName(), roles);
  }

  /** The signed-in user of a page. */
  public static Actor of(jakarta.faces.context.ExternalContext external) {
    if (external.getRemoteUser() == null) {
      throw new ForbiddenException(LocalizedText.of("需要身份认证", "authentication required"));
    }
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    for (Role r : Role.values()) if (external.isUserInRole(r.name())) roles.add(r);
    return new Actor(external.getRemoteUser(), roles);
  }

  public static Actor of(SecurityContext sc) {
    if (sc == null || sc.getUserPrincipal() == null) throw new NotAuthorizedException("Basic realm=\"tfp\"");
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    for (Role r : Role.values()) if (sc.isUserInRole(r.name())) roles.add(r);
    return new Actor(sc.getUserPrincipal().getName(), roles);
  }
}
