package com.tfp.spi.facts;

import com.tfp.spi.LocalizedText;

/** One value of an enumerated fact, with its label. */
public record AllowedValue(String code, LocalizedText label) {}
