package com.tfp.platform.deal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.tfp.platform.audit.domain.AuditRecord;
import com.tfp.platform.deal.domain.ApplicationStatus;
import com.tfp.platform.deal.domain.DecisionRecord;
import com.tfp.platform.deal.domain.ReferAcknowledgement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The deal page's timeline is the audit trail, with the deal's own workflow records joined in (002 Art.29-34: who decided what). */
class DealTimelineTest {

  static AuditRecord ok(String actor, String command) {
    return new AuditRecord(actor, "CUSTOMER_MANAGER", command, "application/7", null, null, "OK", null);
  }

  @Test
  void acceptedStepsCarryTheStatusChangeAndCommentOfTheDealsRecord() {
    var history = List.of(new DecisionRecord("CREATE", null, ApplicationStatus.DRAFT, "cm1", "created"),
        new DecisionRecord("SUBMIT", ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, "cm1", "please review"));
    var trail = List.of(ok("cm1", "APPLICATION_CREATE"), ok("cm1", "APPLICATION_SUBMIT"));

    List<TimelineEntry> t = DealTimeline.merge(trail, history, List.of());

    assertEquals(2, t.size());
    assertEquals("SUBMIT", t.get(1).command());
    assertEquals(ApplicationStatus.DRAFT, t.get(1).fromStatus());
    assertEquals(ApplicationStatus.SUBMITTED, t.get(1).toStatus());
    assertEquals("please review", t.get(1).note());
    assertEquals("CUSTOMER_MANAGER", t.get(1).actorRoles());
  }

  @Test
  void aRefusedAttemptIsOnTheTimelineWithThePlatformsReasonAndNoStatusChange() {
    var trail = List.of(new AuditRecord("cm1", "CUSTOMER_MANAGER,RISK_APPROVER", "APPLICATION_DECIDE", "application/7", null, null, "REFUSED",
        "ForbiddenException: the maker of a deal cannot also check it"));

    TimelineEntry refused = DealTimeline.merge(trail, List.of(), List.of()).get(0);

    assertEquals("DECIDE", refused.command());
    assertEquals(true, refused.refused());
    assertEquals("the maker of a deal cannot also check it", refused.note());
    assertNull(refused.toStatus());
  }

  @Test
  void aRefusedDecisionIsRecordedAsTheActionItWas() {
    var approve = new Applications.DecisionCommand("APPROVE", "ok", null, null, null);
    assertEquals("APPLICATION_APPROVE", approve.auditedName());
    assertNull(new Applications.DecisionCommand("SELL", null, null, null, null).auditedName(), "an unknown action keeps the method's name");
    assertNull(new Applications.DecisionCommand(null, null, null, null, null).auditedName());

    var trail = List.of(new AuditRecord("risk1", "RISK_APPROVER", approve.auditedName(), "application/7", null, null, "REFUSED",
        "RuleViolationException: every REFER finding needs an approver's acknowledgement"));
    assertEquals("APPROVE", DealTimeline.merge(trail, List.of(), List.of()).get(0).command());
  }

  @Test
  void stepsNoUserTookComeFromTheDealsRecordAsSystemSteps_004Art25() {
    // in the order they happen: the deal is created (its record, then the audit), later end of day finds it unpaid
    var created = new DecisionRecord("CREATE", null, ApplicationStatus.DRAFT, "cm1", "created");
    var trail = List.of(ok("cm1", "APPLICATION_CREATE"));
    var overdue = new DecisionRecord("OVERDUE", ApplicationStatus.DISBURSED, ApplicationStatus.OVERDUE, "eod", "unpaid at maturity (004 Art.25)");

    List<TimelineEntry> t = DealTimeline.merge(trail, List.of(created, overdue), List.of());

    assertEquals(List.of("CREATE", "OVERDUE"), t.stream().map(TimelineEntry::command).toList());
    assertEquals("SYSTEM", t.get(1).actorRoles());
    assertEquals(ApplicationStatus.OVERDUE, t.get(1).toStatus());
  }

  @Test
  void anApprovalAboveAuthorityIsShownAsTheEscalationItWas_002Art33() {
    // the branch approver's APPROVE escalates, head office's approves: each joined with its own user's record
    var escalated = new DecisionRecord("ESCALATE", ApplicationStatus.DOCUMENTS_REVIEWED, ApplicationStatus.ESCALATED, "risk1", "above my authority");
    var byRisk1 = ok("risk1", "APPLICATION_APPROVE");
    var approved = new DecisionRecord("APPROVE", ApplicationStatus.ESCALATED, ApplicationStatus.APPROVED, "risk2", "approved");
    var byRisk2 = ok("risk2", "APPLICATION_APPROVE");

    List<TimelineEntry> t = DealTimeline.merge(List.of(byRisk1, byRisk2), List.of(escalated, approved), List.of());

    assertEquals(2, t.size());
    assertEquals("ESCALATE", t.get(0).command());
    assertEquals(ApplicationStatus.ESCALATED, t.get(0).toStatus());
    assertEquals("risk2", t.get(1).actor());
    assertEquals(ApplicationStatus.APPROVED, t.get(1).toStatus());
  }

  @Test
  void anAcknowledgementChangesNoStatusAndTakesNoLaterStep_X0() {
    var note = new ReferAcknowledgement("BP-TITLE-DOCUMENTS", "copy B/L and customs declaration seen", "risk1");
    var acknowledged = ok("risk1", "APPLICATION_ACKNOWLEDGE");
    var approved = new DecisionRecord("APPROVE", ApplicationStatus.DOCUMENTS_REVIEWED, ApplicationStatus.APPROVED, "risk1", "ok");
    var approval = ok("risk1", "APPLICATION_APPROVE");

    List<TimelineEntry> t = DealTimeline.merge(List.of(acknowledged, approval), List.of(approved), List.of(note));

    assertEquals(List.of("ACKNOWLEDGE", "APPROVE"), t.stream().map(TimelineEntry::command).toList());
    assertNull(t.get(0).toStatus());
    assertEquals("BP-TITLE-DOCUMENTS: copy B/L and customs declaration seen", t.get(0).note());
    assertEquals("ok", t.get(1).note(), "the approval keeps its own comment");
    assertEquals(ApplicationStatus.APPROVED, t.get(1).toStatus());
  }
}
