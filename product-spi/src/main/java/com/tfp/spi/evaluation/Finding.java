package com.tfp.spi.evaluation;

import com.tfp.spi.LocalizedText;

/**
 * One checked rule and what was found.
 *
 * @param code a stable code such as {@code BP-TERM-REGION}
 * @param source the seed and article, e.g. {@code 004 Art.7} or {@code 001 NRA Art.6}
 */
public record Finding(String code, Severity severity, LocalizedText message, String source) {

  /** Only a REFER may be overridden by an approver (with a recorded reason). */
  public boolean overridable() {
    return severity == Severity.REFER;
  }
}
