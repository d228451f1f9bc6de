package com.tfp.web.pages;

import com.tfp.web.security.TfpAuthenticationMechanism;
import com.tfp.web.security.TfpAuthenticationMechanism.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ResourceBundle;

/**
 * The login form of the pages: user name and password are checked by the platform's identity store (the same one
 * HTTP Basic uses); only bank staff roles may use the pages (an integration user may not). After login the user goes
 * to the page they asked for ({@code next}, a path inside the application only) or home.
 */
@Named("loginPage")
@RequestScoped
public class LoginPage {

  @Inject TfpAuthenticationMechanism mechanism;

  private String user;
  private String password;
  private String next;
  private boolean expired;

  public String signIn() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
    TfpAuthenticationMechanism.SignIn signIn = user == null || user.isBlank() || password == null ? null
        : mechanism.signIn(request, user.trim(), password);
    password = null;
    Caller caller = signIn == null ? null : signIn.caller();
    if (caller == null) {
      String text = signIn == null || signIn.retryAfterSeconds() == 0 ? msg.getString("login.failed")
          : java.text.MessageFormat.format(msg.getString(signIn.locked() ? "login.locked" : "login.throttled"), signIn.retryAfterSeconds());
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
      return null;
    }
    if (PageShell.PAGE_ROLES.stream().noneMatch(caller.groups()::contains)) {
      com.tfp.web.security.RefusalAudit.pageRefused(request, caller.name(), "page sign-in of a user without a page role");
      external.getSessionMap().clear();
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.getString("login.noPageRole"), null));
      return null;
    }
    external.redirect(external.getRequestContextPath() + safeNext());
    faces.responseComplete();
    return null;
  }

  /** Only a path of this application (no scheme, no host, no protocol-relative {@code //}): no open redirect. */
  String safeNext() {
    return safe(next);
  }

  static String safe(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\") || next.contains("\r")
        || next.contains("\n") || next.startsWith(TfpAuthenticationMechanism.LOGIN_PAGE)) {
      return "/index.xhtml";
    }
    return next;
  }

  /** Signs out: the session (and everything in it) ends; back to the login page. */
  public void signOut() throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    external.invalidateSession();
    request.logout();
    external.redirect(external.getRequestContextPath() + TfpAuthenticationMechanism.LOGIN_PAGE + "?signedOut=true");
    FacesContext.getCurrentInstance().responseComplete();
  }

  public String getUser() { return user; }
  public void setUser(String user) { this.user = user; }
  public String getPassword() { return password; }
  public void setPassword(String password) { this.password = password; }
  public String getNext() { return next; }
  public void setNext(String next) { this.next = next; }
  public boolean isExpired() { return expired; }
  public void setExpired(boolean expired) { this.expired = expired; }
}
