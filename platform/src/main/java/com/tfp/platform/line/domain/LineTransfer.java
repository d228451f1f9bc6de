package com.tfp.platform.line.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A transfer between two lines (002 Art.22-24); one made for a deal reverses when that deal ends (Art.25). */
@Entity
@Table(name = "LINE_TRANSFER")
public class LineTransfer {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false) private Long fromLineId;
  @Column(nullable = false) private Long toLineId;
  @Column(nullable = false, precision = 19, scale = 2) private BigDecimal amountOut;
  @Column(nullable = false, precision = 19, scale = 2) private BigDecimal amountIn;
  private Long dealId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private TransferRule.Route route;

  @Column(nullable = false, length = 16) private String state = "ACTIVE";
  @Column(nullable = false, length = 60) private String actor;
  @Column(nullable = false) private LocalDate businessDate;
  @Version private long version;

  protected LineTransfer() {}

  public LineTransfer(Long fromLineId, Long toLineId, TransferRule.Assessment a, Long dealId, String actor, LocalDate businessDate) {
    this.fromLineId = fromLineId;
    this.toLineId = toLineId;
    this.amountOut = a.amountOut();
    this.amountIn = a.amountIn();
    this.route = a.route();
    this.dealId = dealId;
    this.actor = actor;
    this.businessDate = businessDate;
  }

  public void reversed() {
    state = "REVERSED";
  }

  public Long id() { return id; }
  public Long fromLineId() { return fromLineId; }
  public Long toLineId() { return toLineId; }
  public BigDecimal amountOut() { return amountOut; }
  public BigDecimal amountIn() { return amountIn; }
  public Long dealId() { return dealId; }
  public TransferRule.Route route() { return route; }
  public String state() { return state; }
}
