package it.com.tfp.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.platform.testing.PluginJarBuilder;
import com.tfp.platform.testing.PluginJarBuilder.Behaviour;
import com.tfp.spi.SpiVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 11: on the products page an administrator quarantines a product's active version and releases it again, each
 * with a reason; every active product shows its breaker; other roles get no such form.
 */
class CataloguePageIT extends BrowserSession {

  @Override
  String signedInAs() {
    return "admin";
  }

  /** Whatever a failed run left behind, the other tests find factoring in service. */
  @org.junit.jupiter.api.AfterAll
  static void factoringBackInService() {
    it.com.tfp.web.Api.approved(it.com.tfp.web.Api.as("admin").post("/api/v1/products/factoring/release", "{\"reason\":\"CataloguePageIT clean-up\"}"));
  }

  private String rowText(String productId) {
    return browser.find(".tfp-product-name[data-product='" + productId + "']").findElement(By.xpath("./ancestor::tr")).getText();
  }

  private void act(String productId, String reason, String button) {
    browser.get("/catalogue.xhtml");
    browser.choose("adminProduct", productId);
    WebElement input = browser.find("[id='admin:reason']");
    input.clear();
    input.sendKeys(reason);
    browser.clickAndReload("[id='admin:" + button + "']");
  }

  @Test
  void anAdministratorQuarantinesAndReleasesAProductWithAReason() {
    browser.language("en");
    browser.get("/catalogue.xhtml");
    assertTrue(rowText("factoring").contains("Breaker closed"), rowText("factoring"));

    act("factoring", "", "quarantine");
    assertTrue(browser.text("[id='admin']").contains("a reason is required"), "no reason, no quarantine");
    assertTrue(rowText("factoring").contains("Active"));

    act("factoring", "policy wording under review, ticket TF-77", "quarantine");
    browser.screenshot("catalogue-quarantined");
    String row = rowText("factoring");
    assertTrue(row.contains("Quarantined") && row.contains("quarantined by admin: policy wording under review"), row);

    act("factoring", "wording confirmed by Legal", "release");
    assertTrue(browser.text("#messages").contains("Release proposed"), browser.text("#messages"));
    assertTrue(rowText("factoring").contains("Quarantined"), "the release waits for another administrator: " + rowText("factoring"));
    // the second administrator approves it (RuleChangesPageIT does it on the page)
    var pending = it.com.tfp.web.Api.as("admin").get("/api/v1/rule-changes?status=PENDING").array().stream()
        .map(jakarta.json.JsonValue::asJsonObject).filter(c -> c.getString("target").equals("product/factoring")).findFirst().orElseThrow();
    assertEquals(200, it.com.tfp.web.Api.as("admin2").post("/api/v1/rule-changes/" + pending.getJsonNumber("id") + "/approval", "").status());
    browser.get("/catalogue.xhtml");
    assertTrue(rowText("factoring").contains("Active"), rowText("factoring"));
    assertTrue(rowText("factoring").contains("Breaker closed"));
  }

  /** Issue 13.4: a jar built for an SPI the platform does not provide is listed as refused, with the reason. */
  @Test
  void aJarBuiltForAnotherSpiIsShownQuarantinedWithTheReason() throws Exception {
    Path jar = Path.of(System.getProperty("it.plugins.dir", "target/liberty/wlp/usr/servers/tfp/plugins")).resolve("it-page-future.jar");
    PluginJarBuilder.build(jar, "itpagefuture.FuturePlugin", "it-page-future", "1.0.0", Behaviour.WRONG_SPI);
    try {
      browser.language("en");
      String reason = "needs SPI [9.0.0,10.0.0) but the platform provides " + SpiVersion.CURRENT;
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (browser.all(".tfp-product-name[data-product='it-page-future']").isEmpty()) {
        if (System.nanoTime() > deadline) throw new AssertionError("the refused jar is not on the catalogue page within 30 s");
        Thread.sleep(250);
        browser.get("/catalogue.xhtml");
      }
      String row = rowText("it-page-future");
      assertTrue(row.contains("Quarantined") && row.contains(reason), row);
    } finally {
      Files.deleteIfExists(jar);
    }
  }

  @Test
  void withoutAChosenProductNothingIsQuarantined() {
    browser.language("en");
    browser.get("/catalogue.xhtml");
    int quarantined = browser.all("tr.status-QUARANTINED").size();
    WebElement input = browser.find("[id='admin:reason']");
    input.sendKeys("a reason but no product");
    browser.clickAndReload("[id='admin:quarantine']");
    assertTrue(browser.text("[id='admin']").contains("choose the product"), browser.text("[id='admin']"));
    assertEquals(quarantined, browser.all("tr.status-QUARANTINED").size(), "nothing quarantined");
  }

  @Test
  void aCustomerManagerSeesNoQuarantineForm() {
    browser.logout();
    browser.login("cm1");
    browser.get("/catalogue.xhtml");
    assertEquals(0, browser.all("[id='admin']").size());
  }
}
