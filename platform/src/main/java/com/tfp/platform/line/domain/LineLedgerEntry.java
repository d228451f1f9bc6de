package com.tfp.platform.line.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One line of the per-customer line ledger (授信业务台帐, 002 Art.36): every drawing, recovery, transfer, extension,
 * suspension and release, with the line's occupied amount and limit after it. Append-only.
 */
@Entity
@Table(name = "LINE_LEDGER")
public class LineLedgerEntry {

  public enum Kind { GRANT, DRAWING, RECOVERY, TRANSFER_OUT, TRANSFER_IN, TRANSFER_REVERSAL, EXTENSION, SUSPENSION, RELEASE, EXPIRY }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 40)
  private String customerId;

  @Column(nullable = false)
  private Long lineId;

  @Column(nullable = false, length = 60)
  private String lineCode;

  private Long dealId;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(nullable = false, length = 24)
  private Kind kind;

  @Column(nullable = false, precision = 19, scale = 2)
  private BigDecimal amount;

  @Column(nullable = false, precision = 19, scale = 2)
  private BigDecimal occupiedAfter;

  @Column(nullable = false, precision = 19, scale = 2)
  private BigDecimal limitAfter;

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(nullable = false)
  private LocalDate businessDate;

  /** UTC. */
  @Column(nullable = false)
  private LocalDateTime recordedAt;

  @Column(nullable = false, length = 600)
  private String narrative;

  @Column(nullable = false, length = 60)
  private String actor;

  protected LineLedgerEntry() {}

  public LineLedgerEntry(CreditLine line, Long dealId, Kind kind, BigDecimal amount, LocalDate businessDate, String narrative, String actor) {
    this.customerId = line.customerId();
    this.lineId = line.id();
    this.lineCode = line.code();
    this.dealId = dealId;
    this.kind = kind;
    this.amount = amount;
    this.occupiedAfter = line.occupied();
    this.limitAfter = line.limitAmount();
    this.currency = line.currency();
    this.businessDate = businessDate;
    this.recordedAt = LocalDateTime.now(ZoneOffset.UTC);
    this.narrative = narrative.length() > 600 ? narrative.substring(0, 600) : narrative;
    this.actor = actor;
  }

  public Long id() { return id; }
  public String customerId() { return customerId; }
  public Long lineId() { return lineId; }
  public String lineCode() { return lineCode; }
  public Long dealId() { return dealId; }
  public Kind kind() { return kind; }
  public BigDecimal amount() { return amount; }
  public BigDecimal occupiedAfter() { return occupiedAfter; }
  public BigDecimal limitAfter() { return limitAfter; }
  public String currency() { return currency; }
  public LocalDate businessDate() { return businessDate; }
  public LocalDateTime recordedAt() { return recordedAt; }
  public String narrative() { return narrative; }
  public String actor() { return actor; }
}
