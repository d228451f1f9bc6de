package com.tfp.platform.reference.application;

import com.tfp.platform.shared.InvalidInputException;
import com.tfp.spi.ParameterSpec;
import java.math.BigDecimal;

/** Checks a value the bank sets for a product parameter against the parameter's declared type. */
final class ParameterValues {

  private ParameterValues() {}

  static String check(ParameterSpec spec, String value) {
    String v = value == null ? "" : value.trim();
    if (v.isEmpty() || v.length() > 200) throw invalid("须为 1 至 200 个字符", "must be 1 to 200 characters");
    switch (spec.type()) {
      case TEXT:
        return v;
      case INTEGER:
        // every parameter products declare is a count, a ratio or an amount: none may be negative
        if (!v.matches("\\d{1,9}")) throw invalid("须为非负整数", "must be a whole number, not negative");
        return v;
      default:
        if (!v.matches("\\d{1,15}(\\.\\d{1,10})?")) throw invalid("须为非负十进制数", "must be a decimal number, not negative");
        BigDecimal d = new BigDecimal(v);
        if (spec.type() == com.tfp.spi.facts.FactType.RATIO && d.compareTo(BigDecimal.ONE) > 0) {
          throw invalid("比例须在 0 与 1 之间", "a ratio must be between 0 and 1");
        }
        return d.toPlainString();
    }
  }

  private static InvalidInputException invalid(String zh, String en) {
    return InvalidInputException.of("value", zh, en);
  }
}
