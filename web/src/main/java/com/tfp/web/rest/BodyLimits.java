package com.tfp.web.rest;

import com.tfp.platform.shared.InvalidInputException;
import com.tfp.spi.LocalizedText;
import com.tfp.spi.facts.FieldError;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The most a request body may hold (issue 11): its size in bytes (checked by {@link BodySizeFilter} before the body is
 * read), and for JSON its nesting depth, the elements of one array, the characters of one string or field name and the
 * digits of one number written out. {@link #check} looks at a JSON text in one streaming pass without recursion and
 * stops at the first limit broken, before any tree is built: a body nested a million levels deep costs as little as
 * one nested 33. Every violation is a field error (the JSON path where one is known, else {@code body}), so a 400.
 *
 * <p>The figures are MicroProfile Config properties ({@code tfp.body.maxBytes} …, e.g. a {@code <variable>} in
 * server.xml or an environment variable {@code TFP_BODY_MAXDEPTH}); the defaults are {@link #DEFAULTS}.
 */
public record BodyLimits(long maxBytes, int maxDepth, int maxArrayLength, int maxStringLength, int maxNumberLength) {

  public static final String MAX_BYTES = "tfp.body.maxBytes";
  public static final String MAX_DEPTH = "tfp.body.maxDepth";
  public static final String MAX_ARRAY_LENGTH = "tfp.body.maxArrayLength";
  public static final String MAX_STRING_LENGTH = "tfp.body.maxStringLength";
  public static final String MAX_NUMBER_LENGTH = "tfp.body.maxNumberLength";

  /** 1 MiB, 32 levels, 1,000 elements, 10,000 characters, 40 digits (an amount has at most 15 + 10). */
  public static final BodyLimits DEFAULTS = new BodyLimits(1_048_576, 32, 1_000, 10_000, 40);

  private static volatile BodyLimits configured;

  public BodyLimits {
    if (maxBytes < 1 || maxDepth < 1 || maxArrayLength < 1 || maxStringLength < 1 || maxNumberLength < 1) {
      throw new IllegalArgumentException("body limits must be positive");
    }
  }

  /** The limits of this server: its MicroProfile Config, read once. */
  public static BodyLimits configured() {
    BodyLimits l = configured;
    if (l == null) {
      configured = l = from(name -> ConfigProvider.getConfig().getOptionalValue(name, String.class));
    }
    return l;
  }

  /** The limits from a property lookup; a property not set keeps its default. */
  static BodyLimits from(Function<String, Optional<String>> property) {
    return new BodyLimits(
        property.apply(MAX_BYTES).map(Long::parseLong).orElse(DEFAULTS.maxBytes),
        property.apply(MAX_DEPTH).map(Integer::parseInt).orElse(DEFAULTS.maxDepth),
        property.apply(MAX_ARRAY_LENGTH).map(Integer::parseInt).orElse(DEFAULTS.maxArrayLength),
        property.apply(MAX_STRING_LENGTH).map(Integer::parseInt).orElse(DEFAULTS.maxStringLength),
        property.apply(MAX_NUMBER_LENGTH).map(Integer::parseInt).orElse(DEFAULTS.maxNumberLength));
  }

  /** The field error of a body larger than {@link #maxBytes}. */
  public FieldError tooLarge() {
    return new FieldError("body", LocalizedText.of("请求体超过 %s 字节", "the request body is larger than %s bytes").formatted(maxBytes));
  }

  /**
   * Checks a JSON text against the limits, and that it is JSON at all; throws {@link InvalidInputException} with one
   * field error at the first problem. The parser keeps only the open containers (at most {@link #maxDepth}).
   */
  public void check(String json) {
    if (json.length() > maxBytes) throw new InvalidInputException(List.of(tooLarge()));
    JsonPath path = new JsonPath();
    try (JsonParser p = EvaluationRequestReader.JSON.createParser(new StringReader(json))) {
      while (p.hasNext()) {
        JsonParser.Event e = p.next();
        if (e == JsonParser.Event.END_OBJECT || e == JsonParser.Event.END_ARRAY) {
          path.close();
          continue;
        }
        if (e == JsonParser.Event.KEY_NAME) {
          String key = p.getString();
          if (key.length() > maxStringLength) {
            throw refused(path.toString(), LocalizedText.of("字段名超过 %s 个字符", "a field name longer than %s characters"), maxStringLength);
          }
          path.key(key);
          continue;
        }
        if (path.element() > maxArrayLength) {
          throw refused(path.containerPath(), LocalizedText.of("数组超过 %s 个元素", "an array of more than %s elements"), maxArrayLength);
        }
        switch (e) {
          case START_OBJECT, START_ARRAY -> {
            if (path.depth() >= maxDepth) {
              throw refused("body", LocalizedText.of("嵌套超过 %s 层", "nested deeper than %s levels"), maxDepth);
            }
            path.open(e == JsonParser.Event.START_ARRAY);
          }
          case VALUE_STRING -> {
            if (p.getString().length() > maxStringLength) {
              throw refused(path.toString(), LocalizedText.of("字符串超过 %s 个字符", "a string longer than %s characters"), maxStringLength);
            }
          }
          case VALUE_NUMBER -> {
            if (!withinDigits(p.getString())) {
              throw refused(path.toString(), LocalizedText.of("数字超过 %s 位", "a number of more than %s digits"), maxNumberLength);
            }
          }
          default -> { /* true, false, null */ }
        }
      }
    } catch (JsonParsingException e) {
      throw InvalidInputException.of("body", "JSON 格式错误：%s".formatted(e.getLocation()), "malformed JSON at " + e.getLocation());
    } catch (JsonException e) {
      throw InvalidInputException.of("body", "JSON 格式错误", "malformed JSON");
    }
  }

  /**
   * A number's text and the number written out in full must both stay within {@link #maxNumberLength}: {@code 1e999999999}
   * is short but would take a gigabyte to write out (an amount turned into cents, a long from it).
   */
  private boolean withinDigits(String text) {
    if (text.length() > maxNumberLength) return false;
    BigDecimal n = new BigDecimal(text); // the exponent only: no digits are expanded here
    long integerDigits = (long) n.precision() - n.scale();
    return integerDigits <= maxNumberLength && n.scale() <= maxNumberLength;
  }

  private static InvalidInputException refused(String field, LocalizedText message, long limit) {
    return new InvalidInputException(List.of(new FieldError(field, message.formatted(limit))));
  }

  /** Where the parser is: one entry per open object or array, with the current member name or element count. */
  private static final class JsonPath {
    private final List<Open> open = new ArrayList<>();

    private static final class Open {
      final boolean array;
      String key;
      int elements;

      Open(boolean array) {
        this.array = array;
      }
    }

    int depth() {
      return open.size();
    }

    void open(boolean array) {
      open.add(new Open(array));
    }

    void close() {
      open.remove(open.size() - 1);
    }

    void key(String key) {
      open.get(open.size() - 1).key = key;
    }

    /** Counts a value starting in the innermost array; its number (1-based), or 0 outside an array. */
    int element() {
      if (open.isEmpty()) return 0;
      Open o = open.get(open.size() - 1);
      return o.array ? ++o.elements : 0;
    }

    /** The path of the current value, e.g. {@code facts.contracts[3].name}; {@code body} at the top. */
    @Override
    public String toString() {
      return path(open.size());
    }

    /** The path of the innermost array or object itself, e.g. {@code facts.contracts}. */
    String containerPath() {
      return path(open.size() - 1);
    }

    private String path(int levels) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < levels; i++) {
        Open o = open.get(i);
        if (o.array) {
          b.append('[').append(Math.max(o.elements - 1, 0)).append(']');
        } else if (o.key != null) {
          if (b.length() > 0) b.append('.');
          b.append(o.key);
        }
      }
      return b.length() == 0 ? "body" : b.toString();
    }
  }
}
