package com.tfp.spi.evaluation;

import com.tfp.spi.LocalizedText;

/**
 * Something a person must confirm before approval (review checklist: a condition no fact captures) or must do after
 * approval (obligation: BoP reporting, receivable-pledge registration ...).
 */
public record ActionItem(String code, LocalizedText text, String source) {}
