package com.tfp.platform.idempotency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A command sent with an {@code Idempotency-Key}: recorded before it is processed, completed with the response it
 * produced. A retry with the same key gets that response; one arriving while the first is in flight is refused.
 */
@Entity
@Table(name = "IDEMPOTENT_COMMAND")
public class IdempotentCommand {
  public enum State { IN_FLIGHT, DONE }

  @Id
  @Column(length = 300)
  private String commandKey;

  @Column(nullable = false, length = 60) private String actor;
  @Column(nullable = false, length = 120) private String command;
  @Column(nullable = false, length = 64) private String requestHash;
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(nullable = false, length = 12) private State state = State.IN_FLIGHT;
  private int responseStatus;
  @Column(length = 300) private String responseLocation;
  @Lob private String responseBody;
  /** UTC. */
  @Column(nullable = false) private LocalDateTime recordedAt;
  @Version private long version;

  protected IdempotentCommand() {}

  public IdempotentCommand(String key, String actor, String command, String requestHash) {
    this.commandKey = key;
    this.actor = actor;
    this.command = command;
    this.requestHash = requestHash;
    this.recordedAt = LocalDateTime.now(ZoneOffset.UTC);
  }

  public void done(int status, String location, String body) {
    state = State.DONE;
    responseStatus = status;
    responseLocation = location;
    responseBody = body;
  }

  public String key() { return commandKey; }
  public String actor() { return actor; }
  public String command() { return command; }
  public String requestHash() { return requestHash; }
  public State state() { return state; }
  public int responseStatus() { return responseStatus; }
  public String responseLocation() { return responseLocation; }
  public String responseBody() { return responseBody; }
}
