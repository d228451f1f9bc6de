package com.tfp.platform.deal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;

/** An approver's recorded exception to a soft rule (PRODUCTS.md X0): the REFER finding, why, who, when. */
@Embeddable
public class ReferAcknowledgement {
  @Column(name = "FINDING_CODE", nullable = false, length = 60) private String findingCode;
  @Column(name = "NOTE", nullable = false, length = 1000) private String note;
  @Column(name = "ACKNOWLEDGED_BY", nullable = false, length = 60) private String acknowledgedBy;
  /** UTC. */
  @Column(name = "ACKNOWLEDGED_AT", nullable = false) private LocalDateTime acknowledgedAt;

  protected ReferAcknowledgement() {}

  public ReferAcknowledgement(String findingCode, String note, String by) {
    this.findingCode = findingCode;
    this.note = note;
    this.acknowledgedBy = by;
    this.acknowledgedAt = LocalDateTime.now(java.time.ZoneOffset.UTC);
  }

  public String findingCode() { return findingCode; }
  public String note() { return note; }
  public String by() { return acknowledgedBy; }
  public LocalDateTime at() { return acknowledgedAt; }
}
