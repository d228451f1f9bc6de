package it.com.tfp.web.pages;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A member of staff's browser: Debian's headless Chromium driven through its chromedriver (no driver download), with
 * the flags that work as root on the build machines, against the server the build started. Helpers act as a user
 * does — click the PrimeFaces widgets, type, wait for the Ajax update — and save a full-page screenshot of each page
 * under {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of(System.getProperty("it.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("it.chromedriver", "/usr/bin/chromedriver"));
  static final String BASE = System.getProperty("it.base.url", "http://localhost:9080");
  static final Path SCREENSHOTS = Path.of(System.getProperty("it.screenshots.dir", "target/screenshots"));

  /**
   * Selenium warns at every start that it has no DevTools binding for this Chromium's version; the tests use none
   * (WebDriver only), so the warning is noise. Held here so the setting is not garbage-collected with the logger.
   */
  private static final java.util.logging.Logger DEVTOOLS_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

  static {
    DEVTOOLS_LOG.setLevel(java.util.logging.Level.SEVERE);
  }

  final ChromeDriver driver;
  final WebDriverWait wait;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    // an Ajax update or a page load can replace an element between finding it and reading it: look again
    this.wait.ignoring(StaleElementReferenceException.class);
  }

  /** Opens a browser, or skips the test where Chromium is not installed (CI installs it: see .ci/run). */
  static Browser open() {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver");
    Path profile;
    try {
      Files.createDirectories(Path.of("target"));
      profile = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-profile-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--user-data-dir=" + profile, "--window-size=1440,1000", "--lang=zh-CN");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    // every Content-Security-Policy violation of any page this browser opens is kept in the tab's session storage
    // (it survives navigation), so each browser test proves its pages run under the CSP (issue 15)
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", CSP_RECORDER));
    return new Browser(driver);
  }

  private static final String CSP_RECORDER = "document.addEventListener('securitypolicyviolation', function (e) {"
      + " var v = JSON.parse(sessionStorage.getItem('tfp.csp') || '[]');"
      + " v.push(location.pathname + ': ' + e.effectiveDirective + ' blocked ' + (e.blockedURI || '') + ' ' + (e.sample || ''));"
      + " sessionStorage.setItem('tfp.csp', JSON.stringify(v)); });";

  /** The CSP violations the browser reported on the pages of this origin so far (none when all is well). */
  @SuppressWarnings("unchecked")
  List<String> cspViolations() {
    Object v = ((JavascriptExecutor) driver).executeScript("return JSON.parse(sessionStorage.getItem('tfp.csp') || '[]');");
    return v == null ? List.of() : (List<String>) v;
  }

  void get(String path) {
    driver.get(BASE + path);
    waitForPage();
  }

  WebElement find(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  String text(String css) {
    return find(css).getText();
  }

  /** The names of the facts the generated form shows, in order. */
  List<String> factNames() {
    return all("#factsCard [data-fact]").stream().map(e -> e.getAttribute("data-fact")).collect(Collectors.toList());
  }

  /** Types into the text input of a fact, replacing what was there, and leaves the field (its Ajax update runs). */
  void type(String fact, String value) {
    String css = "[data-fact='" + fact + "'] input.fact-input, [data-fact='" + fact + "'] .fact-input input";
    // on a loaded machine an Ajax re-render of the form (after a select or the value date) can land between the keys
    // and the blur and replace the input: look again, type again, until the value holds
    for (int attempt = 0; attempt < 6; attempt++) {
      if (attempt > 0) pause(250L * attempt);
      WebElement input = find(css);
      input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      input.sendKeys(value);
      blur(input);
      if (value.equals(find(css).getAttribute("value"))) return;
    }
    throw new AssertionError("the input " + fact + " did not take " + value + ": it shows '" + find(css).getAttribute("value") + "'");
  }

  void blur(WebElement input) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].blur(); arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input);
    waitForAjax();
  }

  /** Opens a PrimeFaces select of a fact (or deal input) and clicks the item with the label. */
  void choose(String fact, String label) {
    select(fact, null, "[data-label='" + label + "']", label::equals);
  }

  /** Types into a filterable PrimeFaces select's filter and clicks the first match. */
  void chooseFiltered(String fact, String filter, String labelStart) {
    select(fact, filter, "[data-label^='" + labelStart + "']", l -> l.startsWith(labelStart));
  }

  /**
   * Opens the select, clicks the item, and checks that the select shows it; a panel still settling (its opening
   * animation, or a layout shift from an Ajax update above it on a loaded machine) can swallow the click, so it tries
   * again, until the choice holds — as the date helper does.
   */
  private void select(String fact, String filter, String item, java.util.function.Predicate<String> shows) {
    for (int attempt = 0; attempt < 3; attempt++) {
      WebElement menu = find("[data-fact='" + fact + "'] .ui-selectonemenu");
      String panelId = menu.getAttribute("id") + "_panel";
      try {
        menu.click();
        if (filter != null) {
          WebElement filterInput = find("[id='" + panelId + "'] input.ui-selectonemenu-filter");
          filterInput.clear();
          filterInput.sendKeys(filter);
        }
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
            "[id='" + panelId + "'] li.ui-selectonemenu-item" + item))).click();
      } catch (org.openqa.selenium.ElementNotInteractableException | StaleElementReferenceException settling) {
        // another select's panel still closing over this one, or the select being re-rendered: look again
        pause(300);
        continue;
      }
      waitForAjax();
      String shown = find("[data-fact='" + fact + "'] .ui-selectonemenu .ui-selectonemenu-label").getText().trim();
      if (shows.test(shown)) return;
      pause(300);
    }
    throw new AssertionError("the select " + fact + " did not take the choice " + item);
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Ticks a yes/no fact. */
  void tick(String fact) {
    find("[data-fact='" + fact + "'] .ui-chkbox-box").click();
    waitForAjax();
  }

  /** Types a date into a date picker and closes its calendar. */
  void date(String fact, String isoDate) {
    String css = "[data-fact='" + fact + "'] .ui-calendar input";
    // the picker may still be settling after a page load, or an Ajax re-render may land between the keys and the
    // blur on a loaded machine: look again, type again, until the value holds
    for (int attempt = 0; attempt < 6; attempt++) {
      WebElement input = find(css);
      if (isoDate.equals(input.getAttribute("value"))) return; // already that date (e.g. the business date)
      if (attempt > 0) pause(250L * attempt); // let the calendar's own focus handling finish before typing again
      input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      input.sendKeys(isoDate, Keys.ESCAPE);
      blur(input);
      waitForAjax();
    }
    if (!isoDate.equals(find(css).getAttribute("value"))) throw new AssertionError("the date input " + fact + " did not take " + isoDate);
  }


  void click(String css) {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    waitForAjax();
  }

  /**
   * The element's page has been replaced. While Chromium swaps the documents it may answer "Node with given id does not
   * belong to the document" (an unknown error) instead of a stale reference: that, too, means the old page is gone.
   */
  static ExpectedCondition<Boolean> replaced(WebElement element) {
    return d -> {
      try {
        element.isEnabled();
        return false;
      } catch (StaleElementReferenceException gone) {
        return true;
      } catch (WebDriverException e) {
        if (String.valueOf(e.getMessage()).contains("does not belong to the document")) return true;
        throw e;
      }
    };
  }

  /** Waits until the document is loaded and no PrimeFaces Ajax request is running. */
  void waitForAjax() {
    wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
        "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
            + " && (!window.jQuery || jQuery.active === 0);")));
  }

  void waitForPage() {
    wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    waitForAjax();
  }

  /** Clicks a button whose command loads the page again (the deal page redirects after every command) and waits for it. */
  void clickAndReload(String css) {
    WebElement button = find(css);
    button.click();
    wait.until(replaced(button));
    waitForPage();
  }

  /** On the deal page: writes the comment and sends the decision of the button ({@code approve}, {@code close} …). */
  void decide(String button, String comment) {
    WebElement c = find("[id='deal:comment']");
    c.clear();
    c.sendKeys(comment);
    clickAndReload("[id='deal:" + button + "']");
  }

  /** The status of the deal the deal page shows. */
  String dealStatus() {
    return find("#status").getAttribute("data-status");
  }

  /**
   * Reads from a chart the page drew, once PrimeFaces has drawn it (it does when the chart is visible): the expression
   * sees the Chart.js instance as {@code c} and further arguments as {@code arguments[1]} ….
   */
  Object chart(String widgetVar, String expression, Object... args) {
    wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
        "var w = window.PF && PF(arguments[0]); return !!(w && w.chart);", widgetVar)));
    Object[] all = new Object[args.length + 1];
    all[0] = widgetVar;
    System.arraycopy(args, 0, all, 1, args.length);
    return ((JavascriptExecutor) driver).executeScript("var c = PF(arguments[0]).chart; return " + expression + ";", all);
  }

  /** Signs in on the login page as a demo user (password {@code <user>-demo-pass}) and waits for the page it opens. */
  void login(String user) {
    if (!driver.getCurrentUrl().contains("/login.xhtml")) get("/login.xhtml");
    WebElement name = find("[id='login:user']");
    name.clear();
    name.sendKeys(user);
    WebElement password = find("[id='login:password']");
    password.clear();
    password.sendKeys(user + "-demo-pass");
    WebElement button = find("[id='login:signIn']");
    button.click();
    wait.until(replaced(button));
    waitForPage();
  }

  /** Signs out with the header link and waits for the login page. */
  void logout() {
    WebElement link = find("[id='signOut:signOutLink']");
    link.click();
    wait.until(replaced(link));
    waitForPage();
  }

  /** Switches the session's language with the header link ({@code zh} or {@code en}) and waits for the new page. */
  void language(String code) {
    WebElement link = find("[id='lang:" + code + "']");
    link.click();
    wait.until(replaced(link)); // the switch posts the form and loads the page again
    wait.until(ExpectedConditions.attributeContains(By.cssSelector("[id='lang:" + code + "']"), "class", "active"));
    waitForPage();
  }

  /** A full-page screenshot: the window is stretched to the page's height first. */
  Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Dimension original = driver.manage().window().getSize();
      Number height = (Number) ((JavascriptExecutor) driver).executeScript(
          "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
      driver.manage().window().setSize(new Dimension(original.getWidth(), Math.min(Math.max(height.intValue() + 140, 800), 12000)));
      Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Path target = SCREENSHOTS.resolve(name + ".png");
      Files.createDirectories(target.getParent());
      Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
      driver.manage().window().setSize(original);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
