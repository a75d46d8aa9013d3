package nl.toeslagen.web.it;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real Chromium (Debian's {@code chromium} and {@code chromium-driver}), headless, for the UI
 * tests. Downloads go to a temporary folder the test can read.
 */
public final class Browser implements AutoCloseable {

  private final WebDriver driver;
  private final URL base;
  private final Path downloads;

  public Browser(URL base) {
    this.base = base;
    try {
      this.downloads = Files.createTempDirectory("toeslagen-downloads");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1366,900",
        "--lang=nl-NL",
        // the application runs on plain http in the tests: without this Chromium holds every
        // download
        // as "insecure" and it never leaves its .crdownload state
        "--unsafely-treat-insecure-origin-as-secure=" + origin(base),
        "--disable-features=InsecureDownloadWarnings,DownloadBubble,DownloadBubbleV2");
    java.util.Map<String, Object> prefs = new java.util.HashMap<>();
    prefs.put("download.default_directory", downloads.toString());
    prefs.put("download.prompt_for_download", false);
    prefs.put("plugins.always_open_pdf_externally", true);
    prefs.put("safebrowsing.enabled", false);
    options.setExperimentalOption("prefs", prefs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new java.io.File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
            .usingAnyFreePort()
            .build();
    this.driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    ((ChromeDriver) driver)
        .executeCdpCommand(
            "Browser.setDownloadBehavior",
            java.util.Map.of("behavior", "allow", "downloadPath", downloads.toString()));
  }

  private static String origin(URL url) {
    return url.getProtocol()
        + "://"
        + url.getHost()
        + (url.getPort() < 0 ? "" : ":" + url.getPort());
  }

  public WebDriver driver() {
    return driver;
  }

  public Path downloads() {
    return downloads;
  }

  public void open(String path) {
    driver.get(base.toString() + (path.startsWith("/") ? path.substring(1) : path));
  }

  /**
   * Replaces what a field holds as a person would: select all, delete, type. WebDriver's {@code
   * clear()} sets the value without the input events a React form listens to, so the form would
   * keep the old value.
   */
  public static void retype(WebElement field, String value) {
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    if (!value.isEmpty()) {
      field.sendKeys(value);
    }
  }

  /** Logs in through the Dutch login page, as a person would. */
  public void login(String user) {
    open("login.html");
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(user);
    driver.findElement(By.id("inloggen")).click();
    // the start screen of the web UI (/app/), with the logged-in user in its header
    waitForText(By.id("gebruikersnaam"), user);
  }

  public void logout() {
    driver.manage().deleteAllCookies();
  }

  public WebElement waitFor(By locator) {
    return new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  public void waitForText(By locator, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
  }

  /**
   * Waits until the attribute of the element contains the text (e.g. a redrawn diagram's label).
   */
  public void waitForAttribute(By locator, String attribute, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.attributeContains(locator, attribute, text));
  }

  /**
   * The rules every screen of the UI keeps, asserted on the page as it is now: no text contains
   * "[object", axe-core (injected from the pinned npm package in ui/node_modules) reports no
   * violation, and at 320 px wide nothing makes the page scroll sideways (WCAG 1.4.10).
   */
  public void assertScreenRules() {
    org.assertj.core.api.Assertions.assertThat(
            driver.findElement(org.openqa.selenium.By.tagName("body")).getText())
        .as("text on " + driver.getCurrentUrl())
        .doesNotContain("[object")
        .doesNotContain("undefined")
        .doesNotContain("NaN");
    org.assertj.core.api.Assertions.assertThat(axeViolations())
        .as("axe-core violations on " + driver.getCurrentUrl())
        .isEmpty();
    org.openqa.selenium.chrome.ChromeDriver chrome =
        (org.openqa.selenium.chrome.ChromeDriver) driver;
    chrome.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        java.util.Map.of("width", 320, "height", 800, "deviceScaleFactor", 1, "mobile", false));
    try {
      Object overflow =
          js().executeScript(
                  "return document.documentElement.scrollWidth"
                      + " - document.documentElement.clientWidth;");
      org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue())
          .as("horizontal overflow at 320 px on " + driver.getCurrentUrl())
          .isLessThanOrEqualTo(0);
    } finally {
      chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
    }
  }

  /** axe-core on the whole page: one line per violation (rule id and the elements). */
  public java.util.List<?> axeViolations() {
    Path axe = OpenApiChecks.uiDir().resolve("node_modules/axe-core/axe.min.js");
    String source;
    try {
      source = java.nio.file.Files.readString(axe, java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("axe-core missing: run npm ci in ui/ (" + axe + ")", e);
    }
    js().executeScript(source);
    return (java.util.List<?>)
        js().executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "axe.run(document).then(r => done(r.violations.map(v => v.id + ': '"
                    + " + v.nodes.map(n => n.target.join(' ')).join(', '))),"
                    + " e => done(['axe failed: ' + e]));");
  }

  private org.openqa.selenium.JavascriptExecutor js() {
    return (org.openqa.selenium.JavascriptExecutor) driver;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
