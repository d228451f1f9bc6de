package com.tfp.web.rest.error;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The log of genuine server faults (5xx): each is logged once at SEVERE with its stack trace and an error id, which
 * the answer carries ({@code "instance": "urn:tfp:error:<id>"} in REST, the fault's detail in SOAP) so that support
 * finds the trace from what the caller saw. A trace is cut to {@value #MAX_FRAMES} frames per exception: a stack
 * overflow would otherwise write 1,024 identical frames.
 */
public final class ServerErrorLog {

  static final int MAX_FRAMES = 100;
  private static final Logger LOG = Logger.getLogger(ServerErrorLog.class.getName());

  private ServerErrorLog() {}

  /** Logs the fault and returns its id. */
  public static String record(String where, Throwable t) {
    return record(LOG, where, t);
  }

  static String record(Logger log, String where, Throwable t) {
    String id = UUID.randomUUID().toString();
    LogRecord r = new LogRecord(Level.SEVERE, "server error " + id + " " + ClientErrorLog.printable(where, 200));
    r.setLoggerName(log.getName());
    r.setThrown(trimmed(t));
    log.log(r);
    return id;
  }

  /** The URN of an error id, for a problem's {@code instance}. */
  public static String urn(String id) {
    return "urn:tfp:error:" + id;
  }

  private static Throwable trimmed(Throwable t) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable c = t; c != null && seen.put(c, Boolean.TRUE) == null; c = c.getCause()) {
      StackTraceElement[] frames = c.getStackTrace();
      if (frames.length > MAX_FRAMES) c.setStackTrace(Arrays.copyOf(frames, MAX_FRAMES));
    }
    return t;
  }
}
