package it.com.tfp.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The deal through the pages, each step by the role that owns it: cm1 enters a bill purchase for C001 through
 * the generated form with its trade documents and submits it; ib1 finds it in "to review" and reviews the documents;
 * risk1 acknowledges any REFER finding and approves; ib1 disburses; the customer page shows the line's available
 * amount lower by exactly what the deal occupies. A screenshot of every page on the way.
 */
class DealFlowIT extends BrowserSession {

  @Test
  void billPurchaseEnteredReviewedApprovedAndDisbursedThroughThePages() {
    String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();

    // not signed in: the login page
    browser.get("/queues.xhtml");
    assertTrue(browser.driver.getCurrentUrl().contains("/login.xhtml?next="), browser.driver.getCurrentUrl());
    browser.screenshot("flow-00-login");

    // cm1: the customer's lines before, then the application
    browser.login("cm1");
    browser.get("/");
    browser.screenshot("flow-01-home-cm1");
    assertEquals("cm1", browser.text("#currentUser"));
    browser.get("/customer.xhtml?id=C001");
    BigDecimal availableBefore = available("C001-BP");

    browser.get("/apply.xhtml?product=bill-purchase");
    browser.chooseFiltered("customerId", "C001", "C001");
    assertFalse(browser.all("[data-master-fact='safeCategory']").isEmpty(), "the customer's facts come from the master");
    assertTrue(browser.all("[data-fact='safeCategory']").isEmpty(), "and are not asked again");
    browser.chooseFiltered("currency", "USD", "USD");
    browser.choose("settlement", "即期信用证");
    browser.type("invoiceAmount", "100000.00");
    browser.chooseFiltered("issuingBankCountry", "JP", "JP");
    browser.tick("documentsCompliant");
    browser.tick("fullSetTitleDocuments");
    document(0, "INVOICE", "INV-" + run, "Qingdao Haida");
    document(1, "BILL_OF_LADING", "BL-" + run, "COSCO");
    typeInto("[id='whatif:requestedAmount']", "90000.00");
    browser.screenshot("flow-02-apply-form");
    WebElement create = browser.find("[id='whatif:createApplication']");
    create.click();
    browser.wait.until(ExpectedConditions.urlContains("/deal.xhtml"));
    browser.waitForPage();
    String dealId = browser.text("#dealId");
    assertEquals("DRAFT", status());
    browser.screenshot("flow-03-deal-draft");

    // the same documents again: double financing (X2) is refused, shown at the documents
    browser.get("/apply.xhtml?product=bill-purchase");
    browser.chooseFiltered("customerId", "C001", "C001");
    browser.chooseFiltered("currency", "USD", "USD");
    browser.choose("settlement", "即期信用证");
    browser.type("invoiceAmount", "50000.00");
    browser.chooseFiltered("issuingBankCountry", "JP", "JP");
    browser.tick("documentsCompliant");
    browser.tick("fullSetTitleDocuments");
    document(0, "INVOICE", "INV-" + run, "Qingdao Haida");
    document(1, "BILL_OF_LADING", "", "COSCO"); // no number: the platform's field error shows at that row
    typeInto("[id='whatif:requestedAmount']", "40000.00");
    browser.click("[id='whatif:createApplication']");
    assertFalse(browser.all("[data-document='1'] .fact-error").isEmpty(), "the missing number is shown at its row");
    assertTrue(browser.all("[data-document='0'] .fact-error").isEmpty());
    browser.screenshot("flow-04a-apply-field-error");
    typeInto("[data-document='1'] input.doc-number", "BL2-" + run);
    browser.click("[id='whatif:createApplication']");
    assertTrue(browser.text("[id='whatif:documentsError']").contains(dealId), browser.text("[id='whatif:documentsError']"));
    browser.screenshot("flow-04-apply-double-financing");

    browser.get("/deal.xhtml?id=" + dealId);
    act("submit", "资料齐全，提交审单");
    assertEquals("SUBMITTED", status());
    browser.logout();
    assertTrue(browser.driver.getCurrentUrl().contains("/login.xhtml"));

    // ib1: the deal waits in "to review"
    browser.login("ib1");
    assertFalse(browser.text("#menu").contains("新建申请"), "new application is for customer managers");
    browser.get("/queues.xhtml");
    assertFalse(browser.all("[data-queue='toReview'] tr[data-deal='" + dealId + "']").isEmpty(), "not in ib1's review queue");
    browser.screenshot("flow-05-queues-ib1");
    browser.find("[data-queue='toReview'] tr[data-deal='" + dealId + "'] a").click();
    browser.wait.until(ExpectedConditions.urlContains("/deal.xhtml"));
    browser.waitForPage();
    assertTrue(browser.all("[id='deal:approve']").isEmpty(), "International Business does not approve");
    act("review", "单据相符，全套物权单据");
    assertEquals("DOCUMENTS_REVIEWED", status());
    browser.screenshot("flow-06-deal-reviewed");
    browser.logout();

    // risk1: acknowledges what is referred, approves
    browser.login("risk1");
    browser.get("/queues.xhtml");
    assertFalse(browser.all("[data-queue='toApprove'] tr[data-deal='" + dealId + "']").isEmpty(), "not in risk1's approval queue");
    browser.get("/deal.xhtml?id=" + dealId);
    for (WebElement row : browser.all("#acknowledgements .tfp-ack-row")) {
      String code = row.getAttribute("data-code");
      WebElement note = browser.find(".tfp-ack-row[data-code='" + code + "'] input");
      note.sendKeys("已核实，可接受");
      WebElement button = browser.find(".tfp-ack-row[data-code='" + code + "'] button");
      button.click();
      browser.waitForAjax();
    }
    browser.find("[id='deal:approve']").click(); // no comment: the decision is refused, said at the comment
    browser.waitForAjax();
    assertTrue(browser.text("[id='deal:commentError']").contains("意见"));
    act("approve", "在授权范围内，同意");
    assertEquals("APPROVED", status());
    browser.screenshot("flow-07-deal-approved");
    browser.logout();

    // ib1: disburses the approved amount
    browser.login("ib1");
    browser.get("/queues.xhtml");
    assertFalse(browser.all("[data-queue='toDisburse'] tr[data-deal='" + dealId + "']").isEmpty(), "not in the disbursement queue");
    browser.get("/deal.xhtml?id=" + dealId);
    WebElement disburse = browser.find("[id='deal:disburse']");
    disburse.click();
    browser.waitForAjax();
    browser.wait.until(d -> "DISBURSED".equals(status()));
    assertEquals("90000.00", browser.find("#disbursedAmount").getAttribute("data-value"));
    assertTrue(browser.text("#timeline").contains("放款"));
    browser.screenshot("flow-08-deal-disbursed");

    // the customer's line: available lower by the amount
    browser.get("/customer.xhtml?id=C001");
    BigDecimal availableAfter = available("C001-BP");
    assertEquals(0, availableBefore.subtract(availableAfter).compareTo(new BigDecimal("90000.00")),
        "available " + availableBefore + " → " + availableAfter);
    assertFalse(browser.all("#deals tr[data-deal='" + dealId + "']").isEmpty());
    browser.screenshot("flow-09-customer-lines");

    // the home page: the portfolio counts the disbursed bill purchase
    browser.get("/");
    assertTrue(Integer.parseInt(browser.text("#portfolio tr[data-product='bill-purchase'][data-status='DISBURSED'] td.deals")) >= 1);
    browser.screenshot("flow-10-home-portfolio");
  }

  private BigDecimal available(String line) {
    return new BigDecimal(browser.find("tr[data-line='" + line + "'] td.available").getAttribute("data-value"));
  }

  private String status() {
    return browser.find("#status").getAttribute("data-status");
  }

  private void document(int row, String type, String number, String issuer) {
    typeInto("[data-document='" + row + "'] input.doc-type", type);
    typeInto("[data-document='" + row + "'] input.doc-number", number);
    typeInto("[data-document='" + row + "'] input.doc-issuer", issuer);
  }

  private void typeInto(String css, String value) {
    WebElement input = browser.find(css);
    input.clear();
    input.sendKeys(value);
  }

  /** Writes the comment and clicks the decision button; waits for the page's update. */
  private void act(String button, String comment) {
    typeInto("[id='deal:comment']", comment);
    WebElement b = browser.find("[id='deal:" + button + "']");
    b.click();
    browser.wait.until(ExpectedConditions.stalenessOf(b));
    browser.waitForPage();
  }
}
