package com.tfp.platform.deal.application;

import com.tfp.platform.deal.domain.Application;
import com.tfp.platform.deal.domain.ProceedsWaterfall;

/** The proceeds waterfall as applied to a deal, and the deal after it. */
public record CollectionResult(Application application, ProceedsWaterfall.Split split, java.math.BigDecimal lineRestored) {}
