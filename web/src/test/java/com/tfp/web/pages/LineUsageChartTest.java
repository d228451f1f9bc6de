package com.tfp.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tfp.platform.line.application.LineState;
import com.tfp.platform.line.domain.CreditLine;
import com.tfp.platform.line.domain.LineCategory;
import com.tfp.platform.line.domain.LineStatus;
import com.tfp.platform.line.domain.LineType;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The line usage chart shows each line's occupied and available share of its limit (002 Art.36: the line's use). */
class LineUsageChartTest {

  static LineState line(String code, String customer, String limit, String occupied, String available) {
    CreditLine l = new CreditLine(code, customer, LineType.SINGLE_PRODUCT, LineCategory.TRADE_FINANCE, null, "bill-purchase", 2,
        new BigDecimal(limit), "USD", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), LineStatus.ACTIVE);
    return new LineState(l, new BigDecimal(occupied), new BigDecimal(available), BigDecimal.ONE);
  }

  static JsonObject parse(String config) {
    return Json.createReader(new StringReader(config)).readObject();
  }

  @Test
  void eachLineIsOneBarOfOccupiedAndAvailableShares() {
    JsonObject c = parse(LineUsageChart.config(List.of(line("BP-1", "C001", "1000000.00", "90000.00", "910000.00")), false, Language.ENGLISH));

    assertEquals("bar", c.getString("type"));
    assertEquals("BP-1", c.getJsonObject("data").getJsonArray("labels").getString(0));
    var sets = c.getJsonObject("data").getJsonArray("datasets");
    assertEquals("Occupied", sets.getJsonObject(0).getString("label"));
    assertEquals(new BigDecimal("9.0"), sets.getJsonObject(0).getJsonArray("data").getJsonNumber(0).bigDecimalValue());
    assertEquals(new BigDecimal("91.0"), sets.getJsonObject(1).getJsonArray("data").getJsonNumber(0).bigDecimalValue());
    assertEquals(new BigDecimal("0.0"), sets.getJsonObject(2).getJsonArray("data").getJsonNumber(0).bigDecimalValue());
    assertEquals("y", c.getJsonObject("options").getString("indexAxis"));
  }

  @Test
  void whatAComprehensiveLineKeepsForItsSingleLinesIsShownAsNotAvailable_002Art13() {
    // limit 1,000,000: 20,000 occupied, 500,000 free, the rest reserved for the single lines under it
    JsonObject c = parse(LineUsageChart.config(List.of(line("COMP", "C001", "1000000.00", "20000.00", "500000.00")), false, Language.ENGLISH));
    var sets = c.getJsonObject("data").getJsonArray("datasets");
    assertEquals(new BigDecimal("2.0"), sets.getJsonObject(0).getJsonArray("data").getJsonNumber(0).bigDecimalValue());
    assertEquals(new BigDecimal("50.0"), sets.getJsonObject(1).getJsonArray("data").getJsonNumber(0).bigDecimalValue());
    assertEquals(new BigDecimal("48.0"), sets.getJsonObject(2).getJsonArray("data").getJsonNumber(0).bigDecimalValue());
  }

  @Test
  void theLabelsFollowTheLanguage() {
    JsonObject c = parse(LineUsageChart.config(List.of(line("BP-1", "C001", "100", "0", "100")), true, Language.CHINESE));
    assertEquals("已占用", c.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getString("label"));
    assertEquals("C001 · BP-1", c.getJsonObject("data").getJsonArray("labels").getString(0));
  }

  @Test
  void aLineCodeCannotCloseTheScriptTheChartIsWrittenInto() {
    String config = LineUsageChart.config(List.of(line("</script><b>x", "C001", "100", "0", "100")), false, Language.ENGLISH);
    assertFalse(config.contains("<"));
    assertEquals("</script><b>x", parse(config).getJsonObject("data").getJsonArray("labels").getString(0));
  }

  @Test
  void sharesStayWithinZeroAndAHundredAndALineWithoutLimitUsesNothing() {
    assertEquals(new BigDecimal("100.0"), LineUsageChart.usedPercent(line("X", "C", "100", "130", "0")));
    assertEquals(new BigDecimal("0.0"), LineUsageChart.usedPercent(line("X", "C", "0", "10", "0")));
    assertEquals(new BigDecimal("33.3"), LineUsageChart.usedPercent(line("X", "C", "300", "100", "200")));
  }

  @Test
  void theBusiestLinesComeFirst() {
    var lines = List.of(line("A", "C", "100", "10", "90"), line("B", "C", "100", "80", "20"), line("C", "C", "100", "50", "50"));
    assertEquals(List.of("B", "C"), LineUsageChart.busiest(lines, 2).stream().map(s -> s.line().code()).toList());
  }
}
