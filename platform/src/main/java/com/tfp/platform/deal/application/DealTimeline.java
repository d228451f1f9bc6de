package com.tfp.platform.deal.application;

import com.tfp.platform.audit.application.AuditTrail;
import com.tfp.platform.audit.domain.AuditRecord;
import com.tfp.platform.deal.domain.Application;
import com.tfp.platform.deal.domain.DecisionRecord;
import com.tfp.platform.deal.domain.ReferAcknowledgement;
import com.tfp.platform.shared.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A deal's timeline as the audit trail tells it: every command on the deal, accepted or refused, with who, in which
 * roles and when; an accepted step shows the status change and the comment the deal recorded with it, and the steps
 * no user took (overdue at end of day, repaid by a later stage) come from the deal's own record.
 */
@ApplicationScoped
public class DealTimeline {

  private static final String PREFIX = "APPLICATION_";

  @Inject Applications applications;
  @Inject AuditTrail audit;

  @Transactional
  public List<TimelineEntry> of(long dealId, Actor actor) {
    Application deal = applications.get(dealId, actor);
    return merge(audit.ofTarget("application/" + dealId), deal.history(), deal.acknowledgements());
  }

  /**
   * Joins the audit records (oldest first) with the deal's workflow records: an accepted command takes the next
   * unmatched workflow record of the same user written before it (an APPROVE above the approver's authority is recorded
   * as ESCALATE; an ACKNOWLEDGE changes no status and has none, it shows the acknowledgements it recorded instead);
   * workflow records left over are system steps.
   */
  static List<TimelineEntry> merge(List<AuditRecord> trail, List<DecisionRecord> history, List<ReferAcknowledgement> acknowledgements) {
    List<DecisionRecord> open = new ArrayList<>(history);
    List<ReferAcknowledgement> notes = new ArrayList<>(acknowledgements);
    List<TimelineEntry> out = new ArrayList<>();
    for (AuditRecord a : trail) {
      String command = a.command().startsWith(PREFIX) ? a.command().substring(PREFIX.length()) : a.command();
      if (!"OK".equals(a.outcome())) {
        out.add(new TimelineEntry(a.recordedAt(), a.actor(), a.actorRoles(), command, a.outcome(), null, null, reason(a.detail())));
        continue;
      }
      // the deal records its step before the audit records the command, in the same transaction
      DecisionRecord step = open.stream().filter(h -> h.by().equals(a.actor()) && !h.at().isAfter(a.recordedAt())).findFirst().orElse(null);
      if (step != null) {
        open.remove(step);
        out.add(new TimelineEntry(a.recordedAt(), a.actor(), a.actorRoles(), step.command(), a.outcome(), step.fromStatus(), step.toStatus(), step.note()));
      } else {
        out.add(new TimelineEntry(a.recordedAt(), a.actor(), a.actorRoles(), command, a.outcome(), null, null, acknowledged(notes, a)));
      }
    }
    for (DecisionRecord h : open) {
      out.add(new TimelineEntry(h.at(), h.by(), "SYSTEM", h.command(), "OK", h.fromStatus(), h.toStatus(), h.note()));
    }
    out.sort(Comparator.comparing(TimelineEntry::at)); // stable: same-instant entries keep the trail's order
    return out;
  }

  /** What an ACKNOWLEDGE by this user recorded ("CODE: comment"), taken off the list; null for any other command. */
  private static String acknowledged(List<ReferAcknowledgement> notes, AuditRecord a) {
    List<ReferAcknowledgement> mine = notes.stream().filter(k -> k.by().equals(a.actor()) && !k.at().isAfter(a.recordedAt())).toList();
    if (mine.isEmpty()) return null;
    notes.removeAll(mine);
    return String.join("; ", mine.stream().map(k -> k.findingCode() + ": " + k.note()).toList());
  }

  /** The audit keeps "ExceptionKind: message"; the timeline shows the message. */
  private static String reason(String detail) {
    if (detail == null) return null;
    int colon = detail.indexOf(": ");
    return colon > 0 && detail.substring(0, colon).endsWith("Exception") ? detail.substring(colon + 2) : detail;
  }
}
