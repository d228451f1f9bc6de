package com.tfp.platform.eod.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Which end-of-day run holds a business date. Its key is the date, inserted with the run in the run's own transaction
 * when the run is launched: of two servers told to run end of day at the same moment, one inserts the row and the
 * other's insert fails on the key, so only one run is launched per business date (issue 14). A run that finished, or
 * that has held the date longer than the bank allows (its server was killed), passes the claim to the next run.
 */
@Entity
@Table(name = "EOD_CLAIM")
public class EodClaim {
  @Id private LocalDate businessDate;
  @Column(nullable = false) private long runId;
  /** UTC. */
  @Column(nullable = false) private LocalDateTime claimedAt;
  @Version private long version;

  protected EodClaim() {}

  public EodClaim(LocalDate businessDate, long runId) {
    this.businessDate = businessDate;
    this.runId = runId;
    this.claimedAt = LocalDateTime.now(ZoneOffset.UTC);
  }

  /** Whether {@code holder}, this claim's run, still holds the date: it has not finished and is not older than {@code abandonedAfter}. */
  public boolean heldBy(EodRun holder, Duration abandonedAfter) {
    // a stopped run is finished by starting end of day again (issue 14 point 3): it holds the date no more than a failed one
    if (holder == null || (holder.state() != EodRun.State.STARTING && holder.state() != EodRun.State.RUNNING)) return false;
    return claimedAt.plus(abandonedAfter).isAfter(LocalDateTime.now(ZoneOffset.UTC));
  }

  public void passTo(long nextRunId) {
    this.runId = nextRunId;
    this.claimedAt = LocalDateTime.now(ZoneOffset.UTC);
  }

  public LocalDate businessDate() { return businessDate; }
  public long runId() { return runId; }
}
