package com.tfp.web.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.tfp.spi.facts.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodiesTest {

  @Test
  void anAmountAsANumberHasTheDigitsOfOneAsAString() {
    List<FieldError> errors = new ArrayList<>();
    var o = EvaluationRequestReader.object("{\"a\":100000.50,\"b\":1e30,\"c\":\"1e3\"}", BodyLimits.DEFAULTS);
    assertEquals(0, new BigDecimal("100000.50").compareTo(Bodies.decimal(o, "a", errors)));
    assertNull(Bodies.decimal(o, "b", errors));
    assertNull(Bodies.decimal(o, "c", errors));
    assertEquals(List.of("b", "c"), errors.stream().map(FieldError::field).toList());
  }

  @Test
  void anIdIsAWholeNumberThatFitsALong() {
    List<FieldError> errors = new ArrayList<>();
    var o = EvaluationRequestReader.object("{\"a\":7,\"b\":\"8\",\"c\":99999999999999999999,\"d\":1.5}", BodyLimits.DEFAULTS);
    assertEquals(7L, Bodies.id(o, "a", errors));
    assertEquals(8L, Bodies.id(o, "b", errors));
    assertNull(Bodies.id(o, "c", errors));
    assertNull(Bodies.id(o, "d", errors));
    assertEquals(List.of("c", "d"), errors.stream().map(FieldError::field).toList());
  }
}
