package com.tfp.platform.deal.domain;

import com.tfp.platform.duties.domain.DealParties;
import com.tfp.platform.duties.domain.Duty;
import com.tfp.platform.duties.domain.DutyPolicy;
import com.tfp.platform.shared.Actor;
import com.tfp.platform.shared.ConflictException;
import com.tfp.platform.shared.ForbiddenException;
import com.tfp.platform.shared.InvalidInputException;
import com.tfp.platform.shared.Role;
import com.tfp.platform.shared.RuleViolationException;
import com.tfp.spi.LocalizedText;
import com.tfp.spi.evaluation.LineOccupation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A deal: created from an evaluation by a product plug-in (whose id and version it keeps, with the evaluation as it
 * was) and the trade documents behind it, taken through maker-checker approval, disbursed, collected and closed.
 * The workflow rules live here (REFER acknowledgements, escalation above authority), who may give each command in the
 * segregation-of-duties policy it is handed ({@link DutyPolicy}); the money rules in small classes beside it ({@link ProceedsWaterfall}, {@link DailyInterest}).
 */
@Entity
@Table(name = "TF_APPLICATION")
public class Application {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 40) private String customerId;
  @Column(nullable = false, length = 40) private String productId;
  @Column(nullable = false, length = 40) private String productVersion;
  @Column(length = 40) private String variant;
  @Column(nullable = false, length = 3) private String currency;
  @Column(nullable = false) private LocalDate valueDate;
  @Column(nullable = false, precision = 19, scale = 2) private BigDecimal requestedAmount;

  @Enumerated(EnumType.STRING) @Column(nullable = false, length = 24) private ApplicationStatus status = ApplicationStatus.DRAFT;

  // the evaluation as it was
  @Column(nullable = false, length = 12) private String decision;
  @Column(precision = 19, scale = 2) private BigDecimal maxAmount;
  private LocalDate maturityDate;
  private int riskClass;
  @Enumerated(EnumType.STRING) @Column(nullable = false, length = 24) private LineOccupation lineOccupation;
  @Column(precision = 9, scale = 6) private BigDecimal marginRatio;
  @Column(precision = 19, scale = 2) private BigDecimal earlierStageRepayment;
  @Column(length = 600) private String referCodes;
  @Lob @Column(nullable = false) private String evaluationJson;

  // what the application adds to the evaluation
  private Long earlierStageDealId;
  @Column(length = 40) private String counterpartyId;
  @Column(nullable = false, precision = 19, scale = 2) private BigDecimal cashMargin = BigDecimal.ZERO;
  @Column(nullable = false, precision = 19, scale = 2) private BigDecimal pledgeCover = BigDecimal.ZERO;
  @Column(nullable = false, precision = 9, scale = 6) private BigDecimal interestRate;
  @Column(nullable = false, precision = 19, scale = 2) private BigDecimal fees = BigDecimal.ZERO;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "APPLICATION_DOCUMENT", joinColumns = @JoinColumn(name = "APPLICATION_ID"))
  @OrderColumn(name = "POS")
  private List<TradeDocument> documents = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "APPLICATION_DECISION", joinColumns = @JoinColumn(name = "APPLICATION_ID"))
  @OrderColumn(name = "POS")
  private List<DecisionRecord> history = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "APPLICATION_REFER_ACK", joinColumns = @JoinColumn(name = "APPLICATION_ID"))
  @OrderColumn(name = "POS")
  private List<ReferAcknowledgement> acknowledgements = new ArrayList<>();

  // who
  @Column(nullable = false, length = 60) private String createdBy;
  @Column(length = 60) private String reviewedBy;
  @Column(length = 60) private String escalatedBy;
  @Column(length = 60) private String approvedBy;
  /** UTC. */
  @Column(nullable = false) private LocalDateTime createdAt;
  @Column(nullable = false) private LocalDate createdOn;

  // servicing
  @Column(precision = 19, scale = 2) private BigDecimal disbursedAmount;
  private LocalDate disbursedOn;
  @Column(nullable = false, precision = 19, scale = 2) private BigDecimal principalOutstanding = BigDecimal.ZERO;
  /** Σ daily accruals, unrounded (rounded to the cent only when shown or collected). */
  @Column(nullable = false, precision = 25, scale = 10) private BigDecimal interestAccrued = BigDecimal.ZERO;
  @Column(nullable = false, precision = 19, scale = 2) private BigDecimal interestCollected = BigDecimal.ZERO;
  @Column(nullable = false, precision = 19, scale = 2) private BigDecimal feesCollected = BigDecimal.ZERO;
  @Column(nullable = false, precision = 19, scale = 2) private BigDecimal proceedsReceived = BigDecimal.ZERO;
  private Long lineId;
  @Column(length = 60) private String lineCode;
  @Column(precision = 19, scale = 2) private BigDecimal lineOccupied;
  @Column(length = 300) private String lineBasis;
  private LocalDate overdueSince;
  private LocalDate settledOn;
  private LocalDate closedOn;
  private LocalDate lastAccrualDate;

  @Version private long version;

  protected Application() {}

  public Application(String customerId, String productId, String productVersion, String variant, String currency, LocalDate valueDate,
      BigDecimal requestedAmount, String decision, BigDecimal maxAmount, LocalDate maturityDate, int riskClass, LineOccupation lineOccupation,
      BigDecimal marginRatio, BigDecimal earlierStageRepayment, Set<String> referCodes, String evaluationJson, List<TradeDocument> documents,
      Long earlierStageDealId, String counterpartyId, BigDecimal cashMargin, BigDecimal pledgeCover, BigDecimal interestRate, BigDecimal fees,
      String createdBy, LocalDate businessDate) {
    this.customerId = customerId;
    this.productId = productId;
    this.productVersion = productVersion;
    this.variant = variant;
    this.currency = currency;
    this.valueDate = valueDate;
    this.requestedAmount = requestedAmount;
    this.decision = decision;
    this.maxAmount = maxAmount;
    this.maturityDate = maturityDate;
    this.riskClass = riskClass;
    this.lineOccupation = lineOccupation;
    this.marginRatio = marginRatio;
    this.earlierStageRepayment = earlierStageRepayment;
    this.referCodes = referCodes.isEmpty() ? null : String.join(";", referCodes);
    this.evaluationJson = evaluationJson;
    this.documents = new ArrayList<>(documents);
    this.earlierStageDealId = earlierStageDealId;
    this.counterpartyId = counterpartyId;
    this.cashMargin = cashMargin;
    this.pledgeCover = pledgeCover;
    this.interestRate = interestRate;
    this.fees = fees;
    this.createdBy = createdBy;
    this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
    this.createdOn = businessDate;
    history.add(new DecisionRecord("CREATE", null, ApplicationStatus.DRAFT, createdBy, "created from evaluation " + productId + " " + productVersion));
  }

  // ---- workflow -------------------------------------------------------------------------------------------------

  /** The maker (customer manager, or a legacy system) submits a draft or a returned deal. */
  public void submit(DutyPolicy duties, Actor a, String note) {
    duties.check(Duty.SUBMIT, a, parties());
    expect(Set.of(ApplicationStatus.DRAFT, ApplicationStatus.RETURNED), "SUBMIT");
    move("SUBMIT", ApplicationStatus.SUBMITTED, a, note);
  }

  /** International Business reviews the documents (002 Art.32; 004 Art.19); never the maker's own deal. */
  public void reviewDocuments(DutyPolicy duties, Actor a, String note) {
    duties.check(Duty.REVIEW, a, parties());
    expect(Set.of(ApplicationStatus.SUBMITTED), "REVIEW");
    reviewedBy = a.name();
    move("REVIEW", ApplicationStatus.DOCUMENTS_REVIEWED, a, note);
  }

  /** An approver records why a soft rule may be set aside (PRODUCTS.md X0). */
  public void acknowledge(DutyPolicy duties, Actor a, String findingCode, String note) {
    duties.check(Duty.ACKNOWLEDGE, a, parties());
    if (!referCodes().contains(findingCode)) {
      throw InvalidInputException.of("acknowledgements.code", "该评估没有此 REFER 结论：" + findingCode, "the evaluation has no REFER finding " + findingCode);
    }
    if (note == null || note.isBlank()) {
      throw InvalidInputException.of("acknowledgements.comment", "确认例外须写明理由", "an acknowledgement needs a comment saying why");
    }
    acknowledgements.removeIf(k -> k.findingCode().equals(findingCode));
    acknowledgements.add(new ReferAcknowledgement(findingCode, note, a.name()));
  }

  /**
   * A risk approver approves within their authority (002 Art.31, Art.33); above it the deal escalates to a higher
   * authority. Nobody approves a deal they created or reviewed, nor confirms their own escalation (maker ≠ checker).
   */
  public void approve(DutyPolicy duties, Actor a, String note, BigDecimal authorityCny, BigDecimal amountCny) {
    duties.check(status == ApplicationStatus.ESCALATED ? Duty.APPROVE_ESCALATED : Duty.APPROVE, a, parties());
    expect(Set.of(ApplicationStatus.DOCUMENTS_REVIEWED, ApplicationStatus.ESCALATED), "APPROVE");
    List<String> open = referCodes().stream().filter(c -> acknowledgements.stream().noneMatch(k -> k.findingCode().equals(c))).toList();
    if (!open.isEmpty()) {
      throw new RuleViolationException(LocalizedText.of("以下 REFER 结论须由审批人逐项确认并说明理由后方可审批：%s（X0）",
          "every REFER finding needs an approver's acknowledgement with a comment before approval: %s (PRODUCTS.md X0)").formatted(open, open));
    }
    if (amountCny.compareTo(authorityCny) > 0) {
      escalatedBy = a.name();
      move("ESCALATE", ApplicationStatus.ESCALATED, a, "amount " + amountCny.toPlainString() + " CNY above the approver's authority "
          + authorityCny.toPlainString() + " CNY: escalated (002 Art.33) " + (note == null ? "" : note));
      return;
    }
    approvedBy = a.name();
    move("APPROVE", ApplicationStatus.APPROVED, a, note);
  }

  public void reject(DutyPolicy duties, Actor a, String note) {
    duties.check(Duty.REJECT, a, parties());
    checkerDecision(a, note, "REJECT");
    move("REJECT", ApplicationStatus.REJECTED, a, note);
  }

  public void returnToMaker(DutyPolicy duties, Actor a, String note) {
    duties.check(Duty.RETURN, a, parties());
    checkerDecision(a, note, "RETURN");
    move("RETURN", ApplicationStatus.RETURNED, a, note);
  }

  /** Roles and maker ≠ checker are the policy's (checked before); a risk approver decides only once the documents are reviewed. */
  private void checkerDecision(Actor a, String note, String command) {
    if (a.has(Role.RISK_APPROVER) && !a.has(Role.IB_REVIEWER)) {
      expect(Set.of(ApplicationStatus.DOCUMENTS_REVIEWED, ApplicationStatus.ESCALATED), command);
    } else {
      expect(Set.of(ApplicationStatus.SUBMITTED, ApplicationStatus.DOCUMENTS_REVIEWED, ApplicationStatus.ESCALATED), command);
    }
    if (note == null || note.isBlank()) throw InvalidInputException.of("comment", "须说明理由", "a comment saying why is required");
  }

  /** Who took which part of the deal so far, for the segregation-of-duties policy. */
  public DealParties parties() {
    return new DealParties(createdBy, reviewedBy, escalatedBy, approvedBy);
  }

  private void expect(Set<ApplicationStatus> allowed, String command) {
    if (!allowed.contains(status)) {
      throw new ConflictException(LocalizedText.of("业务 %s 当前状态为 %s，不能执行 %s", "deal %s is %s: %s is not possible now").formatted(id, status, command));
    }
  }

  private void move(String command, ApplicationStatus to, Actor a, String note) {
    history.add(new DecisionRecord(command, status, to, a.name(), note));
    status = to;
  }

  // ---- servicing ------------------------------------------------------------------------------------------------

  /** The part of the amount that occupies a line: cash margin and eligible pledge never do (002 Art.21). */
  public BigDecimal uncovered(BigDecimal amount) {
    return amount.subtract(cashMargin).subtract(pledgeCover).max(BigDecimal.ZERO);
  }

  public void disbursed(BigDecimal amount, LocalDate on, Long lineId, String lineCode, BigDecimal lineOccupied, String basis, String by) {
    if (status != ApplicationStatus.APPROVED) {
      throw new ConflictException(LocalizedText.of("业务 %s 状态为 %s，只有已审批的业务可以放款", "deal %s is %s: only an approved deal can be disbursed").formatted(id, status));
    }
    this.disbursedAmount = amount;
    this.disbursedOn = on;
    this.principalOutstanding = amount;
    this.lastAccrualDate = null;
    this.lineId = lineId;
    this.lineCode = lineCode;
    this.lineOccupied = lineOccupied;
    this.lineBasis = basis;
    history.add(new DecisionRecord("DISBURSE", ApplicationStatus.APPROVED, ApplicationStatus.DISBURSED, by, amount.toPlainString() + " " + currency + "; " + basis));
    status = ApplicationStatus.DISBURSED;
  }

  public void accrue(LocalDate day, BigDecimal amount) {
    interestAccrued = interestAccrued.add(amount);
    lastAccrualDate = day;
  }

  /** Interest accrued and not yet collected, to the cent. */
  public BigDecimal interestDue() {
    return interestAccrued.setScale(2, RoundingMode.HALF_UP).subtract(interestCollected).max(BigDecimal.ZERO);
  }

  public BigDecimal feesDue() {
    return fees.subtract(feesCollected).max(BigDecimal.ZERO);
  }

  public void collected(ProceedsWaterfall.Split split, LocalDate on, String by) {
    principalOutstanding = principalOutstanding.subtract(split.principal());
    interestCollected = interestCollected.add(split.interest());
    feesCollected = feesCollected.add(split.fees());
    proceedsReceived = proceedsReceived.add(split.proceeds());
    String note = "proceeds " + split.proceeds().toPlainString() + ": principal " + split.principal().toPlainString() + ", interest "
        + split.interest().toPlainString() + ", fees " + split.fees().toPlainString() + ", to customer " + split.remainder().toPlainString()
        + ", still owed " + split.stillOwed().toPlainString() + " (004 Art.23)";
    if (split.stillOwed().signum() == 0) {
      history.add(new DecisionRecord("COLLECT", status, ApplicationStatus.SETTLED, by, note));
      status = ApplicationStatus.SETTLED;
      settledOn = on;
    } else {
      history.add(new DecisionRecord("COLLECT", status, status, by, note));
    }
  }

  /** 004 Art.25: unpaid at maturity, the deal moves to overdue at once; no extension. */
  public void overdue(LocalDate since) {
    history.add(new DecisionRecord("OVERDUE", status, ApplicationStatus.OVERDUE, "eod", "unpaid at maturity " + maturityDate + ": moved to overdue (004 Art.25)"));
    status = ApplicationStatus.OVERDUE;
    overdueSince = since;
  }

  public void extendMaturity(LocalDate newMaturity, Actor a, String note) {
    history.add(new DecisionRecord("EXTEND", status, status, a.name(), "maturity " + maturityDate + " -> " + newMaturity + " " + (note == null ? "" : note)));
    maturityDate = newMaturity;
  }

  public void close(DutyPolicy duties, Actor a, String note) {
    duties.check(Duty.CLOSE, a, parties());
    expect(Set.of(ApplicationStatus.SETTLED), "CLOSE");
    closedOn = settledOn;
    move("CLOSE", ApplicationStatus.CLOSED, a, note);
  }

  /** The earlier stage of the chain was repaid out of this deal's disbursement (X7): it is settled. */
  public void repaidByLaterStage(long laterDeal, ProceedsWaterfall.Split split, LocalDate on) {
    collected(split, on, "X7");
    history.add(new DecisionRecord("X7", status, status, "system", "repaid out of the disbursement of the later stage " + laterDeal + " (PRODUCTS.md X7)"));
  }

  // ---- reading --------------------------------------------------------------------------------------------------

  public Set<String> referCodes() {
    return referCodes == null ? Set.of() : Arrays.stream(referCodes.split(";")).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  public String snapshot() {
    return "application " + id + " " + productId + " " + productVersion + " status=" + status + " amount=" + requestedAmount.toPlainString()
        + " " + currency + " principal=" + principalOutstanding.toPlainString() + " interestAccrued=" + interestAccrued.setScale(2, RoundingMode.HALF_UP)
        + " line=" + lineCode + " v" + version;
  }

  public Long id() { return id; }
  public String customerId() { return customerId; }
  public String productId() { return productId; }
  public String productVersion() { return productVersion; }
  public String variant() { return variant; }
  public String currency() { return currency; }
  public LocalDate valueDate() { return valueDate; }
  public BigDecimal requestedAmount() { return requestedAmount; }
  public ApplicationStatus status() { return status; }
  public String decision() { return decision; }
  public BigDecimal maxAmount() { return maxAmount; }
  public LocalDate maturityDate() { return maturityDate; }
  public int riskClass() { return riskClass; }
  public LineOccupation lineOccupation() { return lineOccupation; }
  public BigDecimal marginRatio() { return marginRatio; }
  public BigDecimal earlierStageRepayment() { return earlierStageRepayment; }
  public String evaluationJson() { return evaluationJson; }
  public Long earlierStageDealId() { return earlierStageDealId; }
  public String counterpartyId() { return counterpartyId; }
  public BigDecimal cashMargin() { return cashMargin; }
  public BigDecimal pledgeCover() { return pledgeCover; }
  public BigDecimal interestRate() { return interestRate; }
  public BigDecimal fees() { return fees; }
  public List<TradeDocument> documents() { return List.copyOf(documents); }
  public List<DecisionRecord> history() { return List.copyOf(history); }
  public List<ReferAcknowledgement> acknowledgements() { return List.copyOf(acknowledgements); }
  public String createdBy() { return createdBy; }
  public String reviewedBy() { return reviewedBy; }
  public String escalatedBy() { return escalatedBy; }
  public String approvedBy() { return approvedBy; }
  public LocalDateTime createdAt() { return createdAt; }
  public BigDecimal disbursedAmount() { return disbursedAmount; }
  public LocalDate disbursedOn() { return disbursedOn; }
  public BigDecimal principalOutstanding() { return principalOutstanding; }
  public BigDecimal interestAccrued() { return interestAccrued; }
  public BigDecimal interestCollected() { return interestCollected; }
  public BigDecimal feesCollected() { return feesCollected; }
  public BigDecimal proceedsReceived() { return proceedsReceived; }
  public Long lineId() { return lineId; }
  public String lineCode() { return lineCode; }
  public BigDecimal lineOccupied() { return lineOccupied; }
  public String lineBasis() { return lineBasis; }
  public LocalDate overdueSince() { return overdueSince; }
  public LocalDate settledOn() { return settledOn; }
  public LocalDate closedOn() { return closedOn; }
  public LocalDate lastAccrualDate() { return lastAccrualDate; }
  public long version() { return version; }

  public void lineRestoredTo(BigDecimal occupied) {
    this.lineOccupied = occupied;
  }
}
