package com.tfp.spi.evaluation;

import com.tfp.spi.LocalizedText;

/** A document this deal needs (mandatory) or may need (a reviewer decides). */
public record RequiredDocument(String code, LocalizedText name, boolean mandatory, String source) {}
