package com.tfp.platform.evaluation.application;

import com.tfp.spi.evaluation.Evaluation;
import java.time.LocalDate;

/** An evaluation with what it was about: the product id and the version that evaluated it. */
public record EvaluationOutcome(
    String product, String productVersion, String variant, String currency, LocalDate valueDate, Evaluation evaluation) {}
