package it.com.tfp.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** The administrator runs end of day from the page: the progress follows the run, the business date moves on, the trial balance balances. */
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
    browser.get("/eod.xhtml");
    LocalDate after = LocalDate.parse(browser.text("#eodBusinessDate"));
    assertTrue(after.isAfter(before), before + " → " + after);
    assertEquals(after.toString(), browser.text("#businessDate"), "the header shows the new business date");
    for (WebElement total : browser.all("#trialBalance tr.tfp-total")) assertEquals("true", total.getAttribute("data-balanced"));
    browser.screenshot("eod-after");
  }
}
