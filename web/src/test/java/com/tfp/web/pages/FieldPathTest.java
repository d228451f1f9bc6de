package com.tfp.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FieldPathTest {

  @Test
  void aFactErrorPointsAtTheFact() {
    assertEquals(new FieldPath(false, "invoiceAmount", -1, null), FieldPath.parse("facts.invoiceAmount").orElseThrow());
  }

  @Test
  void aRecordFieldErrorPointsAtTheRowAndField() {
    assertEquals(new FieldPath(false, "contracts", 2, "amount"), FieldPath.parse("facts.contracts[2].amount").orElseThrow());
  }

  @Test
  void aWholeRecordErrorPointsAtTheRow() {
    assertEquals(new FieldPath(false, "contracts", 0, null), FieldPath.parse("facts.contracts[0]").orElseThrow());
  }

  @Test
  void dealInputsAreNotFacts() {
    assertEquals(new FieldPath(true, "valueDate", -1, null), FieldPath.parse("valueDate").orElseThrow());
    assertEquals(new FieldPath(true, "currency", -1, null), FieldPath.parse("currency").orElseThrow());
  }

  @Test
  void anythingElseShowsOnTopOfTheForm() {
    assertTrue(FieldPath.parse("body").isEmpty());
    assertTrue(FieldPath.parse("facts").isEmpty());
    assertTrue(FieldPath.parse("facts.a[99999999999].b").isEmpty());
    assertTrue(FieldPath.parse(null).isEmpty());
  }
}
