package com.tfp.platform.eod.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A deal with principal outstanding (disbursed or overdue) as end of day reads it: only what its rules need.
 *
 * @param lastAccrualDate the last calendar night accrued, null before the first
 */
public record LiveDeal(long id, String customerId, String productId, String currency, boolean overdue, BigDecimal principal,
    BigDecimal interestRate, LocalDate maturityDate, LocalDate disbursedOn, LocalDate lastAccrualDate) {}
