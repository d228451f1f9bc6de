package com.tfp.spi.evaluation;

/** Whose credit line a deal occupies (002 Art.12, Art.19-21). */
public enum LineOccupation {
  CUSTOMER,
  INSURER,
  FINANCIAL_INSTITUTION,
  NONE
}
