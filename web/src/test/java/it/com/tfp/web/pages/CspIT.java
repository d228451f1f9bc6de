package it.com.tfp.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Issue 15: the pages run under their Content-Security-Policy (nonce'd scripts only, no eval, no inline handlers) and
 * the browser reports no violation on any main page, while a script the page did not issue is refused. The same check
 * closes every browser test ({@link BrowserSession}).
 */
class CspIT extends BrowserSession {

  @Override
  String signedInAs() {
    return "admin";
  }

  @Test
  void theMainPagesWorkWithoutAViolation() {
    for (String page : List.of("/", "/catalogue.xhtml", "/product.xhtml?id=domestic-lc", "/evaluate.xhtml?product=bill-purchase",
        "/queues.xhtml", "/eod.xhtml", "/customer.xhtml", "/customer.xhtml?id=C001", "/no-such-page.xhtml")) {
      browser.get(page);
      assertTrue(browser.all("header").size() > 0 || browser.all("h1").size() > 0, page);
      assertEquals(List.of(), browser.cspViolations(), page);
    }
    // the converted inline handlers work: the language switch (a command link) and a PrimeFaces Ajax select
    browser.get("/");
    browser.language("en");
    browser.language("zh");
    browser.get("/evaluate.xhtml?product=bill-purchase");
    browser.type("invoiceAmount", "100000");
    assertEquals(List.of(), browser.cspViolations());
  }

  @Test
  void aScriptThePageDidNotIssueIsRefusedAndReported() {
    browser.get("/");
    JavascriptExecutor js = browser.driver;
    // what an injected <script> would be: inline, without this answer's nonce
    js.executeScript("var s = document.createElement('script'); s.textContent = 'window.tfpInjected = true;';"
        + " document.body.appendChild(s);");
    browser.wait.until(d -> !browser.cspViolations().isEmpty());
    assertEquals(null, js.executeScript("return window.tfpInjected === undefined ? null : window.tfpInjected;"), "the script did not run");
    List<String> violations = browser.cspViolations();
    assertEquals(1, violations.size(), violations.toString());
    assertTrue(violations.get(0).contains("script-src"), violations.get(0));
    // so that the after-test check, which holds for every other test, holds here too
    js.executeScript("sessionStorage.removeItem('tfp.csp');");
  }
}
