package com.tfp.platform.evaluation.application;

import com.tfp.spi.evaluation.Evaluation;
import java.time.LocalDate;

/**
 * An evaluation with what it was about: the product id and the version that evaluated it.
 *
 * @param riskClassBankDefault whether the evaluation's risk class is the plug-in's default (true) or the bank's own
 *     assignment, which the platform has put in its place
 */
public record EvaluationOutcome(
    String product,
    String productVersion,
    String variant,
    String currency,
    LocalDate valueDate,
    Evaluation evaluation,
    boolean riskClassBankDefault) {}
