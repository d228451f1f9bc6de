package com.tfp.web.rest.dto;

import com.tfp.platform.audit.domain.AuditRecord;
import com.tfp.platform.customer.domain.Customer;
import com.tfp.platform.deal.application.CollectionResult;
import com.tfp.platform.deal.application.DisbursementResult;
import com.tfp.platform.deal.domain.Application;
import com.tfp.platform.eod.domain.EodDay;
import com.tfp.platform.eod.domain.EodProgress;
import com.tfp.platform.eod.domain.EodRun;
import com.tfp.platform.ledger.application.TrialBalance;
import com.tfp.platform.ledger.domain.JournalEntry;
import com.tfp.platform.line.application.LineState;
import com.tfp.platform.line.domain.CreditLine;
import com.tfp.platform.line.domain.LineLedgerEntry;
import com.tfp.web.rest.JsonText;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** The views of customers, lines, deals, the journal and end of day (API.md Deals): amounts as decimal strings. */
public final class DealViews {

  private DealViews() {}

  public record CustomerView(String id, String name, String kind, String tier, String creditRating, String safeCategory, boolean exportLicence,
      String bankRelationshipYears, boolean badSettlementRecord, boolean unsecuredEligible, String groupId, List<String> relatedParties,
      boolean overdue, boolean defaulted, List<String> overdueProducts, String insurerCode, boolean hasAccount) {}

  public record LineView(Long id, String code, String customerId, String type, String category, Long parentId, String productId, Long dealId,
      Integer riskClass, String riskCoefficient, String limit, String occupied, String available, String currency, String startDate,
      String expiry, String extendedUntil, String status, String statusReason) {}

  public record LedgerEntryView(Long id, Long lineId, String lineCode, Long dealId, String kind, String amount, String occupiedAfter,
      String limitAfter, String currency, String businessDate, String narrative, String actor, String recordedAt) {}

  public record DocumentView(String type, String number, String issuer) {}

  public record HistoryView(String command, String from, String to, String by, String comment, String at) {}

  public record AcknowledgementView(String code, String comment, String by, String at) {}

  public record ApplicationView(Long id, String customerId, String product, String productVersion, String variant, String currency,
      String valueDate, String requestedAmount, String status, String decision, String maxAmount, String maturityDate, int riskClass,
      String lineOccupation, String marginRatio, String earlierStageRepayment, Long earlierStageDealId, String counterpartyId, String cashMargin,
      String pledgeCover, String interestRate, String fees, List<DocumentView> documents, List<String> referFindings,
      List<AcknowledgementView> acknowledgements, List<HistoryView> history, String createdBy, String reviewedBy, String escalatedBy,
      String approvedBy, String disbursedAmount, String disbursedOn, String principalOutstanding, String interestAccrued,
      String interestCollected, String interestDue, String feesCollected, Long lineId, String lineCode, String lineOccupied, String lineBasis,
      String overdueSince, String settledOn, String closedOn, long version, List<DefaultView> defaults, JsonObject evaluation) {}

  /**
   * A value the application's request did not carry and the platform used (its value date, a product's default …), as
   * the evaluation it was created from lists it; the message in both languages.
   */
  public record DefaultView(String field, String value, TextView message, String source, boolean bankDefault) {}

  public record DisbursementView(Long applicationId, String status, String amount, Long earlierStageDealId, String earlierStageRepaid,
      String paidToCustomer, Long lineId, String lineCode, String lineOccupied, String lineBasis) {}

  public record CollectionView(Long applicationId, String status, String proceeds, String principal, String interest, String fees,
      String remainder, String stillOwed, String lineRestored, String principalOutstanding, String interestDue, String feesDue) {}

  public record PostingView(String account, String side, String amount) {}

  public record JournalEntryView(Long id, String businessDate, Long dealId, String event, String currency, String narrative, String source,
      String actor, List<PostingView> postings) {}

  public record EodDayView(String businessDate, String nextBusinessDate, int accruals, String interestAccrued, int overdueTransfers,
      int linesSuspended, int linesExpired) {}

  public record EodRunView(Long id, String status, String requestedBy, String requestedAt, String fromDate, String untilDate,
      int daysProcessed, int daysSkipped, String businessDate, Long batchExecutionId, String finishedAt, String message, List<EodDayView> days,
      EodProgressView progress) {}

  /** The deal step of the date being closed: percent, deals per second, seconds left (null until a rate is known), per partition. */
  public record EodProgressView(String businessDate, long dealsTotal, long dealsDone, int percent, String dealsPerSecond, Long etaSeconds,
      List<EodPartitionView> partitions) {}

  public record EodPartitionView(int partition, long firstId, long lastId, long dealsTotal, long dealsDone, long accruals, long overdueTransfers,
      String updatedAt) {}

  public record TrialBalanceView(String businessDate, boolean balanced, List<TrialBalanceRowView> rows, List<TrialBalanceTotalView> totals) {}

  /** Amounts as decimal strings, like every amount of the API. */
  public record TrialBalanceRowView(String account, String nameZh, String nameEn, String currency, String debits, String credits, String balance) {}

  public record TrialBalanceTotalView(String currency, String debits, String credits, boolean balanced) {}

  public record AuditView(Long id, String recordedAt, String actor, String roles, String command, String target, String before, String after,
      String outcome, String detail) {}

  public static CustomerView customer(Customer c) {
    return new CustomerView(c.id(), c.name(), c.kind().name(), c.tier() == null ? null : c.tier().name(), c.creditRating(), c.safeCategory(),
        c.exportLicence(), plain(c.bankRelationshipYears()), c.badSettlementRecord(), c.unsecuredEligible(), c.groupId(), c.relatedParties(),
        c.overdue(), c.defaulted(), c.overdueProducts().stream().sorted().toList(), c.insurerCode(), c.hasAccount());
  }

  public static LineView line(LineState s) {
    CreditLine l = s.line();
    return new LineView(l.id(), l.code(), l.customerId(), l.lineType().name(), l.category().name(), l.parentId(), l.productId(), l.dealId(),
        l.riskClass(), plain(s.riskCoefficient()), plain(l.limitAmount()), plain(s.totalOccupied()), plain(s.available()), l.currency(),
        str(l.startDate()), str(l.expiryDate()), str(l.extendedUntil()), l.status().name(), l.statusReason());
  }

  public static LedgerEntryView ledger(LineLedgerEntry e) {
    return new LedgerEntryView(e.id(), e.lineId(), e.lineCode(), e.dealId(), e.kind().name(), plain(e.amount()), plain(e.occupiedAfter()),
        plain(e.limitAfter()), e.currency(), str(e.businessDate()), e.narrative(), e.actor(), str(e.recordedAt()));
  }

  public static ApplicationView application(Application a) {
    return new ApplicationView(a.id(), a.customerId(), a.productId(), a.productVersion(), a.variant(), a.currency(), str(a.valueDate()),
        plain(a.requestedAmount()), a.status().name(), a.decision(), plain(a.maxAmount()), str(a.maturityDate()), a.riskClass(),
        a.lineOccupation().name(), plain(a.marginRatio()), plain(a.earlierStageRepayment()), a.earlierStageDealId(), a.counterpartyId(),
        plain(a.cashMargin()), plain(a.pledgeCover()), plain(a.interestRate()), plain(a.fees()),
        a.documents().stream().map(d -> new DocumentView(d.type(), d.number(), d.issuer())).toList(), List.copyOf(a.referCodes()),
        a.acknowledgements().stream().map(k -> new AcknowledgementView(k.findingCode(), k.note(), k.by(), str(k.at()))).toList(),
        a.history().stream().map(h -> new HistoryView(h.command(), h.fromStatus() == null ? null : h.fromStatus().name(), h.toStatus().name(),
            h.by(), h.note(), str(h.at()))).toList(),
        a.createdBy(), a.reviewedBy(), a.escalatedBy(), a.approvedBy(), plain(a.disbursedAmount()), str(a.disbursedOn()),
        plain(a.principalOutstanding()), plain(a.interestAccrued().setScale(2, RoundingMode.HALF_UP)), plain(a.interestCollected()),
        plain(a.interestDue()), plain(a.feesCollected()), a.lineId(), a.lineCode(), plain(a.lineOccupied()), a.lineBasis(),
        str(a.overdueSince()), str(a.settledOn()), str(a.closedOn()), a.version(), defaults(JsonText.parse(a.evaluationJson())),
        JsonText.parse(a.evaluationJson()));
  }

  /** The defaults the stored evaluation lists ({@code evaluation.defaults} of the snapshot; none before issue 12). */
  static List<DefaultView> defaults(JsonObject snapshot) {
    if (snapshot == null || !(snapshot.get("evaluation") instanceof JsonObject e) || !(e.get("defaults") instanceof jakarta.json.JsonArray list)) {
      return List.of();
    }
    return list.stream().map(jakarta.json.JsonValue::asJsonObject).map(d -> {
      JsonObject m = d.getJsonObject("message");
      return new DefaultView(d.getString("field", null), d.getString("value", null),
          m == null ? null : new TextView(m.getString("zh", null), m.getString("en", null)), d.getString("source", null),
          d.getBoolean("bankDefault", false));
    }).toList();
  }

  public static DisbursementView disbursement(DisbursementResult r) {
    Application a = r.application();
    return new DisbursementView(a.id(), a.status().name(), plain(r.amount()), r.earlierStageDealId(), plain(r.earlierStageRepaid()),
        plain(r.paidToCustomer()), a.lineId(), a.lineCode(), plain(a.lineOccupied()), a.lineBasis());
  }

  public static CollectionView collection(CollectionResult r) {
    Application a = r.application();
    var s = r.split();
    return new CollectionView(a.id(), a.status().name(), plain(s.proceeds()), plain(s.principal()), plain(s.interest()), plain(s.fees()),
        plain(s.remainder()), plain(s.stillOwed()), plain(r.lineRestored()), plain(a.principalOutstanding()), plain(a.interestDue()),
        plain(a.feesDue()));
  }

  public static JournalEntryView journal(JournalEntry e) {
    return new JournalEntryView(e.id(), str(e.businessDate()), e.dealId(), e.event(), e.currency(), e.narrative(), e.source(), e.actor(),
        e.postings().stream().map(p -> new PostingView(p.account(), p.side().name(), plain(p.amount()))).toList());
  }

  public static EodRunView eod(EodRun r, List<EodDay> days, EodProgress p) {
    return new EodRunView(r.id(), r.state().name(), r.requestedBy(), str(r.requestedAt()), str(r.fromDate()), str(r.untilDate()),
        r.daysProcessed(), r.daysSkipped(), str(r.businessDateAfter()), r.batchExecutionId(), str(r.finishedAt()), r.message(),
        days.stream().map(d -> new EodDayView(str(d.businessDate()), str(d.nextBusinessDate()), d.accruals(),
            plain(d.interestAccrued().setScale(2, RoundingMode.HALF_UP)), d.overdueTransfers(), d.linesSuspended(), d.linesExpired())).toList(),
        p == null ? null : new EodProgressView(str(p.businessDate()), p.dealsTotal(), p.dealsDone(), p.percent(), plain(p.dealsPerSecond()),
            p.etaSeconds(), p.partitions().stream().map(x -> new EodPartitionView(x.partition(), x.firstId(), x.lastId(), x.dealsTotal(),
                x.dealsDone(), x.accruals(), x.overdueTransfers(), str(x.updatedAt()))).toList()));
  }

  public static TrialBalanceView trialBalance(TrialBalance t) {
    return new TrialBalanceView(str(t.businessDate()), t.balanced(),
        t.rows().stream().map(r -> new TrialBalanceRowView(r.account(), r.nameZh(), r.nameEn(), r.currency(), plain(r.debits()),
            plain(r.credits()), plain(r.balance()))).toList(),
        t.totals().stream().map(x -> new TrialBalanceTotalView(x.currency(), plain(x.debits()), plain(x.credits()), x.balanced())).toList());
  }

  public static AuditView audit(AuditRecord r) {
    return new AuditView(r.id(), str(r.recordedAt()), r.actor(), r.actorRoles(), r.command(), r.target(), r.stateBefore(), r.stateAfter(),
        r.outcome(), r.detail());
  }

  static String plain(BigDecimal d) {
    return d == null ? null : d.toPlainString();
  }

  static String str(LocalDate d) {
    return d == null ? null : d.toString();
  }

  static String str(LocalDateTime d) {
    return d == null ? null : d.toString() + "Z";
  }
}
