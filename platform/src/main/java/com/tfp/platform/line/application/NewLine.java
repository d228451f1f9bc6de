package com.tfp.platform.line.application;

import com.tfp.platform.line.domain.LineCategory;
import com.tfp.platform.line.domain.LineType;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A line Risk Management grants (002 Art.13-18, Art.33). */
public record NewLine(String code, LineType type, LineCategory category, Long parentId, String productId, Integer riskClass,
    BigDecimal limit, String currency, LocalDate start, LocalDate expiry) {}
