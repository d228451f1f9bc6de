package com.tfp.platform.line.domain;

/** ACTIVE lines can be drawn; SUSPENDED ones wait for Risk Management (002 Art.44-45); EXPIRED ones are past term. */
public enum LineStatus {
  ACTIVE,
  SUSPENDED,
  EXPIRED,
  CLOSED
}
