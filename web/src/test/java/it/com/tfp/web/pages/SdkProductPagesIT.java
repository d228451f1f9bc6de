package it.com.tfp.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The SDK-built import bill advance, dropped into the running server as a jar, in the pages as a built-in product is:
 * listed in the catalogue in both languages, its descriptor page with its facts and bank defaults, and a what-if form
 * drawn from its schema that evaluates to its example's numbers. The jar leaves with the test.
 */
class SdkProductPagesIT extends BrowserSession {

  private static final Path JAR = Path.of(System.getProperty("it.example.jar", "../sdk/examples/import-bill-advance/target/plugin-import-bill-advance-1.0.0-SNAPSHOT.jar"));
  private static final Path PLUGINS = Path.of(System.getProperty("it.plugins.dir", "target/liberty/wlp/usr/servers/tfp/plugins"));
  private static final Path DROPPED = PLUGINS.resolve("it-pages-import-bill-advance.jar");

  @Override
  String signedInAs() {
    return "cm1";
  }

  /** Reloads the catalogue page until the product is (or is no longer) listed. */
  private void awaitCatalogue(boolean listed) throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (true) {
      browser.get("/catalogue.xhtml");
      boolean shown = !browser.all(".tfp-catalogue").isEmpty() && browser.text(".tfp-catalogue").contains("import-bill-advance");
      if (shown == listed && !browser.all(".tfp-catalogue").isEmpty()) return;
      if (System.nanoTime() > deadline) throw new AssertionError("catalogue page did not change within 30 s");
      Thread.sleep(250);
    }
  }

  @Test
  void theDroppedInProductIsInTheCatalogueTheDescriptorPageAndTheWhatIfForm() throws Exception {
    it.com.tfp.web.SdkProductDropInIT.drop(JAR, DROPPED); // signed, as the server requires
    try {
      awaitCatalogue(true);
      assertTrue(browser.text(".tfp-catalogue").contains("进口押汇"), browser.text(".tfp-catalogue"));
      browser.language("en");
      assertTrue(browser.text(".tfp-catalogue").contains("Import bill advance"), browser.text(".tfp-catalogue"));
      browser.screenshot("sdk-product-catalogue");

      browser.get("/product.xhtml?id=import-bill-advance");
      assertEquals("Import bill advance", browser.text("#productName"));
      String facts = browser.text("[id='tabs:factTable']");
      assertTrue(facts.contains("billAmount") && facts.contains("requestedTermDays"), facts);
      browser.click("a[href='#tabs:parameters']");
      String parameters = browser.text("[id='tabs:parameters']");
      assertTrue(parameters.contains("advanceRatio") && parameters.contains("bank default"), parameters);
      browser.screenshot("sdk-product-descriptor");

      browser.get("/evaluate.xhtml?product=import-bill-advance");
      browser.choose("variant", "Import bill advance under an import L/C");
      assertEquals("Amount payable under the import documents", browser.text("[data-fact='billAmount'] .fact-label span"));
      browser.chooseFiltered("currency", "USD", "USD");
      browser.date("valueDate", "2026-12-01");
      // the selects first: a date picker that has just closed takes the focus back for a moment (once the business
      // date has moved on, the value date is typed), and a text input typed straight after it loses its value
      browser.choose("customerTier", "Target customer");
      browser.choose("creditRating", "BBB");
      browser.type("billAmount", "200000.00");
      browser.type("marginHeld", "30000.00");
      browser.type("requestedTermDays", "90");
      browser.type("resaleCycleDays", "75");
      browser.tick("paymentAccepted");
      browser.tick("exportLicence");
      browser.click("[id='whatif:evaluate']");
      browser.screenshot("sdk-product-what-if");
      assertEquals("APPROVABLE", browser.find("#decision").getAttribute("data-decision"));
      assertEquals("170000.00", browser.find("#maxAmount").getAttribute("data-value"));
      assertEquals("2027-02-14", browser.find("#maturityDate").getAttribute("data-value"));

      browser.language("zh");
      assertEquals("进口单据付款金额", browser.text("[data-fact='billAmount'] .fact-label span"));
    } finally {
      Files.deleteIfExists(DROPPED);
    }
    awaitCatalogue(false);
  }
}
