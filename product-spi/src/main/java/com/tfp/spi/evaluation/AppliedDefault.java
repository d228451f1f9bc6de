package com.tfp.spi.evaluation;

import com.tfp.spi.Since;
import com.tfp.spi.LocalizedText;

/**
 * A value the request did not carry and the evaluation used all the same: a default, the seed's maximum, or a value
 * derived from other facts. Every such value is listed, so that nothing is a silent guess.
 *
 * @param field the request field it stands for, as in field errors: {@code facts.requestedTermMonths}, {@code valueDate}
 * @param value the value used, as a plain decimal or {@code yyyy-MM-dd}
 * @param message where it comes from, e.g. "the longest term of an operating-capital loan: 36 months"
 * @param source the article that allows it, e.g. {@code 003 Art.17}
 * @param bankDefault true when the value is a bank-configurable default rather than the seed's own figure or a
 *     derivation
 */
@Since("1.1")
public record AppliedDefault(String field, String value, LocalizedText message, String source, boolean bankDefault) {}
