package com.tfp.web.pages;

import com.tfp.platform.duties.application.RuleChanges;
import com.tfp.platform.duties.domain.RuleChange;
import com.tfp.platform.duties.domain.RuleChangeStatus;
import com.tfp.platform.shared.InvalidInputException;
import com.tfp.platform.shared.PageRequest;
import com.tfp.spi.LocalizedText;
import com.tfp.web.security.Actors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.BiFunction;

/**
 * The rule changes waiting for a second administrator (ADMIN, web.xml): approve, reject with a reason, or withdraw
 * one's own — the same {@link RuleChanges} commands as {@code POST /api/v1/rule-changes/{id}/approval} and so on,
 * refused and audited alike.
 */
@Named("ruleChangesPage")
@RequestScoped
public class RuleChangesPage {

  @Inject RuleChanges changes;
  @Inject Language language;

  private List<RuleChange> pending;
  private Long change;
  private String reason;

  public Long getChange() { return change; }
  public void setChange(Long change) { this.change = change; }
  public String getReason() { return reason; }
  public void setReason(String reason) { this.reason = reason; }

  public List<RuleChange> getPending() {
    if (pending == null) {
      pending = changes.list(RuleChangeStatus.PENDING, PageRequest.of(0, PageRequest.MAX_LIMIT), actor()).items();
    }
    return pending;
  }

  public void approve() {
    command((id, actor) -> changes.approve(id, actor), "ruleChanges.approved");
  }

  public void reject() {
    command((id, actor) -> changes.reject(id, reason, actor), "ruleChanges.rejected");
  }

  public void withdraw() {
    command((id, actor) -> changes.withdraw(id, actor), "ruleChanges.withdrawn");
  }

  private void command(BiFunction<Long, com.tfp.platform.shared.Actor, RuleChange> action, String doneKey) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      RuleChange done = action.apply(change, actor());
      pending = null;
      reason = null;
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
          ResourceBundle.getBundle(ConditionText.BUNDLE, language.getLocale()).getString(doneKey) + " " + done.id(), null));
    } catch (InvalidInputException e) {
      faces.addMessage("decide:reason", new FacesMessage(FacesMessage.SEVERITY_ERROR, language.of(e.errors().get(0).message()), null));
    } catch (RuntimeException e) {
      LocalizedText refusal = PlatformRefusal.textOf(e);
      if (refusal == null) throw e;
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, language.of(refusal), null));
    }
  }

  private com.tfp.platform.shared.Actor actor() {
    return Actors.of(FacesContext.getCurrentInstance().getExternalContext());
  }
}
