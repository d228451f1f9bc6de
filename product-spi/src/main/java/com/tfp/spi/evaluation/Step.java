package com.tfp.spi.evaluation;

import com.tfp.spi.LocalizedText;

/**
 * One step of an amount or term calculation, so that any number on screen traces back to an article.
 *
 * @param value the amount as a plain decimal string, or the date as {@code yyyy-MM-dd}
 * @param binding whether this cap or limit is the one that decides the result
 * @param bankDefault whether the step rests on a bank-configurable default rather than the seed's own figure
 */
public record Step(LocalizedText label, String value, String source, boolean binding, boolean bankDefault) {}
