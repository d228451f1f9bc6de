package com.tfp.spi;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A semantic version {@code major.minor.patch} (a pre-release or build suffix is kept but ordered lexically). */
public record SemanticVersion(int major, int minor, int patch, String qualifier)
    implements Comparable<SemanticVersion> {

  private static final Pattern FORM = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:-([0-9A-Za-z.-]+))?");

  public static SemanticVersion parse(String text) {
    Matcher m = FORM.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a semantic version: " + text);
    }
    return new SemanticVersion(
        Integer.parseInt(m.group(1)),
        m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
        m.group(3) == null ? 0 : Integer.parseInt(m.group(3)),
        m.group(4) == null ? "" : m.group(4));
  }

  @Override
  public int compareTo(SemanticVersion o) {
    int c = Integer.compare(major, o.major);
    if (c == 0) c = Integer.compare(minor, o.minor);
    if (c == 0) c = Integer.compare(patch, o.patch);
    if (c == 0) {
      // a release ranks above its pre-releases: 1.0.0 > 1.0.0-rc1
      if (qualifier.isEmpty() != o.qualifier.isEmpty()) return qualifier.isEmpty() ? 1 : -1;
      c = qualifier.compareTo(o.qualifier);
    }
    return c;
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch + (qualifier.isEmpty() ? "" : "-" + qualifier);
  }
}
