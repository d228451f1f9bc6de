package com.tfp.platform.line.domain;

/**
 * 002 Art.13-18: a comprehensive line (risk coefficient 1) may contain single-product lines; customers not suited to
 * lines get single-transaction approvals that expire with the deal (Art.15). Insurers and correspondent banks hold
 * lines that deals occupy instead of the customer's (002 Art.12; PRODUCTS.md §3, §5).
 */
public enum LineType {
  COMPREHENSIVE,
  SINGLE_PRODUCT,
  SINGLE_TRANSACTION,
  INSURER,
  FINANCIAL_INSTITUTION
}
