package com.tfp.platform.reference.application;

import com.tfp.spi.ParameterSpec;
import java.time.Instant;

/**
 * A product parameter as in force: the bank's own value, or the product's default when the bank has set none.
 *
 * @param bankDefault true when the default applies
 */
public record ParameterSetting(ParameterSpec spec, String value, boolean bankDefault, Instant updatedAt, String updatedBy) {}
