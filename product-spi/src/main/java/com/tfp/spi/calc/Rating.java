package com.tfp.spi.calc;

import java.util.Optional;

/** The letter rating scale of 002, best to worst. */
public enum Rating {
  AAA, AA, A, BBB, BB, B, CCC, CC, C;

  /** Whether this rating is the given one or better ("BBB or better"). */
  public boolean isAtLeast(Rating floor) {
    return ordinal() <= floor.ordinal();
  }

  /** Parses "BBB", also the "+"/"-" notches some systems send ("BBB+" counts as BBB). */
  public static Optional<Rating> parse(String text) {
    if (text == null) return Optional.empty();
    String t = text.trim().toUpperCase().replaceAll("[+-]$", "");
    try {
      return Optional.of(valueOf(t));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
