package com.tfp.web.rest.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class ServerErrorLogTest {

  private static int depth(int n) {
    return n == 0 ? 0 : 1 + depth(n - 1);
  }

  @Test
  void aServerErrorIsLoggedOnceWithItsTraceAndAnIdTheAnswerCarries() {
    List<LogRecord> lines = new ArrayList<>();
    Logger logger = CapturedLog.into(lines);
    StackOverflowError overflow;
    try {
      depth(Integer.MAX_VALUE);
      throw new AssertionError("no overflow");
    } catch (StackOverflowError e) {
      overflow = e;
    }
    String id = ServerErrorLog.record(logger, "POST /api/v1/evaluations", overflow);
    assertEquals(1, lines.size());
    LogRecord r = lines.get(0);
    assertEquals(Level.SEVERE, r.getLevel());
    assertEquals("server error " + id + " POST /api/v1/evaluations", r.getMessage());
    assertSame(overflow, r.getThrown());
    assertEquals(ServerErrorLog.MAX_FRAMES, r.getThrown().getStackTrace().length, "1,024 identical frames cut to 100");
    assertTrue(ServerErrorLog.urn(id).matches("urn:tfp:error:[0-9a-f-]{36}"), ServerErrorLog.urn(id));
  }
}
