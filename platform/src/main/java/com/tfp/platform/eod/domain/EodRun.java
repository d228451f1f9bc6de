package com.tfp.platform.eod.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** One request to run end of day up to a business date (one day, or a catch-up over several), and how it went. */
@Entity
@Table(name = "EOD_RUN")
public class EodRun {
  public enum State { STARTING, RUNNING, COMPLETED, STOPPED, FAILED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 60) private String requestedBy;
  /** UTC. */
  @Column(nullable = false) private LocalDateTime requestedAt;
  private LocalDateTime finishedAt;
  @Column(nullable = false) private LocalDate fromDate;
  @Column(nullable = false) private LocalDate untilDate;
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(nullable = false, length = 12) private State state = State.STARTING;
  private int daysProcessed;
  private int daysSkipped;
  private Long batchExecutionId;
  private LocalDate businessDateAfter;
  @Column(length = 1000) private String message;
  @Version private long version;

  protected EodRun() {}

  public EodRun(String requestedBy, LocalDate from, LocalDate until) {
    this.requestedBy = requestedBy;
    this.requestedAt = LocalDateTime.now(ZoneOffset.UTC);
    this.fromDate = from;
    this.untilDate = until;
  }

  /** The job execution of the business date the run is on (one per date). */
  public void started(long executionId) {
    this.batchExecutionId = executionId;
    if (state == State.STARTING) state = State.RUNNING;
  }

  public void dayDone(boolean processed, LocalDate businessDateNow) {
    if (processed) daysProcessed++; else daysSkipped++;
    businessDateAfter = businessDateNow;
  }

  public void finished(State end, LocalDate businessDateNow, String message) {
    state = end;
    businessDateAfter = businessDateNow;
    finishedAt = LocalDateTime.now(ZoneOffset.UTC);
    this.message = message == null || message.length() <= 1000 ? message : message.substring(0, 1000);
  }

  public Long id() { return id; }
  public String requestedBy() { return requestedBy; }
  public LocalDateTime requestedAt() { return requestedAt; }
  public LocalDateTime finishedAt() { return finishedAt; }
  public LocalDate fromDate() { return fromDate; }
  public LocalDate untilDate() { return untilDate; }
  public State state() { return state; }
  public int daysProcessed() { return daysProcessed; }
  public int daysSkipped() { return daysSkipped; }
  public Long batchExecutionId() { return batchExecutionId; }
  public LocalDate businessDateAfter() { return businessDateAfter; }
  public String message() { return message; }
}
