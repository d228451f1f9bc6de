package com.tfp.platform.eod.application;

import com.tfp.platform.shared.ConflictException;
import com.tfp.spi.LocalizedText;
import java.time.LocalDate;

/** End of day was asked for a business date that another run, on this server or another, holds (issue 14). */
public class EodAlreadyRunningException extends ConflictException {
  private final long runId;

  public EodAlreadyRunningException(LocalDate businessDate, long runId) {
    super(LocalizedText.of("营业日 %s 的日终已在运行：批次 %s", "end of day for business date %s is already running: run %s")
        .formatted(businessDate, runId));
    this.runId = runId;
  }

  public long runId() {
    return runId;
  }
}
