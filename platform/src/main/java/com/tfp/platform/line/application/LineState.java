package com.tfp.platform.line.application;

import com.tfp.platform.line.domain.CreditLine;
import java.math.BigDecimal;

/**
 * A line as the customer manager sees it: what is occupied (for a comprehensive line, its own occupation plus its
 * single lines') and what is still available (for a comprehensive line, the part not reserved for its single lines).
 */
public record LineState(CreditLine line, BigDecimal totalOccupied, BigDecimal available, BigDecimal riskCoefficient) {}
