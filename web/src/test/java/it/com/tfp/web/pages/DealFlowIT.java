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
 * amount lower by exactly what the deal occupies, in its table and its chart; ib1 records the proceeds (004 Art.23), the
 * line is whole again, the journal shows both entries and the deal is closed. A screenshot of every page on the way.
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
    // a required document of the product (004 Art.17) is offered as a type; its number goes to the checklist
    assertFalse(browser.all("#documentTypes option[value='BP-APPLICATION']").isEmpty(), "the product's documents are offered");
    assertFalse(browser.all("#documentTypes option[value='INVOICE']").isEmpty(), "and the trade documents");
    browser.click("[id='whatif:addDocument']");
    document(2, "BP-APPLICATION", "APP-" + run, "Qingdao Haida");
    typeInto("[id='whatif:requestedAmount']", "90000.00");
    browser.click("[id='whatif:evaluate']");
    assertTrue(browser.text("#documents li[data-document='BP-APPLICATION'] .doc-numbers").contains("APP-" + run),
        "the checklist shows the number entered for the application form");
    browser.screenshot("flow-02-apply-form");
    WebElement create = browser.find("[id='whatif:createApplication']");
    create.click();
    browser.wait.until(ExpectedConditions.urlContains("/deal.xhtml"));
    browser.waitForPage();
    String dealId = browser.text("#dealId");
    assertEquals("DRAFT", browser.dealStatus());
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
    browser.decide("submit", "资料齐全，提交审单");
    assertEquals("SUBMITTED", browser.dealStatus());
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
    browser.decide("review", "单据相符，全套物权单据");
    assertEquals("DOCUMENTS_REVIEWED", browser.dealStatus());
    browser.screenshot("flow-06-deal-reviewed");
    browser.logout();

    // risk1: acknowledges what is referred, approves
    browser.login("risk1");
    browser.get("/queues.xhtml");
    assertFalse(browser.all("[data-queue='toApprove'] tr[data-deal='" + dealId + "']").isEmpty(), "not in risk1's approval queue");
    browser.get("/deal.xhtml?id=" + dealId);
    for (WebElement row : browser.all("[id='deal:acknowledgements'] .tfp-ack-row")) {
      String code = row.getAttribute("data-code");
      WebElement note = browser.find(".tfp-ack-row[data-code='" + code + "'] input");
      note.sendKeys("已核实，可接受");
      browser.clickAndReload(".tfp-ack-row[data-code='" + code + "'] button");
    }
    browser.find("[id='deal:approve']").click(); // no comment: the decision is refused, said at the comment
    browser.waitForAjax();
    assertTrue(browser.text("[id='deal:commentError']").contains("意见"));
    browser.decide("approve", "在授权范围内，同意");
    assertEquals("APPROVED", browser.dealStatus());
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
    browser.wait.until(d -> "DISBURSED".equals(browser.dealStatus()));
    assertEquals("90000.00", browser.find("#disbursedAmount").getAttribute("data-value"));
    assertTrue(browser.text("#timeline").contains("放款"));
    // the timeline is the audit trail: every step with who, in which roles, and the status change
    assertEquals(java.util.List.of("CREATE", "SUBMIT", "REVIEW", "APPROVE", "DISBURSE"), browser.all("#timeline li[data-outcome='OK']").stream()
        .map(li -> li.getAttribute("data-command")).filter(c -> !c.equals("ACKNOWLEDGE")).toList());
    assertTrue(browser.text("#timeline li[data-command='REVIEW']").contains("ib1"));
    assertTrue(browser.text("#timeline li[data-command='REVIEW']").contains("IB_REVIEWER"));
    // the required documents against those received (004 Art.17)
    assertTrue(browser.text("#requiredDocuments li[data-document='BP-APPLICATION']").contains("APP-" + run));
    assertFalse(browser.all("#requiredDocuments li.doc-missing[data-document='BP-CONTRACT']").isEmpty(), "the contract was not among the documents");
    assertFalse(browser.all("#dealJournal tr[data-event='DISBURSEMENT'][data-side='DEBIT'][data-value='90000.00']").isEmpty(), "Dr loan 90,000.00");
    browser.screenshot("flow-08-deal-disbursed");

    // the customer's line: available lower by the amount
    browser.get("/customer.xhtml?id=C001");
    BigDecimal availableAfter = available("C001-BP");
    assertEquals(0, availableBefore.subtract(availableAfter).compareTo(new BigDecimal("90000.00")),
        "available " + availableBefore + " → " + availableAfter);
    assertFalse(browser.all("#deals tr[data-deal='" + dealId + "']").isEmpty());
    // the chart draws the same line: its occupied share is the table's
    BigDecimal limit = new BigDecimal(browser.find("tr[data-line='C001-BP'] td.limit").getAttribute("data-value"));
    BigDecimal occupied = new BigDecimal(browser.find("tr[data-line='C001-BP'] td.occupied").getAttribute("data-value"));
    assertEquals(0, occupied.multiply(new BigDecimal(100)).divide(limit, 1, java.math.RoundingMode.HALF_UP).compareTo(chartShare("customerUsageChart", "C001-BP")));
    assertFalse(browser.all("#journal tr[data-event='DISBURSEMENT']").isEmpty(), "the customer's journal has the disbursement");
    browser.screenshot("flow-09-customer-lines");

    // the proceeds come in: principal, interest, remainder to the customer (004 Art.23); the line is whole again
    browser.get("/deal.xhtml?id=" + dealId);
    typeInto("[id='deal:amount']", "100000.00");
    browser.clickAndReload("[id='deal:collect']");
    assertEquals("SETTLED", browser.dealStatus());
    assertFalse(browser.all("#dealJournal tr[data-event='COLLECTION']").isEmpty(), "the collection is journalled");
    browser.screenshot("flow-09a-deal-settled");
    browser.decide("close", "结清归档");
    assertEquals("CLOSED", browser.dealStatus());
    assertFalse(browser.all("#timeline li[data-command='CLOSE']").isEmpty());
    browser.screenshot("flow-09b-deal-closed");
    browser.get("/customer.xhtml?id=C001");
    assertEquals(0, available("C001-BP").compareTo(availableBefore), "the collection released the line");
    assertFalse(browser.all("#journal tr[data-event='COLLECTION']").isEmpty(), "the customer's journal has the collection");
    browser.screenshot("flow-09c-customer-after-collection");

    // the home page: the portfolio counts this bill purchase, closed now (a DISBURSED row exists only when another
    // test left a deal disbursed, so this test does not look for one)
    browser.get("/");
    assertTrue(Integer.parseInt(browser.text("#portfolio tr[data-product='bill-purchase'][data-status='CLOSED'] td.deals")) >= 1);
    assertFalse(browser.all("[id='lineUsageChart']").isEmpty(), "the home page charts the line usage");
    browser.screenshot("flow-10-home-portfolio");
  }

  /** The share a Chart.js bar shows for a line (the occupied dataset), read from the chart the page drew. */
  private BigDecimal chartShare(String widgetVar, String label) {
    Object share = browser.chart(widgetVar, "c.data.labels.indexOf(arguments[1]) < 0 ? null"
        + " : String(c.data.datasets[0].data[c.data.labels.indexOf(arguments[1])])", label);
    assertTrue(share != null, "no bar for " + label);
    return new BigDecimal(share.toString());
  }

  private BigDecimal available(String line) {
    return new BigDecimal(browser.find("tr[data-line='" + line + "'] td.available").getAttribute("data-value"));
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

}
