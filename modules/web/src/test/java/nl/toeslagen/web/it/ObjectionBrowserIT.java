package nl.toeslagen.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Objection handling in real Chromium: a handler registers an objection through the Dutch form,
 * finds the task in the task list, picks it up, works a step on the case page and downloads the
 * acknowledgement letter; the team manager watches the terms.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ObjectionBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.assembledWar();
  }

  @ArquillianResource URL base;

  private static Browser browser;

  private static String reference;

  private static String caseId;

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  private Browser browser() {
    if (browser == null) {
      browser = new Browser(base);
    }
    return browser;
  }

  @Test
  @Order(1)
  void aHandlerRegistersAnObjectionThroughTheDutchForm() {
    Browser b = browser();
    b.logout();
    b.login("behandelaar1");
    b.open("bezwaren/index.html#nieuw");
    b.waitFor(By.id("intake"));
    reference = "WEB-" + Math.abs(ThreadLocalRandom.current().nextInt(1_000_000));
    LocalDate today = LocalDate.now(ObjectionFlowIT.AMSTERDAM);
    b.driver().findElement(By.id("bsn")).sendKeys(ObjectionFlowIT.validBsn());
    new Select(b.driver().findElement(By.id("benefitType"))).selectByVisibleText("Zorgtoeslag");
    b.driver().findElement(By.id("reference")).sendKeys(reference);
    new Select(b.driver().findElement(By.id("type"))).selectByVisibleText("Terugvordering");
    setDate(b, "date", today.minusDays(21));
    setDate(b, "receivedDate", today.minusDays(2));
    b.driver()
        .findElement(By.id("grounds"))
        .sendKeys("Mijn inkomen is te hoog ingeschat.\nIk had geen toeslagpartner.");
    b.driver().findElement(By.cssSelector("#intake button[type=submit]")).click();

    new WebDriverWait(b.driver(), Duration.ofSeconds(20))
        .until(d -> d.getCurrentUrl().contains("/bezwaren/bezwaar.html?id="));
    caseId = b.driver().getCurrentUrl().replaceAll(".*[?&]id=", "");
    b.waitForText(By.id("gegevens"), reference);
    String data = b.driver().findElement(By.id("gegevens")).getText();
    assertThat(data).contains("ZORGTOESLAG").contains("Ja (IN_TIME)").contains("*****");
    assertThat(b.driver().findElement(By.id("stapInhoud")).getText())
        .contains("Ontvankelijkheid beoordelen");
  }

  @Test
  @Order(2)
  void theHandlerFindsTheTaskInTheTaskListAndPicksItUp() {
    Browser b = browser();
    b.open("taken.html");
    b.waitFor(By.cssSelector("#taken tr"));
    new Select(b.driver().findElement(By.id("scope"))).selectByValue("team");
    b.driver().findElement(By.cssSelector("#filters button[type=submit]")).click();
    WebElement row = waitForRow(b, reference);
    assertThat(row.getText()).contains("Ontvankelijkheid beoordelen").contains("ZORGTOESLAG");
    assertThat(row.getText()).contains("*****");
    row.findElement(By.xpath(".//button[normalize-space()='Oppakken']")).click();
    b.waitForText(By.id("melding"), "op uw naam");

    new Select(b.driver().findElement(By.id("scope"))).selectByValue("mine");
    b.driver().findElement(By.cssSelector("#filters button[type=submit]")).click();
    WebElement mine = waitForRow(b, reference);
    assertThat(mine.getText()).contains("behandelaar1").contains("Teruggeven");

    mine.findElement(By.partialLinkText(reference)).click();
    b.waitForText(By.id("gegevens"), reference);
    assertThat(b.driver().getCurrentUrl()).contains(caseId);
  }

  @Test
  @Order(3)
  void theHandlerWorksTheAdmissibilityStepOnTheCasePage() {
    Browser b = browser();
    b.waitForText(By.id("stapInhoud"), "Ontvankelijkheid beoordelen");
    // the process diagram is drawn with the current step highlighted
    WebElement diagram = b.waitFor(By.cssSelector("#diagram svg"));
    assertThat(diagram.getAttribute("aria-label")).contains("Ontvankelijkheid beoordelen");
    b.driver()
        .findElement(By.xpath("//button[normalize-space()='Beoordeling vastleggen']"))
        .click();
    b.waitForText(By.id("melding"), "Vastgelegd");
    b.waitForText(By.id("stapInhoud"), "Bezwaarmaker bellen");
    // the diagram is fetched and redrawn after the step's form: wait for it as a person would
    b.waitForAttribute(By.cssSelector("#diagram svg"), "aria-label", "Bezwaarmaker bellen");
    assertThat(b.driver().findElement(By.id("gegevens")).getText()).contains("CONTACT");
    b.waitForText(By.id("tijdlijn"), "ADMISSIBILITY_ASSESSED");
    assertThat(b.driver().findElement(By.id("tijdlijn")).getText())
        .contains("TASK_COMPLETED")
        .contains("behandelaar1");
  }

  @Test
  @Order(4)
  void theHandlerDownloadsTheAcknowledgementLetter() throws IOException {
    Browser b = browser();
    WebElement letter = b.waitFor(By.partialLinkText("ontvangstbevestiging.pdf"));
    letter.click();
    Path pdf =
        new WebDriverWait(b.driver(), Duration.ofSeconds(20))
            .withMessage(
                () -> "downloads: " + listing(b.downloads()) + " url " + b.driver().getCurrentUrl())
            .until(d -> downloaded(b.downloads(), "ontvangstbevestiging").orElse(null));
    byte[] bytes = Files.readAllBytes(pdf);
    assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text).contains("Wij hebben uw bezwaar ontvangen").contains(reference);
    }
  }

  @Test
  @Order(5)
  void theTeamManagerWatchesTheTermsWithCountsThatAddUp() {
    Browser b = browser();
    b.logout();
    b.login("teamleider1");
    b.driver().findElement(By.linkText("Termijnen bewaken")).click();
    b.waitForText(By.tagName("h1"), "Termijnen bewaken");
    new WebDriverWait(b.driver(), Duration.ofSeconds(20))
        .until(d -> !d.findElement(By.id("telOpen")).getText().isBlank());
    int open = count(b, "telOpen");
    assertThat(count(b, "telTeLaat") + count(b, "telKrap") + count(b, "telOpSchema"))
        .isEqualTo(open);
    assertThat(open).isGreaterThanOrEqualTo(1);
    List<WebElement> rows = b.driver().findElements(By.cssSelector("#open tbody tr"));
    assertThat(rows).hasSize(open);
    assertThat(b.driver().findElements(By.cssSelector("#open tr[data-id='" + caseId + "']")))
        .hasSize(1);
    assertThat(b.driver().findElements(By.cssSelector("#ingebreke tbody tr")))
        .hasSize(count(b, "telIngebreke"));

    // the stuck fraud-review signals (four eyes nobody can give) are on the same page, in Dutch
    WebElement stuck =
        new WebDriverWait(b.driver(), Duration.ofSeconds(20))
            .until(
                d -> {
                  WebElement e = d.findElement(By.id("vastgelopen"));
                  return e.getText().isBlank() ? null : e;
                });
    assertThat(stuck.getText())
        .satisfiesAnyOf(
            t -> assertThat(t).contains("Geen vastgelopen signalen"),
            t -> assertThat(t).contains("Waarom vastgelopen", "Mag goedkeuren"))
        .doesNotContain("undefined")
        .doesNotContain("[object")
        .doesNotContain("RELEVANTIE")
        .doesNotContain("RECHTMATIGHEID");
  }

  private static int count(Browser b, String id) {
    return Integer.parseInt(b.driver().findElement(By.id(id)).getText().trim());
  }

  private static void setDate(Browser b, String id, LocalDate date) {
    ((JavascriptExecutor) b.driver())
        .executeScript(
            "arguments[0].value = arguments[1]",
            b.driver().findElement(By.id(id)),
            date.toString());
  }

  private static WebElement waitForRow(Browser b, String text) {
    // the table is re-rendered after each filter change: a row found a moment ago may be gone
    return new WebDriverWait(b.driver(), Duration.ofSeconds(20))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d ->
                d.findElements(By.cssSelector("#taken tr")).stream()
                    .filter(r -> r.getText().contains(text))
                    .findFirst()
                    .orElse(null));
  }

  private static String listing(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return dir + " " + files.map(p -> p.getFileName().toString()).toList();
    } catch (IOException e) {
      return e.toString();
    }
  }

  private static Optional<Path> downloaded(Path dir, String prefix) {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().startsWith(prefix))
          .filter(p -> p.getFileName().toString().endsWith(".pdf"))
          .findFirst();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
