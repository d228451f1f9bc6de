package it.com.tfp.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.com.tfp.web.Api;
import it.com.tfp.web.Deals;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Risk Management's decisions on the deal page, on deals a legacy system brought to the approver over REST: a REFER
 * finding must be acknowledged with a comment before approval (PRODUCTS.md X0), a deal above the branch approver's
 * authority escalates to head office (002 Art.33), a bill purchase cannot be extended (004 Art.25) while a domestic
 * L/C packing loan can. Every refusal is shown to the user and stays on the deal's timeline, which is the audit trail.
 */
class DealDecisionsIT extends BrowserSession {

  @Test
  void referMustBeAcknowledgedThenAnApprovalAboveAuthorityEscalatesToHeadOffice_X0_002Art33() {
    String customer = Deals.customerWithLine("5000000.00");
    String invoice = Deals.unique("INV");
    // 1,000,000.00 invoice, up to 900,000.00 (004 Art.11), not the full set of title documents: REFER (004 Art.7)
    long id = Deals.create("""
        { "product": "bill-purchase", "customerId": "%s", "currency": "USD", "valueDate": "%s",
          "facts": { "settlement": "LC_SIGHT", "invoiceAmount": "1000000.00", "issuingBankCountry": "JP",
                     "documentsCompliant": true, "fullSetTitleDocuments": false },
          "documents": [ {"type": "INVOICE", "number": "%s", "issuer": "%s"}, {"type": "BILL_OF_LADING", "number": "BL-%s", "issuer": "COSCO"} ],
          "requestedAmount": "900000.00" }""".formatted(customer, Deals.businessDate(), invoice, customer, invoice)).getJsonNumber("id").longValue();
    Deals.decide(Deals.CM, id, "{\"action\": \"SUBMIT\"}", 200);
    Deals.decide(Deals.IB, id, "{\"action\": \"REVIEW\", \"comment\": \"copy of the B/L only\"}", 200);

    browser.login("risk1");
    browser.get("/queues.xhtml");
    assertFalse(browser.all("[data-queue='toApprove'] tr[data-deal='" + id + "']").isEmpty(), "in risk1's approval queue");
    browser.get("/deal.xhtml?id=" + id);
    List<String> referred = browser.all("[id='deal:acknowledgements'] .tfp-ack-row").stream().map(r -> r.getAttribute("data-code")).toList();
    assertFalse(referred.isEmpty(), "the missing title documents are referred");
    browser.screenshot("decisions-01-refer-open");

    // approving before acknowledging: the platform refuses, the page says why, the timeline keeps the attempt
    browser.decide("approve", "同意");
    assertEquals("DOCUMENTS_REVIEWED", browser.dealStatus());
    assertTrue(browser.text("[id='deal:messages']").contains("REFER"), browser.text("[id='deal:messages']"));
    assertFalse(browser.all("#timeline li[data-outcome='REFUSED'][data-command='APPROVE']").isEmpty(), "the refused approval is on the timeline");
    assertTrue(browser.text("#timeline li[data-outcome='REFUSED']").contains("risk1"));
    browser.screenshot("decisions-02-approval-refused");

    // an acknowledgement needs a comment; with one, each finding is acknowledged by name
    String first = referred.get(0);
    browser.find(".tfp-ack-row[data-code='" + first + "'] button").click();
    browser.waitForAjax();
    assertFalse(browser.all("[id='deal:acknowledgements'] .tfp-ack-row[data-code='" + first + "']").isEmpty(), "not acknowledged without a comment");
    for (String code : referred) {
      browser.find(".tfp-ack-row[data-code='" + code + "'] input").sendKeys("已取得副本提单及出口报关单，可接受");
      browser.clickAndReload(".tfp-ack-row[data-code='" + code + "'] button");
    }
    for (String code : referred) {
      assertTrue(browser.text("[id='deal:acknowledgements'] li.acknowledged[data-code='" + code + "']").contains("risk1"), code);
    }

    // above the branch's CNY 5m authority: escalated, not approved
    browser.decide("approve", "超出支行审批权限，上报总行");
    assertEquals("ESCALATED", browser.dealStatus());
    assertTrue(browser.text("#timeline li[data-command='ESCALATE']").contains("risk1"));
    browser.screenshot("decisions-03-escalated");
    browser.logout();

    // head office approves
    browser.login("risk2");
    browser.get("/queues.xhtml");
    assertFalse(browser.all("[data-queue='toApprove'] tr[data-deal='" + id + "']").isEmpty(), "in risk2's approval queue");
    browser.screenshot("decisions-04-queues-risk2");
    browser.get("/deal.xhtml?id=" + id);
    browser.decide("approve", "总行审批同意");
    assertEquals("APPROVED", browser.dealStatus());
    List<String> steps = browser.all("#timeline li[data-outcome='OK']").stream().map(li -> li.getAttribute("data-command")).toList();
    assertTrue(steps.containsAll(List.of("CREATE", "SUBMIT", "REVIEW", "ACKNOWLEDGE", "ESCALATE", "APPROVE")), steps.toString());
    assertTrue(browser.text("#timeline li[data-command='APPROVE'][data-outcome='OK']").contains("risk2"));
    browser.screenshot("decisions-05-approved-head-office");
  }

  @Test
  void aBillPurchaseCannotBeExtended_004Art25() {
    String customer = Deals.customerWithLine("1000000.00");
    String invoice = Deals.unique("INV");
    long id = Deals.approved(Deals.billPurchase(customer, invoice, "90000.00")); // sight L/C to Japan, 90% of 100,000.00
    Api.Reply d = Deals.IB.post("/api/v1/applications/" + id + "/disbursement", "{}");
    assertEquals(200, d.status(), d.body());

    browser.login("risk1");
    browser.get("/deal.xhtml?id=" + id);
    String maturity = browser.text("#maturityDate");
    browser.find("[id='deal:extend']").click(); // no date: said at the date
    browser.waitForAjax();
    assertFalse(browser.all("[id='deal:newMaturityError']").isEmpty(), "the new maturity is asked for");
    // the comment first: the date picker's calendar takes the focus back for a moment after it closes
    browser.find("[id='deal:comment']").sendKeys("客户申请展期");
    browser.date("newMaturity", java.time.LocalDate.parse(maturity).plusDays(30).toString());
    browser.clickAndReload("[id='deal:extend']");
    assertEquals("DISBURSED", browser.dealStatus());
    assertEquals(maturity, browser.text("#maturityDate"), "the maturity stays");
    assertTrue(browser.text("[id='deal:messages']").contains("004 Art.25"), browser.text("[id='deal:messages']"));
    assertFalse(browser.all("#timeline li[data-outcome='REFUSED'][data-command='EXTEND']").isEmpty(), "the refused extension is on the timeline");
    browser.screenshot("decisions-06-extension-refused");
  }

  @Test
  void aDomesticLcPackingLoanIsExtendedByARiskApprover() {
    String customer = Deals.customerWithLine("5000000.00");
    java.time.LocalDate bd = Deals.businessDate();
    long id = Deals.approved("""
        { "product": "domestic-lc", "variant": "PACKING_LOAN", "customerId": "%s", "currency": "CNY", "valueDate": "%s",
          "facts": { "lcAmount": "1000000.00", "issueDate": "%s", "lcExpiryDate": "%s", "paymentTermDays": 90 },
          "documents": [ {"type": "CONTRACT", "number": "%s", "issuer": "%s"} ], "requestedAmount": "600000.00" }"""
        .formatted(customer, bd, bd, bd.plusMonths(3), Deals.unique("SC"), customer));
    assertEquals(200, Deals.IB.post("/api/v1/applications/" + id + "/disbursement", "{}").status());

    browser.login("risk1");
    browser.get("/deal.xhtml?id=" + id);
    String newMaturity = java.time.LocalDate.parse(browser.text("#maturityDate")).plusDays(30).toString();
    browser.find("[id='deal:comment']").sendKeys("买方付款延后，展期30天");
    browser.date("newMaturity", newMaturity);
    browser.clickAndReload("[id='deal:extend']");
    assertEquals("DISBURSED", browser.dealStatus());
    assertEquals(newMaturity, browser.text("#maturityDate"));
    assertTrue(browser.text("#timeline li[data-command='EXTEND']").contains("risk1"));
    assertTrue(browser.text("#timeline li[data-command='EXTEND']").contains(newMaturity));
    browser.screenshot("decisions-07-extended");
  }

}
