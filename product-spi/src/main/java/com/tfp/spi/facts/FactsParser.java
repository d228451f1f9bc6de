package com.tfp.spi.facts;

import com.tfp.spi.Since;
import com.tfp.spi.LocalizedText;
import com.tfp.spi.ProductDescriptor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns raw facts (strings, booleans, exact numbers, lists of maps, as they come from JSON, SOAP or a form) into
 * typed {@link Facts}, checking them against the product's schema. Every error is reported at once, field by field;
 * nothing is guessed: unknown names, wrong types, out-of-bound values and missing required facts are all errors. A fact
 * that another variant of the product knows (legacy systems send one record layout for all variants) is not an error:
 * it is left out of the facts and reported in {@link ParsedFacts#ignored()}, for the platform to say so.
 */
public final class FactsParser {

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final int MAX_TEXT = 200;
  private static final int MAX_RECORDS = 500;
  private static final java.util.regex.Pattern PLAIN_DECIMAL = java.util.regex.Pattern.compile("-?\\d{1,20}(\\.\\d{1,12})?");

  private FactsParser() {}

  /**
   * The typed facts, without the facts of sibling variants; use {@link #read} to learn which were left out.
   *
   * @param variant the variant of the request (already checked against the descriptor), or null
   * @param currency the deal currency: money facts may have no more decimals than its minor unit
   */
  public static Facts parse(ProductDescriptor product, String variant, String currency, Map<String, ?> raw) {
    return read(product, variant, currency, raw).facts();
  }

  /**
   * The typed facts and the facts given that belong to other variants of the product (ignored). A name no variant
   * knows is still an error: typos must not pass silently.
   */
  @Since("1.1")
  public static ParsedFacts read(ProductDescriptor product, String variant, String currency, Map<String, ?> raw) {
    List<FieldError> errors = new ArrayList<>();
    if (variant == null && product.hasVariants()) {
      errors.add(new FieldError("variant", LocalizedText.of("必填：本产品须指定品种", "required: this product has variants")));
    } else if (variant != null && product.variant(variant).isEmpty()) {
      errors.add(new FieldError("variant", LocalizedText.of("未知品种，须为 %s", "unknown variant: must be one of %s")
          .formatted(product.variants().stream().map(v -> v.code()).toList())));
    }
    if (!errors.isEmpty()) {
      throw new InvalidFactsException(errors);
    }
    List<ParsedFacts.IgnoredFact> ignored = new ArrayList<>();
    Map<String, Object> typed = parseFields(product.facts(), variant, currency, raw, "facts", errors, ignored);
    if (!errors.isEmpty()) {
      throw new InvalidFactsException(errors);
    }
    return new ParsedFacts(Facts.of(typed), ignored);
  }

  private static Map<String, Object> parseFields(List<FactSpec> specs, String variant, String currency, Map<String, ?> raw,
      String path, List<FieldError> errors, List<ParsedFacts.IgnoredFact> ignored) {
    Map<String, FactSpec> byName = new LinkedHashMap<>();
    specs.forEach(s -> byName.put(s.name(), s));
    for (String name : raw.keySet()) {
      FactSpec spec = byName.get(name);
      if (spec == null) {
        errors.add(error(path, name, "未知的要素名称", "unknown fact"));
      } else if (!spec.appliesTo(variant) && raw.get(name) != null) {
        ignored.add(new ParsedFacts.IgnoredFact(path + "." + name, spec.variants()));
      }
    }
    Map<String, Object> typed = new LinkedHashMap<>();
    for (FactSpec spec : specs) {
      if (!spec.appliesTo(variant)) continue;
      Object value = raw.get(spec.name());
      if (value == null && spec.defaultValue() != null) value = spec.defaultValue();
      if (value == null) continue;
      Object t = convert(spec, value, variant, currency, path + "." + spec.name(), errors, ignored);
      if (t != null) typed.put(spec.name(), t);
    }
    for (FactSpec spec : specs) {
      if (!spec.appliesTo(variant) || typed.containsKey(spec.name()) || raw.get(spec.name()) != null) continue;
      if (spec.type() != FactType.BOOLEAN && spec.requiredWhen().test(variant, typed)) {
        errors.add(spec.isRequired()
            ? error(path, spec.name(), "必填", "required")
            : error(path, spec.name(), "必填（当 %s）", "required when %s", spec.requiredWhen().describe()));
      }
    }
    return typed;
  }

  private static Object convert(FactSpec spec, Object value, String variant, String currency, String field, List<FieldError> errors,
      List<ParsedFacts.IgnoredFact> ignored) {
    try {
      return switch (spec.type()) {
        case MONEY, DECIMAL, RATIO -> bounded(spec, decimal(value), currency, field, errors);
        case INTEGER -> {
          BigDecimal d = decimal(value);
          if (d.stripTrailingZeros().scale() > 0) {
            errors.add(new FieldError(field, LocalizedText.of("须为整数", "must be a whole number")));
            yield null;
          }
          BigDecimal b = bounded(spec, d, null, field, errors);
          yield b == null ? null : b.longValueExact();
        }
        case DATE -> LocalDate.parse(string(value));
        case BOOLEAN -> bool(value);
        case ENUM -> {
          String s = string(value).trim();
          boolean known = spec.allowedValues().stream().anyMatch(a -> a.code().equals(s));
          if (!known && !(spec.otherValuesAllowed() && !s.isEmpty() && s.length() <= MAX_TEXT)) {
            errors.add(new FieldError(field, LocalizedText.of("取值须为 %s", "must be one of %s")
                .formatted(spec.allowedValues().stream().map(AllowedValue::code).toList())));
            yield null;
          }
          yield s;
        }
        case COUNTRY -> {
          String s = string(value).trim();
          if (!COUNTRIES.contains(s)) {
            errors.add(new FieldError(field, LocalizedText.of("须为 ISO 3166 两位国家代码（如 JP）", "must be an ISO 3166 alpha-2 country code (e.g. JP)")));
            yield null;
          }
          yield s;
        }
        case TEXT -> {
          String s = string(value).trim();
          if (s.isEmpty() || s.length() > MAX_TEXT) {
            errors.add(new FieldError(field, LocalizedText.of("须为 1 至 %s 个字符", "must be 1 to %s characters").formatted(MAX_TEXT)));
            yield null;
          }
          yield s;
        }
        case RECORD_LIST -> records(spec, value, variant, currency, field, errors, ignored);
      };
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, LocalizedText.of("须为有效日期 yyyy-MM-dd", "must be a valid date yyyy-MM-dd")));
    } catch (NumberFormatException | ArithmeticException e) {
      errors.add(new FieldError(field, LocalizedText.of("须为十进制数（如 \"100000.00\"，小于 10^15，最多 10 位小数）", "must be a decimal number below 10^15 with at most 10 decimals (e.g. \"100000.00\")")));
    } catch (ClassCastException | IllegalArgumentException e) {
      errors.add(new FieldError(field, LocalizedText.of("类型不符：须为 %s", "wrong type: must be %s").formatted(spec.type())));
    }
    return null;
  }

  private static List<Facts> records(FactSpec spec, Object value, String variant, String currency, String field, List<FieldError> errors,
      List<ParsedFacts.IgnoredFact> ignored) {
    if (!(value instanceof List<?> list)) throw new IllegalArgumentException("not a list");
    if (list.size() > MAX_RECORDS) {
      errors.add(new FieldError(field, LocalizedText.of("最多 %s 条", "at most %s records").formatted(MAX_RECORDS)));
      return null;
    }
    List<Facts> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      if (!(list.get(i) instanceof Map<?, ?> m)) throw new IllegalArgumentException("not a record");
      Map<String, Object> raw = new LinkedHashMap<>();
      m.forEach((k, v) -> raw.put(String.valueOf(k), v));
      // record fields carry their own currency where their help says so: no minor-unit check inside records
      out.add(Facts.of(parseFields(spec.fields(), variant, null, raw, field + "[" + i + "]", errors, ignored)));
    }
    return out;
  }

  private static BigDecimal bounded(FactSpec spec, BigDecimal d, String currency, String field, List<FieldError> errors) {
    if (spec.min() != null && d.compareTo(spec.min()) < 0) {
      errors.add(new FieldError(field, LocalizedText.of("不得小于 %s", "must not be less than %s").formatted(spec.min().toPlainString())));
      return null;
    }
    if (spec.max() != null && d.compareTo(spec.max()) > 0) {
      errors.add(new FieldError(field, LocalizedText.of("不得大于 %s", "must not be more than %s").formatted(spec.max().toPlainString())));
      return null;
    }
    if (spec.type() == FactType.MONEY && currency != null) {
      int minor = Currency.getInstance(currency).getDefaultFractionDigits();
      if (d.stripTrailingZeros().scale() > Math.max(minor, 0)) {
        errors.add(new FieldError(field, LocalizedText.of("%s 金额最多 %s 位小数", "%s amounts have at most %s decimals").formatted(currency, minor)));
        return null;
      }
    }
    return d;
  }

  private static final BigDecimal LARGEST = new BigDecimal("1E15");

  private static BigDecimal decimal(Object value) {
    BigDecimal d;
    if (value instanceof BigDecimal b) {
      d = b;
    } else if (value instanceof Integer || value instanceof Long) {
      d = BigDecimal.valueOf(((Number) value).longValue());
    } else if (value instanceof String s && PLAIN_DECIMAL.matcher(s.trim()).matches()) {
      d = new BigDecimal(s.trim());
    } else if (value instanceof String) {
      throw new NumberFormatException("not a plain decimal");
    } else {
      // doubles are refused: a binary fraction cannot carry an exact amount
      throw new IllegalArgumentException("not an exact decimal");
    }
    // guards the arithmetic downstream against absurd magnitudes such as 1E999999999
    if (d.abs().compareTo(LARGEST) >= 0 || d.scale() > 10) throw new NumberFormatException("out of range");
    return d;
  }

  private static Boolean bool(Object value) {
    if (value instanceof Boolean b) return b;
    if (value instanceof String s && (s.equals("true") || s.equals("false"))) return Boolean.valueOf(s);
    throw new IllegalArgumentException("not a boolean");
  }

  private static String string(Object value) {
    if (value instanceof String s) return s;
    throw new IllegalArgumentException("not a string");
  }

  private static FieldError error(String path, String name, String zh, String en, Object... args) {
    return new FieldError(path + "." + name, LocalizedText.of(zh, en).formatted(args));
  }
}
