package com.tfp.platform.deal.application;

import com.tfp.platform.deal.domain.Application;
import java.math.BigDecimal;

/**
 * A disbursement: the deal after it, the earlier stage repaid first out of it (X7), and the net paid to the customer.
 */
public record DisbursementResult(Application application, BigDecimal amount, Long earlierStageDealId, BigDecimal earlierStageRepaid, BigDecimal paidToCustomer) {}
