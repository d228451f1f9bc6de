package it.com.tfp.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** The shell, the home page and the product catalogue in a real browser, in both languages. */
class PagesIT extends BrowserSession {

  @Override
  String signedInAs() {
    return "cm1";
  }

  @Test
  void homePageShowsTheBusinessDateAndTheMenu() {
    browser.get("/");
    assertTrue(browser.text("#businessDate").matches("\\d{4}-\\d{2}-\\d{2}"));
    // a customer manager's menu: new application is theirs alone (DealFlowIT: International Business has none)
    assertEquals(List.of("首页", "产品目录", "试算评估", "新建申请", "工作队列", "客户"),
        browser.all("#menu a").stream().map(WebElement::getText).toList());
    assertEquals("cm1", browser.text("#currentUser"));
    assertEquals("6", browser.text("#activeCount"));
    browser.screenshot("home-zh");
  }

  /**
   * The home page's portfolio counts what the user is entitled to see (issue 16, 002 Art.30): a Yantai customer manager
   * counts Yantai's deals — as many as its own GET /applications lists — not the bank's, which head office counts.
   */
  @Test
  void homePagePortfolioCountsOnlyTheUsersBranch() {
    String qingdao = it.com.tfp.web.Deals.customerWithLine("200000.00");
    it.com.tfp.web.Deals.create(it.com.tfp.web.Deals.billPurchase(qingdao, it.com.tfp.web.Deals.unique("HOME"), "1000.00"));
    browser.logout();
    browser.login("cm2");
    browser.get("/");
    long counted = browser.all("td.deals").stream().mapToLong(td -> Long.parseLong(td.getText().trim())).sum();
    long entitled = Long.parseLong(it.com.tfp.web.Api.as("cm2").get("/api/v1/applications?limit=1").headers().firstValue("X-Total-Count").orElseThrow());
    long bank = Long.parseLong(it.com.tfp.web.Api.as("admin").get("/api/v1/applications?limit=1").headers().firstValue("X-Total-Count").orElseThrow());
    assertEquals(entitled, counted, "cm2's home page counts cm2's deals");
    assertTrue(counted < bank, "and not the bank's: " + counted + " of " + bank);
  }

  /** The home page's line usage chart draws the bank's most used lines; the customer list links to every customer. */
  @Test
  void homePageChartsTheLineUsageAndTheCustomerListOpensACustomer() {
    browser.get("/");
    Object labels = browser.chart("lineUsageChart", "c.data.labels.join('|')");
    assertTrue(labels.toString().contains("C001 · "), "bars are labelled with customer and line: " + labels);
    browser.screenshot("home-line-usage");

    browser.get("/customer.xhtml");
    assertTrue(browser.all("#customers tr[data-customer]").size() >= 1);
    browser.screenshot("customers-zh");
    browser.find("#customers tr[data-customer='C001'] a").click();
    browser.waitForPage();
    assertEquals("C001", browser.text("#customerId"));
    assertTrue(browser.all("#lines tr[data-line]").size() >= 1);
    assertEquals(browser.all("#lines tr[data-line]").size(),
        ((Number) browser.chart("customerUsageChart", "c.data.labels.length")).intValue(),
        "one bar per line");
    browser.screenshot("customer-C001");
    browser.language("en");
    assertEquals("Credit lines", browser.text("#customer h2"));
    browser.screenshot("customer-C001-en");
  }

  /** The pages a user lands on when something is wrong: an unknown page, an unknown deal, an expired view. */
  @Test
  void unknownPageAndUnknownDealSaySoAndOfferTheWayHome() {
    browser.get("/no-such-page.xhtml");
    assertTrue(browser.all("h1").get(0).getText().length() > 0);
    browser.screenshot("error-404");
    browser.get("/deal.xhtml?id=999999999");
    assertEquals(1, browser.all("[id='deal:noDeal']").size(), "the page says there is no such deal");
    browser.screenshot("deal-unknown");
    browser.get("/expired.xhtml"); // where a post on an expired view lands (web.xml)
    assertTrue(browser.all("h1").get(0).getText().length() > 0);
    browser.screenshot("expired");
    browser.get("/queues.xhtml");
    browser.screenshot("queues-cm1");
  }

  /** zh-CN by default; the switch changes the page's labels and the plug-ins' names, and the session keeps it. */
  @Test
  void languageSwitchChangesThePage() {
    browser.get("/catalogue.xhtml");
    assertEquals("产品目录", browser.text("h1"));
    assertEquals("出口押汇", browser.text("[data-product='bill-purchase']"));
    browser.screenshot("catalogue-zh");

    browser.language("en");
    assertEquals("Product catalogue", browser.text("h1"));
    assertEquals("Export bill purchase", browser.text("[data-product='bill-purchase']"));
    assertTrue(browser.text("#menu").contains("What-if evaluation"));
    browser.screenshot("catalogue-en");

    browser.get("/index.xhtml"); // the session keeps the choice on the next page
    assertEquals("Welcome", browser.text("h1"));
    browser.language("zh");
    assertEquals("欢迎", browser.text("h1"));
  }

  @Test
  void catalogueListsEveryBuiltInProductActiveWithVariantsAndOrigin() {
    browser.get("/catalogue.xhtml");
    browser.language("en");
    assertEquals(6, browser.all(".tfp-product-name").size());
    String table = browser.text(".tfp-catalogue");
    for (String id : List.of("bill-purchase", "insured-financing", "domestic-lc", "nra", "sellers-credit", "factoring")) {
      assertTrue(table.contains(id), id);
    }
    assertTrue(table.contains("Active"));
    assertTrue(table.contains("built-in"));
    assertTrue(table.contains("Forfaiting"), "domestic-lc's variants are listed");
  }

  /** The descriptor view: facts with types, labels and required marks; documents; parameters with the default mark. */
  @Test
  void descriptorShowsFactsDocumentsParametersAndSources() {
    browser.get("/product.xhtml?id=domestic-lc");
    browser.language("en");
    assertEquals("Domestic L/C trade financing", browser.text("#productName"));
    String facts = browser.text("[id='tabs:factTable']");
    assertTrue(facts.contains("discountRate"));
    assertTrue(facts.contains("Ratio"));
    assertTrue(facts.contains("required when the variant is Forfaiting"), facts);
    browser.screenshot("product-domestic-lc-facts");

    browser.click("a[href='#tabs:parameters']");
    String parameters = browser.text("[id='tabs:parameters']");
    assertTrue(parameters.contains("packingLoanRatio"), parameters);
    assertTrue(parameters.contains("bank default"), parameters);
    browser.screenshot("product-domestic-lc-parameters");

    browser.get("/product.xhtml?id=bill-purchase");
    browser.screenshot("product-bill-purchase");
  }

  @Test
  void unknownProductSaysSo() {
    browser.get("/product.xhtml?id=no-such-product");
    browser.language("en");
    assertTrue(browser.text("#problem").contains("unknown product no-such-product"));
  }
}
