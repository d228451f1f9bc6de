package com.tfp.web.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.platform.shared.InvalidInputException;
import com.tfp.spi.facts.FieldError;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BodyLimitsTest {

  private static final BodyLimits LIMITS = BodyLimits.DEFAULTS;

  private static FieldError refusal(String json) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> LIMITS.check(json));
    assertEquals(1, e.errors().size(), e.getMessage());
    return e.errors().get(0);
  }

  private static String nested(int depth) {
    return "{\"facts\":" + "[".repeat(depth - 1) + "]".repeat(depth - 1) + "}";
  }

  private static String array(int elements) {
    return "{\"facts\":{\"contracts\":[" + IntStream.range(0, elements).mapToObj(i -> "{\"n\":" + i + "}").collect(Collectors.joining(",")) + "]}}";
  }

  @Test
  void theDefaultsAreTheDocumentedFigures() {
    assertEquals(new BodyLimits(1_048_576, 32, 1_000, 10_000, 40), BodyLimits.DEFAULTS);
  }

  @Test
  void configuredFiguresReplaceTheDefaultsOneByOne() {
    Map<String, String> props = Map.of(BodyLimits.MAX_DEPTH, "8", BodyLimits.MAX_BYTES, "2048");
    BodyLimits l = BodyLimits.from(name -> Optional.ofNullable(props.get(name)));
    assertEquals(new BodyLimits(2048, 8, 1_000, 10_000, 40), l);
  }

  @Test
  void aLimitMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> new BodyLimits(1, 0, 1, 1, 1));
  }

  @Test
  void anOrdinaryEvaluationPasses() {
    assertDoesNotThrow(() -> LIMITS.check("""
        { "product": "bill-purchase", "variant": null, "currency": "USD", "valueDate": "2026-12-01",
          "facts": { "settlement": "LC_SIGHT", "invoiceAmount": "100000.00", "ratio": 0.9, "exportLicence": true,
                     "contracts": [ { "amount": "1.00" } ] } }"""));
  }

  @Test
  void thirtyTwoLevelsPassAndThirtyThreeAreRefusedNamingTheLimit() {
    assertDoesNotThrow(() -> LIMITS.check(nested(32)));
    FieldError e = refusal(nested(33));
    assertEquals("body", e.field());
    assertTrue(e.message().en().contains("deeper than 32 levels"), e.message().en());
    assertTrue(e.message().zh().contains("32"), e.message().zh());
  }

  /** No recursion and no tree: a million levels cost what 33 do (the parser stops at the 33rd). */
  @Test
  void aMillionLevelsAreRefusedCheaply() {
    String deep = "{\"facts\":" + "[".repeat(1_000_000);
    assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertEquals("body", refusal(deep).field()));
    String deepObjects = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
    assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertEquals("body", refusal(deepObjects).field()));
  }

  @Test
  void aThousandElementsPassAndMoreAreRefusedAtTheArraysPath() {
    assertDoesNotThrow(() -> LIMITS.check(array(1_000)));
    FieldError e = refusal(array(2_000));
    assertEquals("facts.contracts", e.field());
    assertTrue(e.message().en().contains("more than 1000 elements"), e.message().en());
  }

  @Test
  void aLongStringIsRefusedAtItsPath() {
    assertDoesNotThrow(() -> LIMITS.check("{\"facts\":{\"name\":\"" + "x".repeat(10_000) + "\"}}"));
    FieldError e = refusal("{\"facts\":{\"contracts\":[{},{\"name\":\"" + "x".repeat(20_000) + "\"}]}}");
    assertEquals("facts.contracts[1].name", e.field());
    assertTrue(e.message().en().contains("longer than 10000 characters"), e.message().en());
  }

  @Test
  void aLongFieldNameIsRefusedAtItsObject() {
    FieldError e = refusal("{\"facts\":{\"" + "k".repeat(20_000) + "\":1}}");
    assertEquals("facts", e.field());
    assertTrue(e.message().en().contains("field name longer than 10000"), e.message().en());
  }

  @Test
  void aNumberIsMeasuredWrittenOut() {
    assertDoesNotThrow(() -> LIMITS.check("{\"a\":123456789012345.1234567890,\"b\":-1e10,\"c\":2.5E-3}"));
    assertEquals("amount", refusal("{\"amount\":" + "9".repeat(41) + "}").field());
    // short, but a gigabyte of digits once written out
    assertEquals("facts.invoiceAmount", refusal("{\"facts\":{\"invoiceAmount\":1e999999999}}").field());
    assertEquals("x[2]", refusal("{\"x\":[1,2,1e-999999999]}").field());
  }

  @Test
  void malformedJsonIsStillReportedAsSuch() {
    FieldError e = refusal("{\"product\": \"bill-purchase\",");
    assertEquals("body", e.field());
    assertTrue(e.message().en().startsWith("malformed JSON"), e.message().en());
  }

  @Test
  void aTextLongerThanTheByteLimitIsRefusedUnparsed() {
    BodyLimits small = new BodyLimits(100, 32, 1_000, 10_000, 40);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> small.check("{\"a\":\"" + "x".repeat(200) + "\"}"));
    assertEquals("body", e.errors().get(0).field());
    assertTrue(e.errors().get(0).message().en().contains("larger than 100 bytes"));
  }

  @Test
  void theReaderChecksBeforeBuildingTheTree() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> EvaluationRequestReader.object("{\"facts\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}", LIMITS));
    assertTrue(e.errors().get(0).message().en().contains("32 levels"));
    assertEquals("bill-purchase", EvaluationRequestReader.object("{\"product\":\"bill-purchase\"}", LIMITS).getString("product"));
  }
}
