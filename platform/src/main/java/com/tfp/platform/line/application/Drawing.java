package com.tfp.platform.line.application;

import java.math.BigDecimal;

/** What a deal's disbursement took from a line: the line, and the amount in the line's currency (null line: none). */
public record Drawing(Long lineId, String lineCode, BigDecimal amount, String currency, String basis) {

  public static Drawing none(String basis) {
    return new Drawing(null, null, BigDecimal.ZERO, null, basis);
  }

  public boolean occupiesALine() {
    return lineId != null;
  }
}
