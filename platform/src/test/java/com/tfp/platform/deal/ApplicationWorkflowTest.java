package com.tfp.platform.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tfp.platform.deal.domain.Application;
import com.tfp.platform.deal.domain.ApplicationStatus;
import com.tfp.platform.deal.domain.TradeDocument;
import com.tfp.platform.duties.domain.DutyPolicy;
import com.tfp.platform.shared.Actor;
import com.tfp.platform.shared.ForbiddenException;
import com.tfp.platform.shared.Role;
import com.tfp.platform.shared.RuleViolationException;
import com.tfp.spi.evaluation.LineOccupation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Maker-checker as data (002 Art.29-34; PRODUCTS.md X0): roles, maker ≠ checker, REFER acknowledgement, escalation. */
class ApplicationWorkflowTest {

  static final Actor MAKER = new Actor("cm", EnumSet.of(Role.CUSTOMER_MANAGER, Role.RISK_APPROVER));
  static final Actor IB = new Actor("ib", EnumSet.of(Role.IB_REVIEWER, Role.RISK_APPROVER));
  static final Actor RISK = new Actor("risk", EnumSet.of(Role.RISK_APPROVER));
  static final Actor HEAD = new Actor("head", EnumSet.of(Role.RISK_APPROVER));
  static final DutyPolicy P = DutyPolicy.DEFAULT;
  static final BigDecimal AUTHORITY = new BigDecimal("5000000");

  static Application deal(Set<String> refer) {
    return new Application("C1", "p", "1.0.0", null, "USD", LocalDate.of(2026, 12, 1), new BigDecimal("100000"), refer.isEmpty() ? "APPROVABLE" : "REFER",
        new BigDecimal("100000"), LocalDate.of(2026, 12, 19), 2, LineOccupation.CUSTOMER, null, null, refer, "{}",
        List.of(new TradeDocument("INVOICE", "1", null)), null, null, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("0.05"), BigDecimal.ZERO, "cm",
        LocalDate.of(2026, 12, 1));
  }

  static Application reviewed(Set<String> refer) {
    Application a = deal(refer);
    a.submit(P, MAKER, null);
    a.reviewDocuments(P, IB, "ok");
    return a;
  }

  @Test
  void theMakerMayNotApproveTheirOwnDeal() {
    Application a = reviewed(Set.of());
    assertThrows(ForbiddenException.class, () -> a.approve(P, MAKER, null, AUTHORITY, BigDecimal.ONE));
  }

  @Test
  void theReviewerMayNotApproveWhatTheyReviewed() {
    Application a = reviewed(Set.of());
    assertThrows(ForbiddenException.class, () -> a.approve(P, IB, null, AUTHORITY, BigDecimal.ONE));
    a.approve(P, RISK, "ok", AUTHORITY, BigDecimal.ONE);
    assertEquals(ApplicationStatus.APPROVED, a.status());
  }

  @Test
  void everyReferNeedsAnAcknowledgementWithAComment_X0() {
    Application a = reviewed(Set.of("BP-DP-SIGHT"));
    assertThrows(RuleViolationException.class, () -> a.approve(P, RISK, null, AUTHORITY, BigDecimal.ONE));
    a.acknowledge(P, RISK, "BP-DP-SIGHT", "recourse in place");
    a.approve(P, RISK, null, AUTHORITY, BigDecimal.ONE);
    assertEquals(ApplicationStatus.APPROVED, a.status());
  }

  @Test
  void aboveTheApproversAuthorityTheDealEscalatesToAnother_002Art33() {
    Application a = reviewed(Set.of());
    a.approve(P, RISK, null, AUTHORITY, new BigDecimal("6000000"));
    assertEquals(ApplicationStatus.ESCALATED, a.status());
    assertThrows(ForbiddenException.class, () -> a.approve(P, RISK, null, new BigDecimal("100000000"), new BigDecimal("6000000")));
    a.approve(P, HEAD, null, new BigDecimal("100000000"), new BigDecimal("6000000"));
    assertEquals(ApplicationStatus.APPROVED, a.status());
  }

  @Test
  void onlyCheckersRejectAndTheyMustSayWhy() {
    Application a = deal(Set.of());
    a.submit(P, MAKER, null);
    assertThrows(ForbiddenException.class, () -> a.reject(P, new Actor("x", EnumSet.of(Role.CUSTOMER_MANAGER)), "no"));
    assertThrows(com.tfp.platform.shared.InvalidInputException.class, () -> a.reject(P, IB, " "));
    a.reject(P, IB, "documents discrepant");
    assertEquals(ApplicationStatus.REJECTED, a.status());
  }

  @Test
  void invoicesAreClaimedPerSellerAndTransportDocumentsByNumber_X2() {
    assertEquals("INVOICE|ACME|INV-1", new TradeDocument("INVOICE", "inv-1", "Acme").claimKey("C1"));
    assertEquals("INVOICE|C1|INV-1", new TradeDocument("INVOICE", "INV-1 ", null).claimKey("C1"));
    assertEquals("TRANSPORT|BL9", new TradeDocument("BILL_OF_LADING", "bl9", "COSCO").claimKey("C1"));
    assertEquals(null, new TradeDocument("CONTRACT", "K1", null).claimKey("C1"));
  }
}
