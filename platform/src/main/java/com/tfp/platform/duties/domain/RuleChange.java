package com.tfp.platform.duties.domain;

import com.tfp.platform.shared.ConflictException;
import com.tfp.spi.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A change of the bank's rules (a parameter, a discount rate, a risk class, a product's release) as one administrator
 * proposed it: it has no effect while PENDING; a different administrator approves it (then it applies, provided the
 * value is still the one it was proposed against) or rejects it with a reason; the proposer may withdraw it.
 * Maker-checker as data: the proposal keeps who proposed and who decided, the old and the new value.
 */
@Entity
@Table(name = "RULE_CHANGE")
public class RuleChange {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private RuleChangeKind kind;

  /** As the audit trail names it: {@code parameter/domestic-lc/packingLoanRatio}, {@code product/factoring}. */
  @Column(nullable = false, length = 120)
  private String target;

  @Column(length = 40)
  private String productId;

  /** The parameter key, the variant ({@code null}: the product), or {@code currency/tenor} of a discount rate. */
  @Column(length = 80)
  private String subject;

  @Column(length = 500)
  private String oldValue;

  @Column(length = 500)
  private String newValue;

  @Column(length = 500)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private RuleChangeStatus status;

  @Column(nullable = false, length = 80)
  private String proposedBy;

  /** UTC. */
  @Column(nullable = false)
  private LocalDateTime proposedAt;

  @Column(length = 80)
  private String decidedBy;

  private LocalDateTime decidedAt;

  @Column(length = 500)
  private String decisionReason;

  @Version private long version;

  protected RuleChange() {}

  public RuleChange(RuleChangeKind kind, String target, String productId, String subject, String oldValue, String newValue,
      String reason, String proposedBy) {
    this.kind = kind;
    this.target = target;
    this.productId = productId;
    this.subject = subject;
    this.oldValue = oldValue;
    this.newValue = newValue;
    this.reason = reason;
    this.proposedBy = proposedBy;
    this.proposedAt = LocalDateTime.now(ZoneOffset.UTC);
    this.status = RuleChangeStatus.PENDING;
  }

  /** Decides a pending change; a decided one cannot be decided again (409, e.g. the second of two concurrent approvals). */
  public void decide(RuleChangeStatus outcome, String by, String why) {
    if (status != RuleChangeStatus.PENDING) {
      throw new ConflictException(LocalizedText.of("规则变更 %s 已是 %s，不能再处理", "rule change %s is already %s").formatted(id, status));
    }
    this.status = outcome;
    this.decidedBy = by;
    this.decidedAt = LocalDateTime.now(ZoneOffset.UTC);
    this.decisionReason = why;
  }

  public Long id() { return id; }
  public RuleChangeKind kind() { return kind; }
  public String target() { return target; }
  public String productId() { return productId; }
  public String subject() { return subject; }
  public String oldValue() { return oldValue; }
  public String newValue() { return newValue; }
  public String reason() { return reason; }
  public RuleChangeStatus status() { return status; }
  public String proposedBy() { return proposedBy; }
  public LocalDateTime proposedAt() { return proposedAt; }
  public String decidedBy() { return decidedBy; }
  public LocalDateTime decidedAt() { return decidedAt; }
  public String decisionReason() { return decisionReason; }
  public long version() { return version; }
}
