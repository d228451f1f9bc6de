package com.tfp.web.rest.error;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The log of client errors (4xx): one line each — status, method, path and the field of the first error, never the
 * body, a value or a stack trace — and at most {@code tfp.log.clientErrors.perMinute} lines (default 30) in a clock
 * minute, so no client can flood the log. What a minute left out is said in one line, with the count, when the next
 * client error comes in a later minute. Client errors are the caller's, not the server's: INFO.
 */
public final class ClientErrorLog {

  public static final String PER_MINUTE = "tfp.log.clientErrors.perMinute";
  public static final int DEFAULT_PER_MINUTE = 30;
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
  private static final int MAX_PATH = 200;
  private static final int MAX_FIELD = 100;

  private static volatile ClientErrorLog shared;

  private final Logger log;
  private final Clock clock;
  private final int perMinute;
  private long minute = Long.MIN_VALUE;
  private int logged;
  private int suppressed;

  ClientErrorLog(Logger log, Clock clock, int perMinute) {
    if (perMinute < 1) throw new IllegalArgumentException(PER_MINUTE + " must be at least 1");
    this.log = log;
    this.clock = clock;
    this.perMinute = perMinute;
  }

  /** The server's one client-error log (the REST mapper and the body-size filter write to it). */
  public static ClientErrorLog shared() {
    ClientErrorLog l = shared;
    if (l == null) {
      synchronized (ClientErrorLog.class) {
        if (shared == null) {
          Optional<Integer> configured = ConfigProvider.getConfig().getOptionalValue(PER_MINUTE, Integer.class);
          shared = new ClientErrorLog(Logger.getLogger(ClientErrorLog.class.getName()), Clock.systemUTC(),
              configured.orElse(DEFAULT_PER_MINUTE));
        }
        l = shared;
      }
    }
    return l;
  }

  /**
   * Records one client error: a line unless this minute's lines are used up.
   *
   * @param firstField the field of the first field error, or null when the answer has none
   */
  public void record(int status, String method, String path, String firstField) {
    String summary = null;
    boolean write;
    synchronized (this) {
      long now = clock.millis() / 60_000;
      if (now != minute) {
        if (suppressed > 0) {
          summary = "client errors: %d more in the minute from %s not logged (at most %d lines a minute, %s)"
              .formatted(suppressed, MINUTE.format(Instant.ofEpochMilli(minute * 60_000)), perMinute, PER_MINUTE);
        }
        minute = now;
        logged = 0;
        suppressed = 0;
      }
      write = logged < perMinute;
      if (write) logged++;
      else suppressed++;
    }
    if (summary != null) log.info(summary);
    if (write && log.isLoggable(Level.INFO)) {
      log.info("client error %d %s %s%s".formatted(status, printable(method, 16), printable(path, MAX_PATH),
          firstField == null ? "" : " field " + printable(firstField, MAX_FIELD)));
    }
  }

  /** Printable ASCII only (no line breaks: one line stays one line), cut to {@code max} characters. */
  static String printable(String s, int max) {
    if (s == null) return "-";
    StringBuilder b = new StringBuilder(Math.min(s.length(), max + 1));
    for (int i = 0; i < s.length() && b.length() < max; i++) {
      char c = s.charAt(i);
      b.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    if (s.length() > max) b.append("...");
    return b.toString();
  }
}
