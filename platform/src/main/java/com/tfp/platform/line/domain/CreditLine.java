package com.tfp.platform.line.domain;

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
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A credit line: a nominal limit, drawn 1:1 by the uncovered part of each deal and restored by repayment (002
 * Art.20-21), with a term of at most a year (Art.13-14), an extension of up to three months for actively-developed
 * customers (Art.26), suspension on advance or default until Risk Management releases it (Art.44-45).
 */
@Entity
@Table(name = "CREDIT_LINE")
public class CreditLine {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 60)
  private String code;

  @Column(nullable = false, length = 40)
  private String customerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private LineType lineType;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private LineCategory category;

  private Long parentId;

  /** The product a single-product line serves (data: the platform names no product). */
  @Column(length = 40)
  private String productId;

  /** The deal a single-transaction approval serves. */
  private Long dealId;

  /** The risk class of a single line's product; null for comprehensive lines (coefficient 1, 002 Art.16). */
  private Integer riskClass;

  @Column(nullable = false, precision = 19, scale = 2)
  private BigDecimal limitAmount;

  @Column(nullable = false, precision = 19, scale = 2)
  private BigDecimal occupied = new BigDecimal("0.00");

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(nullable = false)
  private LocalDate startDate;

  @Column(nullable = false)
  private LocalDate expiryDate;

  private LocalDate extendedUntil;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private LineStatus status;

  @Column(length = 400)
  private String statusReason;

  @Version private long version;

  protected CreditLine() {}

  public CreditLine(String code, String customerId, LineType type, LineCategory category, Long parentId, String productId,
      Integer riskClass, BigDecimal limit, String currency, LocalDate start, LocalDate expiry, LineStatus status) {
    this.code = code;
    this.customerId = customerId;
    this.lineType = type;
    this.category = category;
    this.parentId = parentId;
    this.productId = productId == null || productId.isBlank() ? null : productId;
    this.riskClass = riskClass;
    this.limitAmount = limit;
    this.currency = currency;
    this.startDate = start;
    this.expiryDate = expiry;
    this.status = status;
  }

  public static CreditLine singleTransaction(String code, String customerId, long dealId, BigDecimal amount, String currency,
      LocalDate start, LocalDate expiry) {
    CreditLine l = new CreditLine(code, customerId, LineType.SINGLE_TRANSACTION, LineCategory.TRADE_FINANCE, null, null, null,
        amount, currency, start, expiry, LineStatus.ACTIVE);
    l.dealId = dealId;
    return l;
  }

  /** The last day the line may be drawn: its expiry, or the extension granted under 002 Art.26. */
  public LocalDate lastDrawingDate() {
    return extendedUntil != null && extendedUntil.isAfter(expiryDate) ? extendedUntil : expiryDate;
  }

  /** @throws ConflictException when the line cannot be drawn on the business date */
  public void checkDrawable(LocalDate businessDate) {
    if (status == LineStatus.SUSPENDED) {
      throw new ConflictException(LocalizedText.of("额度 %s 已暂停使用（%s），须经风险管理部门审核恢复（002 第四十五条）",
          "line %s is suspended (%s) until Risk Management releases it (002 Art.45)").formatted(code, statusReason));
    }
    if (status != LineStatus.ACTIVE || businessDate.isAfter(lastDrawingDate())) {
      throw new ConflictException(LocalizedText.of("额度 %s 已到期（%s），不可使用（002 第十三、十四条）",
          "line %s has expired (%s) and cannot be drawn (002 Art.13-14)").formatted(code, lastDrawingDate()));
    }
  }

  /** Draws {@code amount} (already in the line's currency) against what is {@code available}. */
  public void draw(BigDecimal amount, BigDecimal available) {
    if (amount.compareTo(available) > 0) {
      throw new ConflictException(LocalizedText.of("额度 %s 可用余额 %s %s 不足以占用 %s（002 第二十、二十一条：按名义金额1:1占用）",
          "line %s has %s %s available, not enough for %s (002 Art.20-21: nominal 1:1 occupation)")
          .formatted(code, available.toPlainString(), currency, amount.toPlainString()));
    }
    occupied = occupied.add(amount);
  }

  /** Repayment restores the line (002 Art.21). */
  public void restore(BigDecimal amount) {
    occupied = occupied.subtract(amount).max(BigDecimal.ZERO);
  }

  public void changeLimit(BigDecimal newLimit) {
    if (newLimit.compareTo(occupied) < 0) {
      throw new ConflictException(LocalizedText.of("额度 %s 调减后低于已占用金额 %s（002 第二十二条）",
          "line %s would fall below its occupied %s (002 Art.22)").formatted(code, occupied.toPlainString()));
    }
    limitAmount = newLimit;
  }

  public void suspend(String reason) {
    if (status == LineStatus.ACTIVE) {
      status = LineStatus.SUSPENDED;
      statusReason = reason;
    }
  }

  public void release(String reason) {
    if (status == LineStatus.SUSPENDED) {
      status = LineStatus.ACTIVE;
      statusReason = reason;
    }
  }

  public void expire(String reason) {
    status = LineStatus.EXPIRED;
    statusReason = reason;
  }

  public void extendUntil(LocalDate until, String reason) {
    extendedUntil = until;
    statusReason = reason;
  }

  public void close(String reason) {
    status = LineStatus.CLOSED;
    statusReason = reason;
  }

  public BigDecimal availableOnItsOwn() {
    return limitAmount.subtract(occupied);
  }

  public Long id() { return id; }
  public String code() { return code; }
  public String customerId() { return customerId; }
  public LineType lineType() { return lineType; }
  public LineCategory category() { return category; }
  public Long parentId() { return parentId; }
  public String productId() { return productId; }
  public Long dealId() { return dealId; }
  public Integer riskClass() { return riskClass; }
  public BigDecimal limitAmount() { return limitAmount; }
  public BigDecimal occupied() { return occupied; }
  public String currency() { return currency; }
  public LocalDate startDate() { return startDate; }
  public LocalDate expiryDate() { return expiryDate; }
  public LocalDate extendedUntil() { return extendedUntil; }
  public LineStatus status() { return status; }
  public String statusReason() { return statusReason; }
  public long version() { return version; }

  public String snapshot() {
    return "line " + code + " limit=" + limitAmount.toPlainString() + " occupied=" + occupied.toPlainString() + " " + currency
        + " status=" + status + " expiry=" + expiryDate + (extendedUntil == null ? "" : " extended=" + extendedUntil) + " v" + version;
  }
}
