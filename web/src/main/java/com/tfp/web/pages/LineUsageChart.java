package com.tfp.web.pages;

import com.tfp.platform.line.application.LineState;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The line usage chart (a Chart.js configuration for PrimeFaces' {@code p:chart}): one horizontal bar per line, the
 * occupied, the available and the unavailable share of its limit stacked to 100 %. Unavailable is what a comprehensive
 * line keeps for its single lines, and all that is not occupied of a suspended or expired line. Shares, not amounts,
 * because one chart holds lines in several currencies; the amounts are in the table beside it.
 */
public final class LineUsageChart {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private LineUsageChart() {}

  /** The share of the limit in use, 0-100 % to one decimal; a line without a limit uses nothing. */
  public static BigDecimal usedPercent(LineState s) {
    return share(s.totalOccupied(), s.line().limitAmount());
  }

  /** The lines that use the most of their limit first, at most {@code max}: the ones a customer manager looks at. */
  public static List<LineState> busiest(List<LineState> lines, int max) {
    return lines.stream().sorted(Comparator.comparing(LineUsageChart::usedPercent).reversed()).limit(max).toList();
  }

  /**
   * The chart's configuration; {@code withCustomer} labels each bar with its customer too (the bank-wide chart). The
   * JSON is written into a script by PrimeFaces, so every {@code <} is escaped: a name cannot close the script.
   */
  public static String config(List<LineState> lines, boolean withCustomer, Locale locale) {
    ResourceBundle msg = ResourceBundle.getBundle(ConditionText.BUNDLE, locale);
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder occupied = Json.createArrayBuilder();
    JsonArrayBuilder available = Json.createArrayBuilder();
    JsonArrayBuilder unavailable = Json.createArrayBuilder();
    for (LineState s : lines) {
      labels.add((withCustomer ? s.line().customerId() + " · " : "") + s.line().code());
      BigDecimal used = usedPercent(s);
      BigDecimal free = share(s.available(), s.line().limitAmount()).min(HUNDRED.subtract(used));
      occupied.add(used);
      available.add(free);
      unavailable.add(s.line().limitAmount() == null || s.line().limitAmount().signum() <= 0 ? BigDecimal.ZERO.setScale(1)
          : HUNDRED.subtract(used).subtract(free).setScale(1));
    }
    var percentAxis = Json.createObjectBuilder().add("stacked", true).add("min", 0).add("max", 100)
        .add("title", Json.createObjectBuilder().add("display", true).add("text", msg.getString("chart.shareOfLimit")));
    String json = Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels)
            .add("datasets", Json.createArrayBuilder()
                .add(dataset(msg.getString("customer.occupied"), occupied, "#1d4ed8"))
                .add(dataset(msg.getString("customer.available"), available, "#93c5fd"))
                .add(dataset(msg.getString("chart.unavailable"), unavailable, "#d1d5db"))))
        .add("options", Json.createObjectBuilder()
            .add("indexAxis", "y").add("responsive", true).add("maintainAspectRatio", false).add("animation", false)
            .add("scales", Json.createObjectBuilder().add("x", percentAxis).add("y", Json.createObjectBuilder().add("stacked", true)))
            .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom"))))
        .build().toString();
    return json.replace("<", "\\u003c");
  }

  /** The chart's height: a bar needs about 34 px, the axis and legend about 90. */
  public static int heightPx(int bars) {
    return 90 + 34 * Math.max(bars, 1);
  }

  private static jakarta.json.JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
    return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour);
  }

  private static BigDecimal share(BigDecimal part, BigDecimal limit) {
    if (part == null || limit == null || limit.signum() <= 0) return BigDecimal.ZERO.setScale(1);
    return part.max(BigDecimal.ZERO).multiply(HUNDRED).divide(limit, 1, RoundingMode.HALF_UP).min(HUNDRED.setScale(1));
  }
}
