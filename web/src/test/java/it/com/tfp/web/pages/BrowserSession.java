package it.com.tfp.web.pages;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * A fresh headless Chromium per test, signed in as {@link #signedInAs()} (or not at all), and a screenshot of how the
 * test left the page under {@code target/screenshots/last/} before the browser closes.
 */
abstract class BrowserSession {

  Browser browser;

  /** The demo user each test starts as; null to start signed out. */
  String signedInAs() {
    return null;
  }

  @BeforeEach
  void openBrowser() {
    browser = Browser.open();
    if (signedInAs() != null) browser.login(signedInAs());
  }

  @AfterEach
  void closeBrowser(TestInfo test) {
    if (browser == null) return;
    try {
      browser.screenshot("last/" + test.getTestMethod().map(m -> m.getName()).orElse("test"));
      // every page the test went through ran under the pages' Content-Security-Policy without a violation
      org.junit.jupiter.api.Assertions.assertEquals(List.of(), browser.cspViolations(), "CSP violations reported by the browser");
    } finally {
      browser.close();
    }
  }
}
