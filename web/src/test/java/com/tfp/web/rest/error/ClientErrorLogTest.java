package com.tfp.web.rest.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClientErrorLogTest {

  /** A clock the test moves. */
  static final class TestClock extends Clock {
    Instant now = Instant.parse("2026-12-02T10:15:00Z");

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  final List<LogRecord> lines = new ArrayList<>();
  final TestClock clock = new TestClock();
  Logger logger;

  @BeforeEach
  void captureTheLog() {
    logger = CapturedLog.into(lines);
  }

  @Test
  void aClientErrorIsOneLineWithStatusMethodPathAndField() {
    new ClientErrorLog(logger, clock, 30).record(400, "POST", "/api/v1/evaluations", "facts.contracts");
    assertEquals(1, lines.size());
    assertEquals("client error 400 POST /api/v1/evaluations field facts.contracts", lines.get(0).getMessage());
    assertEquals(null, lines.get(0).getThrown());
  }

  @Test
  void twoHundredInAMinuteLeaveThirtyLinesAndTheNextMinuteSaysHowManyWereLeftOut() {
    ClientErrorLog log = new ClientErrorLog(logger, clock, 30);
    for (int i = 0; i < 200; i++) log.record(400, "POST", "/api/v1/evaluations", "body");
    assertEquals(30, lines.size());
    clock.now = clock.now.plusSeconds(61);
    log.record(404, "GET", "/api/v1/nowhere", null);
    assertEquals(32, lines.size());
    assertEquals("client errors: 170 more in the minute from 2026-12-02 10:15 UTC not logged (at most 30 lines a minute, "
        + "tfp.log.clientErrors.perMinute)", lines.get(30).getMessage());
    assertEquals("client error 404 GET /api/v1/nowhere", lines.get(31).getMessage());
  }

  @Test
  void aQuietMinuteNeedsNoSummary() {
    ClientErrorLog log = new ClientErrorLog(logger, clock, 2);
    log.record(400, "POST", "/a", "x");
    clock.now = clock.now.plusSeconds(60);
    log.record(400, "POST", "/a", "x");
    assertEquals(2, lines.size());
    assertFalse(lines.stream().anyMatch(r -> r.getMessage().startsWith("client errors:")));
  }

  @Test
  void aFieldOrPathCannotBreakTheLineOrFillIt() {
    new ClientErrorLog(logger, clock, 30).record(400, "POST", "/api/v1/x", "evil\r\nSEVERE forged line" + "k".repeat(500));
    String line = lines.get(0).getMessage();
    assertFalse(line.contains("\n") || line.contains("\r"), line);
    assertTrue(line.contains("evil??SEVERE forged line"), line);
    assertTrue(line.length() < 200, line);
  }
}
