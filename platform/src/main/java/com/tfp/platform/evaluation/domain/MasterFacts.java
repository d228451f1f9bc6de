package com.tfp.platform.evaluation.domain;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.ProductDescriptor;
import com.tfp.spi.facts.FieldError;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the customer master's facts into a request's (API.md: when customerId is given, customer facts come from the
 * master and the request overrides nothing — a different value is a field error, the same value is accepted).
 */
public final class MasterFacts {

  private MasterFacts() {}

  public static Map<String, Object> merge(ProductDescriptor product, Map<String, Object> master, Map<String, Object> request, List<FieldError> errors) {
    Map<String, Object> merged = new LinkedHashMap<>(request);
    master.forEach((name, value) -> {
      if (product.fact(name).isEmpty()) return;
      Object given = request.get(name);
      if (given != null && !same(given, value)) {
        errors.add(new FieldError("facts." + name, LocalizedText.of("与客户档案不一致（档案值 %s）：客户事实以客户档案为准",
            "conflicts with the customer master (%s): customer facts come from the master").formatted(value, value)));
      }
      merged.put(name, value);
    });
    return merged;
  }

  static boolean same(Object given, Object master) {
    if (master instanceof BigDecimal m) {
      try {
        return new BigDecimal(given.toString()).compareTo(m) == 0;
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return String.valueOf(master).equals(String.valueOf(given));
  }
}
