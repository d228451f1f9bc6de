package it.com.tfp.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * Issue 15: an administrator sees a user locked by password guessing on the users page, with the sign-in policy marked
 * bank default, and unlocks it with a reason (refused without one); the user signs in again. Other roles have no such
 * page. The guessing comes over HTTP Basic from the test's own address ({@code it.com.tfp.web.SignInLockIT} covers the
 * channels and the audit records).
 */
class UsersPageIT extends BrowserSession {

  static final String USER = "dual2";

  @Override
  String signedInAs() {
    return "admin";
  }

  static int basic(String password) throws Exception {
    HttpRequest r = HttpRequest.newBuilder(URI.create(Browser.BASE + "/api/v1/business-date")).header("Accept-Language", "en")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((USER + ":" + password).getBytes(StandardCharsets.UTF_8)))
        .GET().build();
    HttpResponse<String> a = HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
    if (a.statusCode() == 429 && !a.body().contains("locked")) { // a delay, not the lock: wait it out
      Thread.sleep(1000L * Long.parseLong(a.headers().firstValue("Retry-After").orElse("1")));
      return basic(password);
    }
    return a.statusCode();
  }

  @Test
  void anAdministratorUnlocksALockedUserWithAReason() throws Exception {
    // wrong passwords until the lock (at most the bank default of 10; fewer if an earlier test left failures counted)
    int status = 0;
    for (int n = 1; n <= 10 && status != 429; n++) {
      status = basic("guess-" + n);
      assertTrue(status == 401 || status == 429, "a wrong password: " + status);
    }
    assertEquals(429, basic("dual2-demo-pass"), "locked");

    browser.get("/");
    assertTrue(browser.all("#menu a").stream().map(WebElement::getText).anyMatch("用户"::equals), "the menu has the users page");
    browser.get("/users.xhtml");
    assertFalse(browser.all("[data-user='" + USER + "']").isEmpty(), "the locked user is listed");
    assertFalse(browser.all(".state-locked").isEmpty());
    assertEquals("10", browser.find("#policy tr:has([data-key='lockoutFailures']) .value").getText());
    assertEquals("银行默认", browser.find("#policy tr:has([data-key='lockoutFailures']) .source").getText());
    browser.screenshot("users-locked");

    browser.choose("unlockUser", USER);
    browser.click("[id='unlock:unlockButton']");
    browser.waitForPage();
    assertTrue(browser.text("[id='unlock']").contains("须说明理由"), "no unlock without a reason");
    assertEquals(429, basic("dual2-demo-pass"), "still locked");

    browser.choose("unlockUser", USER);
    WebElement reason = browser.find("[id='unlock:reason']");
    reason.clear();
    reason.sendKeys("用户来电确认，工单 SEC-15");
    browser.click("[id='unlock:unlockButton']");
    browser.waitForPage();
    assertTrue(browser.text("#messages").contains(USER), browser.text("#messages"));
    assertTrue(browser.all("[data-user='" + USER + "']").isEmpty(), "no longer listed");
    browser.language("en");
    assertEquals("bank default", browser.find("#policy tr:has([data-key='lockoutFailures']) .source").getText());
    browser.screenshot("users-unlocked-en");
    assertEquals(200, basic("dual2-demo-pass"), "the user signs in again");
  }

  @Test
  void otherRolesHaveNoUsersPage() {
    browser.logout();
    browser.login("risk1");
    assertTrue(browser.all("#menu a").stream().map(WebElement::getText).noneMatch("用户"::equals));
    browser.get("/users.xhtml");
    assertTrue(browser.all("[id='unlock']").isEmpty(), "no unlock form for Risk");
  }
}
