package com.tfp.platform.eod.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * How far the deal step of the business date a run is closing has got, over its partitions: percent, deals per
 * second since the partitions started (this execution's share, so a restart does not flatter it) and the time left.
 */
public record EodProgress(LocalDate businessDate, long dealsTotal, long dealsDone, int percent, BigDecimal dealsPerSecond,
    Long etaSeconds, List<PartitionProgress> partitions) {

  public static EodProgress of(LocalDate date, List<PartitionProgress> parts) {
    long total = 0, done = 0, doneNow = 0;
    long millis = 0;
    for (PartitionProgress p : parts) {
      total += p.dealsTotal();
      done += p.dealsDone();
      doneNow += p.dealsDone() - p.doneAtStart();
      if (p.startedAt() != null && p.updatedAt() != null) millis = Math.max(millis, Duration.between(p.startedAt(), p.updatedAt()).toMillis());
    }
    int percent = total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
    BigDecimal rate = millis <= 0 ? BigDecimal.ZERO : BigDecimal.valueOf(doneNow * 1000L).divide(BigDecimal.valueOf(millis), 0, RoundingMode.HALF_UP);
    Long eta = rate.signum() == 0 ? null : Math.max(0, total - done) / rate.longValue();
    return new EodProgress(date, total, done, percent, rate, eta, List.copyOf(parts));
  }
}
