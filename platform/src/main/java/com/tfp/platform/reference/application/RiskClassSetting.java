package com.tfp.platform.reference.application;

/**
 * The risk class in force for a product or variant (variant null for products without variants).
 *
 * @param bankDefault true while the plug-in's declared default applies
 */
public record RiskClassSetting(String variant, int riskClass, boolean bankDefault) {}
