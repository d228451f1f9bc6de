package it.com.tfp.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The what-if evaluation page in a real browser: the form generated from each product's facts schema, filled as a
 * member of staff fills it, evaluated by the plug-in on the running server.
 */
class WhatIfPageIT extends BrowserSession {

  @Override
  String signedInAs() {
    return "cm1";
  }

  /** The worked example of README/API.md, entered through the page: 90% of the invoice, 18 days to Japan. */
  @Test
  void sightLcBillPurchaseToJapanIsApprovableFor90PercentUntil19December() {
    browser.get("/evaluate.xhtml?product=bill-purchase");
    browser.language("en");
    enterSightLcBillPurchaseToJapan();
    browser.screenshot("what-if-bill-purchase-form");

    browser.click("[id='whatif:evaluate']");
    browser.screenshot("what-if-bill-purchase-result");

    assertEquals("APPROVABLE", browser.find("#decision").getAttribute("data-decision"));
    assertEquals("Approvable", browser.text("#decision"));
    assertEquals("90000.00", browser.find("#maxAmount").getAttribute("data-value"));
    assertEquals("USD 90,000.00", browser.text("#maxAmount"));
    assertEquals("2026-12-19", browser.find("#maturityDate").getAttribute("data-value"));
    assertTrue(browser.text("#maturityDate").contains("18 days"));
    assertEquals("the customer's line", browser.text("#lineOccupation"));

    // the binding cap is highlighted and it is the amount shown; likewise the binding term limit
    List<WebElement> bindingAmount = browser.all("[id='whatif:amountSteps'] tr.step-binding");
    assertEquals(1, bindingAmount.size());
    assertTrue(bindingAmount.get(0).getText().contains("90,000.00"), bindingAmount.get(0).getText());
    assertTrue(bindingAmount.get(0).getText().contains("binding"));
    List<WebElement> bindingTerm = browser.all("[id='whatif:termSteps'] tr.step-binding");
    assertEquals(1, bindingTerm.size());
    assertTrue(bindingTerm.get(0).getText().contains("2026-12-19"), bindingTerm.get(0).getText());

    // every finding cites its source; the documents come as a checklist
    List<WebElement> findings = browser.all("[id='whatif:findings'] tbody tr");
    assertFalse(findings.isEmpty());
    findings.forEach(f -> assertTrue(f.getText().matches("(?s).*\\b\\d{3} .*"), "a finding without a source: " + f.getText()));
    assertFalse(browser.all("#documents li .ui-chkbox").isEmpty());
  }

  /** The README's deal: USD 100,000.00 under a sight L/C of a Japanese bank, value date 2026-12-01 (English labels). */
  private void enterSightLcBillPurchaseToJapan() {
    browser.chooseFiltered("currency", "USD", "USD");
    browser.date("valueDate", "2026-12-01");
    browser.choose("settlement", "Sight L/C");
    browser.type("invoiceAmount", "100000.00");
    browser.chooseFiltered("issuingBankCountry", "JP", "JP");
    browser.tick("exportLicence");
    browser.choose("safeCategory", "Class A");
    browser.tick("documentsCompliant");
    browser.tick("fullSetTitleDocuments");
  }

  /** The result stays on the page across the language switch and speaks the new language, the plug-in's texts too. */
  @Test
  void resultFollowsTheLanguageSwitch() {
    browser.get("/evaluate.xhtml?product=bill-purchase");
    browser.language("en");
    enterSightLcBillPurchaseToJapan();
    browser.click("[id='whatif:evaluate']");
    assertEquals("Approvable", browser.text("#decision"));
    String findingsEn = browser.text("[id='whatif:findings']");
    assertTrue(findingsEn.contains("18 days to mail the documents"), findingsEn);

    browser.language("zh");
    assertEquals("可批准", browser.text("#decision"));
    assertEquals("USD 90,000.00", browser.text("#maxAmount"));
    assertEquals("客户授信额度", browser.text("#lineOccupation"));
    String findingsZh = browser.text("[id='whatif:findings']");
    assertTrue(findingsZh.contains("004 Art.10"), findingsZh);
    assertFalse(findingsZh.contains("18 days to mail the documents"), findingsZh);
    assertEquals("发票金额", browser.text("[data-fact='invoiceAmount'] .fact-label span"));
    browser.screenshot("what-if-bill-purchase-result-zh");
  }

  /** A negative amount: the platform's error comes back to the invoice amount input, and nothing is evaluated. */
  @Test
  void negativeInvoiceAmountIsShownAtTheField() {
    browser.get("/evaluate.xhtml?product=bill-purchase");
    browser.language("en");
    browser.choose("settlement", "Sight L/C");
    browser.type("invoiceAmount", "-5.00");

    browser.click("[id='whatif:evaluate']");

    WebElement field = browser.find("[data-fact='invoiceAmount']");
    assertTrue(field.getAttribute("class").contains("has-error"));
    assertTrue(field.findElement(org.openqa.selenium.By.cssSelector(".fact-error")).getText().contains("must not be less than 0"),
        field.getText());
    assertTrue(field.findElement(org.openqa.selenium.By.cssSelector("input")).getAttribute("class").contains("ui-state-error"));
    // the required country of an L/C deal is flagged at its own input too
    assertTrue(browser.find("[data-fact='issuingBankCountry'] .fact-error").getText().contains("required"));
    assertTrue(browser.all("#decision").isEmpty(), "no result for invalid input");
    assertTrue(browser.text("[id='whatif:messages']").contains("need correcting"));
    browser.screenshot("what-if-field-error");
  }

  /** Domestic L/C: the facts on the form are the chosen variant's — forfaiting asks for a discount rate, issuance does not. */
  @Test
  void domesticLcVariantSwitchChangesTheForm() {
    browser.get("/evaluate.xhtml");
    browser.language("en");
    browser.choose("product", "Domestic L/C trade financing (1.0.0)");
    browser.choose("variant", "L/C issuance");
    List<String> issuance = browser.factNames();
    assertFalse(issuance.contains("discountRate"), issuance.toString());
    assertFalse(issuance.contains("acceptedAmount"), issuance.toString());
    browser.screenshot("what-if-domestic-lc-issuance");

    browser.choose("variant", "Forfaiting");
    List<String> forfaiting = browser.factNames();
    assertTrue(forfaiting.contains("discountRate"), forfaiting.toString());
    assertTrue(forfaiting.contains("acceptedAmount"), forfaiting.toString());
    // both are required for forfaiting, and the form says so at the inputs
    assertTrue(browser.find("[data-fact='discountRate'] .req-now").isDisplayed());
    browser.screenshot("what-if-domestic-lc-forfaiting");
  }

  /** Seller's credit, series contracts: the row editor of a list-of-records fact, with errors at the record's cell. */
  @Test
  void seriesContractsAreEnteredInTheRowEditor() {
    browser.get("/evaluate.xhtml?product=sellers-credit");
    browser.language("en");
    browser.choose("variant", "Series commercial-contract loan");
    assertEquals(1, browser.all("[data-fact='contracts'] tbody tr").size());
    browser.click("[data-fact='contracts'] button[id$='addRow']");
    assertEquals(2, browser.all("[data-fact='contracts'] tbody tr").size());

    // only the second row is filled: the platform's error for the first record sent comes back to that row's cell
    WebElement amount = browser.find("[data-fact='contracts'] tr[data-row='1'] [data-fact='amount'] input");
    amount.sendKeys("-1.00");
    browser.blur(amount);
    browser.click("[id='whatif:evaluate']");
    assertTrue(browser.text("[data-fact='contracts'] tr[data-row='1'] [data-fact='amount'] .fact-error").contains("must not be less than 0"));
    assertTrue(browser.all("[data-fact='contracts'] tr[data-row='0'] .fact-error").isEmpty());
    browser.screenshot("what-if-sellers-credit-series");
  }
}
