package com.tfp.platform.shared;

import com.tfp.spi.LocalizedText;
import com.tfp.spi.facts.FieldError;
import java.util.ArrayList;
import java.util.List;

/** Which slice of a list a caller wants: {@code offset} rows skipped, at most {@code limit} returned (1..500). */
public record PageRequest(int offset, int limit) {

  public static final int DEFAULT_LIMIT = 100;
  public static final int MAX_LIMIT = 500;

  /** Validates the query parameters of a list request; null means the default. */
  public static PageRequest of(Integer offset, Integer limit) {
    List<FieldError> errors = new ArrayList<>();
    if (offset != null && offset < 0) errors.add(new FieldError("offset", LocalizedText.of("不得为负", "must not be negative")));
    if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
      errors.add(new FieldError("limit", LocalizedText.of("须在 1 至 %s 之间", "must be between 1 and %s").formatted(MAX_LIMIT)));
    }
    if (!errors.isEmpty()) throw new InvalidInputException(errors);
    return new PageRequest(offset == null ? 0 : offset, limit == null ? DEFAULT_LIMIT : limit);
  }

  /** The slice of an in-memory list (short lists such as the product catalogue). */
  public <T> Page<T> slice(List<T> all) {
    int from = Math.min(offset, all.size());
    int to = Math.min(from + limit, all.size());
    return new Page<>(List.copyOf(all.subList(from, to)), all.size(), this);
  }
}
