package com.tfp.platform.eod.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One partition of end of day's deal step for a business date: its deal-id range, how far it got (the checkpoint is
 * the last deal id whose chunk committed) and what it did. Written in the same transaction as each chunk.
 *
 * @param dealsTotal the live deals in the range when the date was planned
 * @param doneAtStart deals already done when this execution took the partition over (a restart), for its rate
 */
public record PartitionProgress(LocalDate businessDate, int partition, long runId, long firstId, long lastId, long checkpointId,
    long dealsTotal, long dealsDone, long accruals, BigDecimal interestAccrued, long overdueTransfers, long doneAtStart,
    LocalDateTime startedAt, LocalDateTime updatedAt) {}
