package com.tfp.web.pages;

import com.tfp.platform.deal.application.Applications;
import com.tfp.platform.deal.application.Applications.DecisionCommand;
import com.tfp.platform.deal.application.DealServicing;
import com.tfp.platform.deal.application.DealTimeline;
import com.tfp.platform.deal.application.TimelineEntry;
import com.tfp.platform.deal.domain.Application;
import com.tfp.platform.deal.domain.ApplicationStatus;
import com.tfp.platform.deal.domain.ReferAcknowledgement;
import com.tfp.platform.deal.domain.TradeDocument;
import com.tfp.platform.ledger.application.Journal;
import com.tfp.platform.ledger.domain.JournalEntry;
import com.tfp.platform.shared.InvalidInputException;
import com.tfp.spi.LocalizedText;
import com.tfp.spi.facts.FieldError;
import com.tfp.web.security.Actors;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * One deal: status, documents, the evaluation it was created from (findings with sources, steps with the binding cap),
 * its timeline (the audit trail), the required documents against those received, REFER acknowledgements, the journal,
 * and the actions the signed-in user's roles allow in its status — decisions with a comment, disbursement, collection,
 * extension and closing. Every action goes to the platform's services (the same as REST), which
 * check the role, maker ≠ checker, the status and the version; the page only offers what makes sense to offer.
 */
@Named("dealPage")
@ViewScoped
public class DealPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String KEPT_COMMENT = "dealPage.comment";
  private static final String KEPT_AMOUNT = "dealPage.amount";

  /** A finding of the evaluation, as stored with the deal. */
  public record FindingView(String code, String severity, PageMessage message, String source) implements Serializable {}

  /** An amount or term step; {@code binding} is the cap that decided. */
  public record StepView(PageMessage label, String value, String source, boolean binding, boolean bankDefault) implements Serializable {}

  /** A document the product requires, with the numbers of the deal's documents of that type (empty: not received). */
  public record RequiredDocumentView(String code, PageMessage name, boolean mandatory, String source, String numbers) implements Serializable {}

  @Inject Applications applications;
  @Inject DealServicing servicing;
  @Inject DealTimeline timeline;
  @Inject Journal journal;
  @Inject Language language;
  @Inject PageShell shell;

  private Long id;
  private String comment;
  private final Map<String, String> acknowledgementNotes = new HashMap<>();
  private String amount;
  private LocalDate valueDate;
  private LocalDate newMaturity;
  private PageMessage newMaturityError;
  private PageMessage commentError;
  private PageMessage amountError;
  private PageMessage outcome;

  private transient Application deal;
  private transient JsonObject evaluation;
  private transient List<TimelineEntry> entries;
  private transient List<JournalEntry> postings;

  /** On opening {@code deal.xhtml?id=7}. */
  public void open() {
    if (getDeal() == null) return;
    if (valueDate == null) valueDate = shell.getBusinessDate();
    var flash = FacesContext.getCurrentInstance().getExternalContext().getFlash();
    if (flash.get("created") != null) info("deal.created");
    if (flash.get(KEPT_COMMENT) instanceof String c) comment = c;
    if (flash.get(KEPT_AMOUNT) instanceof String a) amount = a;
  }

  public Application getDeal() {
    if (deal == null && id != null) {
      try {
        deal = applications.get(id, actor());
      } catch (RuntimeException e) {
        LocalizedText refusal = PlatformRefusal.textOf(e);
        if (refusal == null) throw e;
        error(language.of(refusal));
        id = null;
      }
    }
    return deal;
  }

  private JsonObject evaluation() {
    if (evaluation == null && getDeal() != null) {
      JsonObject snapshot = Json.createReader(new StringReader(deal.evaluationJson())).readObject();
      evaluation = snapshot.getJsonObject("evaluation");
    }
    return evaluation;
  }

  public List<FindingView> getFindings() {
    List<FindingView> out = new ArrayList<>();
    JsonObject e = evaluation();
    if (e == null || !(e.get("findings") instanceof JsonArray a)) return out;
    for (JsonValue v : a) {
      JsonObject f = v.asJsonObject();
      out.add(new FindingView(f.getString("code", ""), f.getString("severity", ""), text(f.get("message")), f.getString("source", "")));
    }
    return out;
  }

  public List<StepView> getAmountSteps() {
    return steps("amountSteps");
  }

  public List<StepView> getTermSteps() {
    return steps("termSteps");
  }

  private List<StepView> steps(String name) {
    List<StepView> out = new ArrayList<>();
    JsonObject e = evaluation();
    if (e == null || !(e.get(name) instanceof JsonArray a)) return out;
    for (JsonValue v : a) {
      JsonObject s = v.asJsonObject();
      out.add(new StepView(text(s.get("label")), str(s.get("value")), s.getString("source", ""), s.getBoolean("binding", false),
          s.getBoolean("bankDefault", false)));
    }
    return out;
  }

  /** Every command on the deal as the audit trail has it, accepted or refused, with the deal's own system steps. */
  public List<TimelineEntry> getTimeline() {
    if (entries == null) entries = getDeal() == null ? List.of() : timeline.of(id, actor());
    return entries;
  }

  public List<JournalEntry> getJournal() {
    if (postings == null) postings = getDeal() == null ? List.of() : journal.ofDeal(id);
    return postings;
  }

  /** The evaluation's required documents, each with the numbers of the deal's documents entered under its code. */
  public List<RequiredDocumentView> getRequiredDocuments() {
    List<RequiredDocumentView> out = new ArrayList<>();
    JsonObject e = evaluation();
    if (e == null || !(e.get("requiredDocuments") instanceof JsonArray a)) return out;
    for (JsonValue v : a) {
      JsonObject d = v.asJsonObject();
      String code = d.getString("code", "");
      String numbers = deal.documents().stream().filter(t -> t.type().equals(code)).map(TradeDocument::number)
          .collect(java.util.stream.Collectors.joining(", "));
      out.add(new RequiredDocumentView(code, text(d.get("name")), d.getBoolean("mandatory", false), d.getString("source", ""), numbers));
    }
    return out;
  }

  private static PageMessage text(JsonValue v) {
    if (!(v instanceof JsonObject o)) return new PageMessage("", "");
    return new PageMessage(o.getString("zh", ""), o.getString("en", ""));
  }

  private static String str(JsonValue v) {
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) return "";
    return v instanceof jakarta.json.JsonString s ? s.getString() : v.toString();
  }

  /** The REFER findings an approver has not acknowledged yet. */
  public List<String> getOpenReferCodes() {
    if (getDeal() == null) return List.of();
    Set<String> done = new java.util.HashSet<>();
    for (ReferAcknowledgement a : deal.acknowledgements()) done.add(a.findingCode());
    return deal.referCodes().stream().filter(c -> !done.contains(c)).toList();
  }

  // --- what the signed-in user may be offered (the platform decides)

  private boolean is(String role) {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
  }

  private boolean in(ApplicationStatus... statuses) {
    return getDeal() != null && List.of(statuses).contains(deal.status());
  }

  public boolean isCanSubmit() {
    return is("CUSTOMER_MANAGER") && in(ApplicationStatus.DRAFT, ApplicationStatus.RETURNED);
  }

  public boolean isCanReview() {
    return is("IB_REVIEWER") && in(ApplicationStatus.SUBMITTED);
  }

  public boolean isCanApprove() {
    return is("RISK_APPROVER") && in(ApplicationStatus.DOCUMENTS_REVIEWED, ApplicationStatus.ESCALATED);
  }

  public boolean isCanReturn() {
    return isCanReview() || isCanApprove();
  }

  public boolean isCanAcknowledge() {
    return is("RISK_APPROVER") && getDeal() != null && deal.status().live() && !deal.status().outstanding()
        && !getOpenReferCodes().isEmpty();
  }

  public boolean isCanDisburse() {
    return is("IB_REVIEWER") && in(ApplicationStatus.APPROVED);
  }

  public boolean isCanCollect() {
    return is("IB_REVIEWER") && in(ApplicationStatus.DISBURSED, ApplicationStatus.OVERDUE);
  }

  /** A risk approver extends a disbursed deal not yet overdue; whether the product allows it the platform says. */
  public boolean isCanExtend() {
    return is("RISK_APPROVER") && in(ApplicationStatus.DISBURSED);
  }

  public boolean isCanClose() {
    return (is("CUSTOMER_MANAGER") || is("IB_REVIEWER") || is("ADMIN")) && in(ApplicationStatus.SETTLED);
  }

  public boolean isAnyAction() {
    return isCanSubmit() || isCanReview() || isCanApprove() || isCanExtend() || isCanClose();
  }

  // --- actions

  /** SUBMIT, REVIEW, APPROVE, REJECT or RETURN with the comment, on the version shown (a stale page is refused). */
  public void decide(String action) {
    commentError = null;
    if (getDeal() == null) return;
    if (!"SUBMIT".equals(action) && comment() == null) {
      commentError = message("deal.commentRequired");
      return;
    }
    run(() -> applications.decide(id, new DecisionCommand(action, comment(), null, null, deal.version()), actor()), "deal.done." + action);
  }

  /** Acknowledges one REFER finding with the approver's comment. */
  public void acknowledge(String code) {
    if (getDeal() == null) return;
    String note = acknowledgementNotes.get(code);
    if (note == null || note.isBlank()) {
      error(language.getLocale(), "deal.ackNoteRequired");
      return;
    }
    run(() -> applications.decide(id, new DecisionCommand("ACKNOWLEDGE", note.trim(), Map.of(code, note.trim()), null,
        deal.version()), actor()), "deal.done.ACKNOWLEDGE");
  }

  public void disburse() {
    BigDecimal a = parseAmount();
    if (a == null && amountError != null) return;
    run(() -> servicing.disburse(id, a, valueDate, actor()), "deal.done.DISBURSE");
  }

  public void collect() {
    BigDecimal a = parseAmount();
    if (a == null) {
      if (amountError == null) amountError = message("deal.amountRequired");
      return;
    }
    run(() -> servicing.collect(id, a, valueDate, actor()), "deal.done.COLLECT");
  }

  /** EXTEND to the new maturity, with the approver's comment (004 Art.25: bill purchase never; the platform checks). */
  public void extend() {
    newMaturityError = null;
    commentError = null;
    if (getDeal() == null) return;
    if (newMaturity == null) {
      newMaturityError = message("deal.newMaturityRequired");
      return;
    }
    if (comment() == null) {
      commentError = message("deal.commentRequired");
      return;
    }
    run(() -> applications.decide(id, new DecisionCommand("EXTEND", comment(), null, newMaturity, deal.version()), actor()),
        "deal.done.EXTEND");
  }

  public void close() {
    if (getDeal() == null) return;
    run(() -> applications.decide(id, new DecisionCommand("CLOSE", comment(), null, null, deal.version()), actor()), "deal.done.CLOSE");
  }

  /** The comment as typed, trimmed; null when there is none. */
  private String comment() {
    return comment == null || comment.isBlank() ? null : comment.trim();
  }

  private BigDecimal parseAmount() {
    amountError = null;
    if (amount == null || amount.isBlank()) return null;
    try {
      return new BigDecimal(amount.trim().replace(",", ""));
    } catch (NumberFormatException e) {
      amountError = message("deal.amountInvalid");
      return null;
    }
  }

  /**
   * Runs a command of the platform, then redirects to the deal (post-redirect-get): a reload never sends the command
   * again, and everything on the page — the timeline with a refused attempt included — is read afresh. The outcome
   * goes along in the flash; so do the comment and amount of a refused command, so nothing typed is lost.
   */
  private void run(Runnable action, String doneKey) {
    boolean refused = true;
    try {
      action.run();
      info(doneKey);
      refused = false;
    } catch (InvalidInputException e) {
      for (FieldError f : e.errors()) error(f.field() + ": " + language.of(f.message()));
    } catch (RuntimeException e) {
      LocalizedText refusal = PlatformRefusal.textOf(e);
      if (refusal == null) throw e;
      error(language.of(refusal));
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.getFlash().setKeepMessages(true);
    external.getFlash().setRedirect(true); // what navigation does for a faces-redirect: the flash outlives this request
    if (refused) {
      external.getFlash().put(KEPT_COMMENT, comment);
      external.getFlash().put(KEPT_AMOUNT, amount);
    }
    try {
      external.redirect(external.getRequestContextPath() + "/deal.xhtml?id=" + id);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    FacesContext.getCurrentInstance().responseComplete();
  }

  private com.tfp.platform.shared.Actor actor() {
    return Actors.of(FacesContext.getCurrentInstance().getExternalContext());
  }

  private PageMessage message(String key) {
    return new PageMessage(ResourceBundle.getBundle(ConditionText.BUNDLE, Language.CHINESE).getString(key),
        ResourceBundle.getBundle(ConditionText.BUNDLE, Language.ENGLISH).getString(key));
  }

  private void info(String key) {
    FacesContext.getCurrentInstance().addMessage(null,
        new FacesMessage(FacesMessage.SEVERITY_INFO, ResourceBundle.getBundle(ConditionText.BUNDLE, language.getLocale()).getString(key), null));
  }

  private void error(java.util.Locale locale, String key) {
    error(ResourceBundle.getBundle(ConditionText.BUNDLE, locale).getString(key));
  }

  private void error(String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  public String language(PageMessage m) {
    return m == null ? "" : m.in(language.getLocale());
  }

  // --- bound values

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public String getComment() { return comment; }
  public void setComment(String comment) { this.comment = comment; }
  public Map<String, String> getAcknowledgementNotes() { return acknowledgementNotes; }
  public String getAmount() { return amount; }
  public void setAmount(String amount) { this.amount = amount; }
  public LocalDate getValueDate() { return valueDate; }
  public void setValueDate(LocalDate valueDate) { this.valueDate = valueDate; }
  public PageMessage getCommentError() { return commentError; }
  public PageMessage getAmountError() { return amountError; }
  public LocalDate getNewMaturity() { return newMaturity; }
  public void setNewMaturity(LocalDate newMaturity) { this.newMaturity = newMaturity; }
  public PageMessage getNewMaturityError() { return newMaturityError; }
  public PageMessage getOutcome() { return outcome; }
}
