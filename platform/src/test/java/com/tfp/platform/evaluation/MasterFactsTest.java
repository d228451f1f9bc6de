package com.tfp.platform.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.platform.evaluation.domain.MasterFacts;
import com.tfp.spi.LocalizedText;
import com.tfp.spi.ProductDescriptor;
import com.tfp.spi.SemanticVersion;
import com.tfp.spi.VersionRange;
import com.tfp.spi.facts.CustomerFacts;
import com.tfp.spi.facts.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** API.md: with a customerId, customer facts come from the master; a conflicting request fact is a field error. */
class MasterFactsTest {

  static final ProductDescriptor PRODUCT = new ProductDescriptor("p", SemanticVersion.parse("1.0.0"), VersionRange.parse("[1.0,2.0)"),
      LocalizedText.of("产品", "Product"), LocalizedText.of("说明", "About"), 2, List.of(), CustomerFacts.ALL, List.of(), List.of(), List.of("004 Art.2"));

  @Test
  void masterFactsFillTheRequestAndAgreeingOnesPass() {
    List<FieldError> errors = new ArrayList<>();
    Map<String, Object> merged = MasterFacts.merge(PRODUCT, Map.of("safeCategory", "A", "bankRelationshipYears", new BigDecimal("5")),
        Map.of("safeCategory", "A", "bankRelationshipYears", "5.0"), errors);
    assertTrue(errors.isEmpty(), errors.toString());
    assertEquals("A", merged.get("safeCategory"));
  }

  @Test
  void aConflictingFactIsReportedOnItsField() {
    List<FieldError> errors = new ArrayList<>();
    MasterFacts.merge(PRODUCT, Map.of("safeCategory", "A"), Map.of("safeCategory", "B"), errors);
    assertEquals("facts.safeCategory", errors.get(0).field());
  }
}
