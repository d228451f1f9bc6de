package com.tfp.web.pages;

import com.tfp.platform.security.application.SignInGuard;
import com.tfp.platform.security.domain.LoginThrottle;
import com.tfp.web.security.Actors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Issue 15, the users page (ADMIN): the sign-in policy with each value marked bank default or the bank's own setting,
 * the users and client addresses that failed lately (locked ones first), and the unlock of a user with a reason —
 * the same {@link SignInGuard} command as {@code POST /api/v1/sign-in-locks/{user}/unlock}, audited.
 */
@Named("usersPage")
@RequestScoped
public class UsersPage {

  @Inject SignInGuard guard;
  @Inject Language language;

  private String user;
  private String reason;
  private List<LoginThrottle.Standing> users;

  public String getUser() { return user; }
  public void setUser(String user) { this.user = user; }
  public String getReason() { return reason; }
  public void setReason(String reason) { this.reason = reason; }

  public List<SignInGuard.PolicyEntry> getPolicy() {
    return guard.policy();
  }

  public List<LoginThrottle.Standing> getUsers() {
    if (users == null) users = guard.users(Actors.of(FacesContext.getCurrentInstance().getExternalContext()));
    return users;
  }

  public List<LoginThrottle.Standing> getAddresses() {
    return guard.addresses(Actors.of(FacesContext.getCurrentInstance().getExternalContext()));
  }

  public List<String> getUserNames() {
    return getUsers().stream().map(LoginThrottle.Standing::key).toList();
  }

  public long seconds(java.time.Duration d) {
    return com.tfp.platform.shared.RetryAfter.seconds(d);
  }

  public void unlock() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      guard.unlock(user, reason, Actors.of(faces.getExternalContext()));
      users = null;
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
          ResourceBundle.getBundle(ConditionText.BUNDLE, language.getLocale()).getString("users.unlocked") + " " + user, null));
      reason = null;
    } catch (com.tfp.platform.shared.InvalidInputException e) {
      String field = "user".equals(e.errors().get(0).field()) ? "unlock:user" : "unlock:reason";
      faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, language.of(e.errors().get(0).message()), null));
    }
  }
}
