package com.tfp.spi.facts;

/** The type of a fact, which fixes how it is written in JSON/SOAP, how it is validated and which input a form shows. */
public enum FactType {
  /** An amount in the deal currency (or the currency the fact's help names); a decimal string, never negative. */
  MONEY,
  /** A decimal number. */
  DECIMAL,
  /** A ratio between 0 and 1 unless bounds say otherwise ({@code 0.9} = 90%). */
  RATIO,
  /** A whole number. */
  INTEGER,
  /** An ISO date {@code yyyy-MM-dd}. */
  DATE,
  /** A yes/no condition; missing means "does not hold". */
  BOOLEAN,
  /** One of the declared allowed values (or any text, where the fact allows other values). */
  ENUM,
  /** An ISO 3166-1 alpha-2 country code. */
  COUNTRY,
  /** Free text (names, numbers of documents). */
  TEXT,
  /** A list of records, each with the fields the fact declares. */
  RECORD_LIST
}
