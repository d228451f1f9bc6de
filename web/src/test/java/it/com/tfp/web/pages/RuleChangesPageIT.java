package it.com.tfp.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.com.tfp.web.Api;
import it.com.tfp.web.Deals;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * Issue 16, four eyes on the bank's rules (SOD-RULES-FOUR-EYES): on the rule changes page an administrator sees the
 * changes waiting for approval with their old and new value and proposer; the proposer's own approval is refused
 * (and audited), another administrator rejects one (not without a reason) and approves the other, which is then in
 * force. The discount rates of NOK are this test's own.
 */
class RuleChangesPageIT extends BrowserSession {

  @Override
  String signedInAs() {
    return "admin";
  }

  static long propose(String rate) {
    Api.Reply r = Api.as("admin").put("/api/v1/discount-rates/NOK/17", "{\"annualRate\": \"" + rate + "\"}");
    assertEquals(202, r.status(), r.body());
    return r.json().getJsonNumber("id").longValue();
  }

  static String nok17() {
    return Api.as("admin").get("/api/v1/discount-rates").array().stream().map(JsonValue::asJsonObject)
        .filter(r -> r.getString("currency").equals("NOK") && r.getInt("tenorDaysUpTo") == 17).map(r -> r.getString("annualRate"))
        .findFirst().orElse("none");
  }

  void decide(long change, String reason, String button) {
    browser.chooseFiltered("ruleChange", change + " ·", change + " ·");
    WebElement input = browser.find("[id='decide:reason']");
    input.clear();
    input.sendKeys(reason);
    browser.click("[id='decide:" + button + "']");
    browser.waitForPage();
  }

  @Test
  void anotherAdministratorApprovesOrRejectsWhatOneProposed() {
    long toApprove = propose("0.031");
    long toReject = propose("0.032");
    browser.language("en");
    browser.get("/rule-changes.xhtml");
    String row = browser.find("[data-change='" + toApprove + "']").findElement(org.openqa.selenium.By.xpath("./ancestor::tr")).getText();
    assertTrue(row.contains("discount-rate/NOK/17") && row.contains("none") && row.contains("0.031") && row.contains("admin"), row);
    browser.screenshot("rule-changes-pending");

    long refused = Deals.auditCount("admin", "rule-change/" + toApprove);
    decide(toApprove, "", "approveButton");
    assertTrue(browser.text("#messages").contains("SOD-RULES-FOUR-EYES"), browser.text("#messages"));
    assertEquals(refused + 1, Deals.auditCount("admin", "rule-change/" + toApprove), "the page's refusal is audited");
    assertEquals("none", nok17(), "the proposer's own approval changed nothing");

    browser.logout();
    browser.login("admin2");
    browser.get("/rule-changes.xhtml");
    browser.language("en"); // a new session starts in zh-CN
    decide(toReject, "", "rejectButton");
    assertTrue(browser.text("[id='decide']").contains("a reason is required"), browser.text("[id='decide']"));
    assertFalse(browser.all("[data-change='" + toReject + "']").isEmpty(), "still waiting");

    decide(toReject, "Treasury quotes 0.031", "rejectButton");
    assertTrue(browser.text("#messages").contains("Rejected"), browser.text("#messages"));
    assertTrue(browser.all("[data-change='" + toReject + "']").isEmpty(), "no longer waiting");

    decide(toApprove, "", "approveButton");
    assertTrue(browser.text("#messages").contains("Approved"), browser.text("#messages"));
    assertTrue(browser.all("[data-change='" + toApprove + "']").isEmpty());
    browser.screenshot("rule-changes-approved");
    assertEquals(0, new java.math.BigDecimal("0.031").compareTo(new java.math.BigDecimal(nok17())), "in force once approved");
  }

  @Test
  void theDutiesPageSaysWhichRuleChangesWaitForFourEyesAndWhyAQuarantineDoesNot() {
    browser.language("en");
    browser.get("/duties.xhtml");
    assertFalse(browser.all("tr[data-duty='PARAMETER_CHANGE'] .four-eyes").isEmpty());
    assertFalse(browser.all("tr[data-duty='PRODUCT_RELEASE'] .four-eyes").isEmpty());
    assertTrue(browser.all("tr[data-duty='PRODUCT_QUARANTINE'] .four-eyes").isEmpty());
    assertTrue(browser.text("tr[data-duty='PRODUCT_QUARANTINE']").contains("lowers risk"));
    assertFalse(browser.all("tr[data-duty='RULE_CHANGE_APPROVE'] [data-rule='SOD-RULES-FOUR-EYES']").isEmpty());
  }
}
