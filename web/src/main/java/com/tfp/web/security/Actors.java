package com.tfp.web.security;

import com.tfp.platform.shared.ForbiddenException;
import com.tfp.spi.LocalizedText;

import com.tfp.platform.shared.Actor;
import com.tfp.platform.shared.Role;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;
import java.util.EnumSet;

/** The authenticated caller of a REST request, as the platform's services want it. */
public final class Actors {

  private Actors() {}

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
    if (request.getUserPrincipal() == null) {
      throw new ForbiddenException(LocalizedText.of("需要身份认证", "authentication required"));
    }
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
