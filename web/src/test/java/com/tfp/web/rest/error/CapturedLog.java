package com.tfp.web.rest.error;

import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** A logger of its own whose records land in a list, for tests that count what a class logs. */
final class CapturedLog {

  private CapturedLog() {}

  static Logger into(List<LogRecord> lines) {
    Logger logger = Logger.getAnonymousLogger();
    logger.setUseParentHandlers(false);
    logger.addHandler(new Handler() {
      @Override
      public void publish(LogRecord r) {
        lines.add(r);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    });
    return logger;
  }
}
