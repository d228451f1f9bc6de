package com.tfp.spi;

/**
 * A range of SPI versions in Maven/OSGi notation: {@code [1.0,2.0)} means 1.0 inclusive to 2.0 exclusive; a bare
 * version {@code 1.0} means "1.0 or later".
 */
public record VersionRange(SemanticVersion lower, boolean lowerInclusive, SemanticVersion upper, boolean upperInclusive) {

  public static VersionRange parse(String text) {
    String t = text == null ? "" : text.trim();
    if (t.isEmpty()) {
      throw new IllegalArgumentException("empty version range");
    }
    char first = t.charAt(0);
    if (first != '[' && first != '(') {
      return new VersionRange(SemanticVersion.parse(t), true, null, false);
    }
    char last = t.charAt(t.length() - 1);
    String[] bounds = t.substring(1, t.length() - 1).split(",", -1);
    if ((last != ']' && last != ')') || bounds.length != 2 || bounds[0].isBlank()) {
      throw new IllegalArgumentException("not a version range: " + text);
    }
    SemanticVersion upper = bounds[1].isBlank() ? null : SemanticVersion.parse(bounds[1]);
    return new VersionRange(SemanticVersion.parse(bounds[0]), first == '[', upper, last == ']');
  }

  public boolean includes(SemanticVersion v) {
    int lo = v.compareTo(lower);
    if (lo < 0 || (lo == 0 && !lowerInclusive)) return false;
    if (upper == null) return true;
    int hi = v.compareTo(upper);
    return hi < 0 || (hi == 0 && upperInclusive);
  }

  @Override
  public String toString() {
    if (upper == null) return lower.toString();
    return (lowerInclusive ? "[" : "(") + lower + "," + upper + (upperInclusive ? "]" : ")");
  }
}
