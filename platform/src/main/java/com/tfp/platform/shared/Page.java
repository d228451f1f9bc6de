package com.tfp.platform.shared;

import java.util.List;
import java.util.function.Function;

/** One slice of a longer list, with the total count so that callers can page on. */
public record Page<T>(List<T> items, long total, PageRequest request) {

  public <R> Page<R> map(Function<T, R> f) {
    return new Page<>(items.stream().map(f).toList(), total, request);
  }

  public boolean hasNext() {
    return request.offset() + items.size() < total;
  }
}
