package com.tfp.spi.evaluation;

/** The most severe finding decides: REJECT over REFER over APPROVABLE. */
public enum Decision {
  APPROVABLE,
  REFER,
  REJECT;

  static Decision of(Severity worst) {
    return switch (worst) {
      case INFO -> APPROVABLE;
      case REFER -> REFER;
      case REJECT -> REJECT;
    };
  }
}
