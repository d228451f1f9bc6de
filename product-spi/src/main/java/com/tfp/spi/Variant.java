package com.tfp.spi;

/** A variant of a product (e.g. domestic L/C "packing loan"), each with its own risk class (002 annex 1). */
public record Variant(String code, LocalizedText name, int riskClass) {}
