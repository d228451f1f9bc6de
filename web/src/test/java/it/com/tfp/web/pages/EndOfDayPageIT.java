package it.com.tfp.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The administrator runs end of day from the page: the progress follows the run (percent, deals per second, time left, each
 * partition's deals), the business date moves on, the trial balance balances.
 */
class EndOfDayPageIT extends BrowserSession {

  @Test
  void adminRunsEndOfDayAndTheBusinessDateMovesOn() {
    browser.login("admin");
    assertTrue(browser.text("#menu").contains("日终"));
    assertFalse(browser.text("#menu").contains("新建申请"));
    browser.get("/eod.xhtml");
    LocalDate before = LocalDate.parse(browser.text("#eodBusinessDate"));
    browser.screenshot("eod-before");
    browser.click("[id='eod:run']");
    browser.wait.until(d -> "COMPLETED".equals(browser.find("#runState").getAttribute("data-state")));
    browser.waitForAjax();
    // the deal step's progress (issue 14): every deal of the date done, per partition (2 by default), deals per second
    WebElement deals = browser.find("#dealsDone");
    assertEquals(deals.getAttribute("data-total"), deals.getAttribute("data-done"), deals.getText());
    assertEquals("100", deals.getAttribute("data-percent"));
    assertEquals(2, browser.all("#eodPartitions tbody tr").size());
    long perPartition = 0;
    for (WebElement p : browser.all("#eodPartitions tbody tr")) perPartition += Long.parseLong(p.getAttribute("data-done"));
    assertEquals(Long.parseLong(deals.getAttribute("data-done")), perPartition);
    assertFalse(browser.text("#dealsPerSecond").isBlank());
    browser.screenshot("eod-progress");
    browser.get("/eod.xhtml");
    LocalDate after = LocalDate.parse(browser.text("#eodBusinessDate"));
    assertTrue(after.isAfter(before), before + " → " + after);
    assertEquals(after.toString(), browser.text("#businessDate"), "the header shows the new business date");
    for (WebElement total : browser.all("#trialBalance tr.tfp-total")) assertEquals("true", total.getAttribute("data-balanced"));
    browser.screenshot("eod-after");
  }
}
