package com.tfp.sdk.tck;

/** The clauses of the plug-in contract the kit checks, in the order it checks them, each in a product owner's words. */
public enum Clause {
  LOADING("The platform can load it: a META-INF/services entry, a public no-argument constructor, nothing but the JDK and the SPI at run time"),
  SPI_RANGE("It was built for this SPI: its SPI range includes the platform's SPI version, stops before the next major one and starts no lower than the SPI version of everything its classes use"),
  DESCRIPTOR("The platform would admit it: its descriptor is complete (the host's own admission check)"),
  IDENTITY("Its id, version and variant codes are well-formed and stable (the same on every call and every load)"),
  LANGUAGES("Every name, label and message is in Chinese and English"),
  FORM("Its facts schema generates a form: types, enumerations with labels, units, required or optional, valid defaults"),
  EXAMPLES("Its own example cases evaluate, within the platform's budget, to what the team expects, in answers the platform passes on"),
  CITATIONS("Every finding, step, default, checklist item and obligation cites its source"),
  DETERMINISM("Same input, same output: each example evaluated twice, in parallel, and by a freshly loaded copy"),
  PURITY("Evaluation is pure: no clock, I/O, threads, randomness, environment or static mutable state in its classes"),
  MONEY("Money is BigDecimal at the currency's scale, never a double"),
  REFUSALS("A missing or mistyped fact gives a typed refusal (field errors), never another exception");

  private final String promise;

  Clause(String promise) {
    this.promise = promise;
  }

  public String promise() {
    return promise;
  }
}
