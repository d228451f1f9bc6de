package com.tfp.spi.facts;

import com.tfp.spi.LocalizedText;

/** A field-level input error: {@code field} is the JSON path, e.g. {@code facts.invoiceAmount}. */
public record FieldError(String field, LocalizedText message) {}
