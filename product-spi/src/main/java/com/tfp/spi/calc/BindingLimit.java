package com.tfp.spi.calc;

import com.tfp.spi.Since;
import com.tfp.spi.LocalizedText;
import com.tfp.spi.context.ConfiguredValue;
import com.tfp.spi.evaluation.Step;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The most restrictive of several limits — the lowest amount cap, the earliest maturity — with every limit kept as a
 * step and the binding one marked. Explanatory steps (intermediate results) can be added without competing.
 *
 * <pre>{@code
 * BindingLimit<BigDecimal> caps = BindingLimit.lowestAmount("USD");
 * caps.limit(LocalizedText.of("汇票金额的90%", "90% of the draft"), draft.multiply(NINETY), "004 Art.11");
 * BigDecimal max = caps.result().orElseThrow();
 * }</pre>
 */
public final class BindingLimit<T extends Comparable<? super T>> {

  private record Entry<T>(LocalizedText label, T value, String source, boolean competes, boolean bankDefault) {}

  private final Comparator<T> tighter;
  private final Function<T, T> finish;
  private final Function<T, String> format;
  private final List<Entry<T>> entries = new ArrayList<>();

  private BindingLimit(Comparator<T> tighter, Function<T, T> finish, Function<T, String> format) {
    this.tighter = tighter;
    this.finish = finish;
    this.format = format;
  }

  /** Amount caps: the lowest binds; values are rounded HALF_UP to the currency's minor unit when shown and chosen. */
  public static BindingLimit<BigDecimal> lowestAmount(String currency) {
    return new BindingLimit<>(Comparator.naturalOrder(), v -> Money.round(v, currency), BigDecimal::toPlainString);
  }

  /** Date limits: the earliest binds. */
  public static BindingLimit<LocalDate> earliestDate() {
    return new BindingLimit<LocalDate>(Comparator.naturalOrder(), Function.identity(), LocalDate::toString);
  }

  /** A limit that competes: the most restrictive one decides. */
  public BindingLimit<T> limit(LocalizedText label, T value, String source) {
    entries.add(new Entry<>(label, finish.apply(value), source, true, false));
    return this;
  }

  /** A competing limit that rests on a bank-configurable default. */
  public BindingLimit<T> defaultLimit(LocalizedText label, T value, String source) {
    entries.add(new Entry<>(label, finish.apply(value), source, true, true));
    return this;
  }

  /**
   * A competing limit set by one of the product's parameters: labelled with the setting's {@link ConfiguredValue#mark}
   * and a default step while the bank has not set its own value, the bank's own otherwise (SPI 1.4).
   */
  @Since("1.4")
  public BindingLimit<T> limit(ConfiguredValue setting, String zh, String en, T value, String source) {
    entries.add(new Entry<>(setting.mark(zh, en), finish.apply(value), source, true, setting.bankDefault()));
    return this;
  }

  /** An intermediate result shown for traceability; it does not compete. */
  public BindingLimit<T> explain(LocalizedText label, T value, String source) {
    entries.add(new Entry<>(label, finish.apply(value), source, false, false));
    return this;
  }

  /** An intermediate result that rests on a bank-configurable default; it does not compete (SPI 1.1). */
  @Since("1.1")
  public BindingLimit<T> explainDefault(LocalizedText label, T value, String source) {
    entries.add(new Entry<>(label, finish.apply(value), source, false, true));
    return this;
  }

  /** The binding value, or empty when no limit was added. */
  public Optional<T> result() {
    return binding().map(Entry::value);
  }

  private Optional<Entry<T>> binding() {
    Entry<T> best = null;
    for (Entry<T> e : entries) {
      // the first of equal limits binds, so the order of the seed's articles decides ties
      if (e.competes() && (best == null || tighter.compare(e.value(), best.value()) < 0)) best = e;
    }
    return Optional.ofNullable(best);
  }

  /** Every limit and explanation in the order added, the binding one marked. */
  public List<Step> steps() {
    Entry<T> winner = binding().orElse(null);
    List<Step> steps = new ArrayList<>();
    for (Entry<T> e : entries) {
      steps.add(new Step(e.label(), format.apply(e.value()), e.source(), e == winner, e.bankDefault()));
    }
    return steps;
  }
}
