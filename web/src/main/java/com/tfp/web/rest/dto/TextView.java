package com.tfp.web.rest.dto;

import com.tfp.spi.LocalizedText;

/** A text in both working languages, as the API shows names, labels and help. */
public record TextView(String zh, String en) {

  public static TextView of(LocalizedText t) {
    return t == null ? null : new TextView(t.zh(), t.en());
  }
}
