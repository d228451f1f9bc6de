package com.tfp.platform.audit.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Keeps the audit trail's refusals (401, 403 at the role layer) a bounded write load: in each clock window
 * ({@code windowMillis}, a minute by default) each key — a client address for a 401, user and address for a 403 — has
 * its first {@code perKey} refusals recorded one by one, and the whole trail at most {@code perWindow}; the rest are
 * counted, and the count is one summary record written with the first refusal of a later window (as the client-error
 * log does with its lines). At most {@code maxKeys} keys are tracked in a window; refusals of further keys are only
 * counted. Not thread-safe on its own: the caller synchronises.
 */
public final class RefusalWindow {

  /** What to write now: the refusal itself or not, and a summary of the previous window's uncounted ones (or null). */
  public record Decision(boolean record, String summary) {}

  private final long windowMillis;
  private final int perKey;
  private final int perWindow;
  private final int maxKeys;

  private long window = Long.MIN_VALUE;
  private int written;
  private int coalesced;
  private final Map<String, int[]> keys = new HashMap<>();

  public RefusalWindow(long windowMillis, int perKey, int perWindow, int maxKeys) {
    if (windowMillis < 1000 || perKey < 1 || perWindow < 1 || maxKeys < 1) throw new IllegalArgumentException("refusal window limits must be positive");
    this.windowMillis = windowMillis;
    this.perKey = perKey;
    this.perWindow = perWindow;
    this.maxKeys = maxKeys;
  }

  public Decision offer(String key, long nowMillis) {
    long w = Math.floorDiv(nowMillis, windowMillis);
    String summary = null;
    if (w != window) {
      if (coalesced > 0) summary = summary(window);
      window = w;
      written = 0;
      coalesced = 0;
      keys.clear();
    }
    int[] counts = keys.get(key);
    if (counts == null && keys.size() < maxKeys) {
      counts = new int[2];
      keys.put(key, counts);
    }
    boolean record = counts != null && counts[0] < perKey && written < perWindow;
    if (record) {
      counts[0]++;
      written++;
    } else {
      coalesced++;
      if (counts != null) counts[1]++;
    }
    return new Decision(record, summary);
  }

  private String summary(long w) {
    String top = keys.entrySet().stream().filter(e -> e.getValue()[1] > 0)
        .sorted((a, b) -> Integer.compare(b.getValue()[1], a.getValue()[1])).limit(5)
        .map(e -> e.getKey() + " ×" + e.getValue()[1]).collect(Collectors.joining(", "));
    return "%d refusals in the window from %s UTC not recorded one by one (at most %d per client, %d per window): %s"
        .formatted(coalesced, java.time.Instant.ofEpochMilli(w * windowMillis), perKey, perWindow, top.isEmpty() ? "untracked clients" : top);
  }
}
