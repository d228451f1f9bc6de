package com.tfp.spi;

import com.tfp.spi.facts.FactType;

/**
 * A value the seeds leave open, given a default that the bank may change (PRODUCTS.md "[default]"). Steps and
 * findings that use a parameter say whether the bank's own value or the default was used.
 *
 * @param type DECIMAL, RATIO, INTEGER, MONEY or TEXT
 * @param defaultValue the default as a string (e.g. {@code "0.8"})
 * @param source the article the parameter fills in for, e.g. {@code "001 国内证 Art.2"}
 */
public record ParameterSpec(String key, FactType type, String defaultValue, LocalizedText label, String source) {}
