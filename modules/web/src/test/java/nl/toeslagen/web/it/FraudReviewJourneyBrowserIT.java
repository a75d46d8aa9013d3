package nl.toeslagen.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A fraud signal from registration to its downloaded outcome letter, in real Chromium through the
 * UI only (/app/#/signalen…), with two supervision officers and a professional-line reviewer:
 * officer A registers it (a bad submit first: every error at once, in the summary and at its
 * field), proposes relevance, cannot approve it (no control, the reason in Dutch), withdraws and
 * proposes it again; officer B finds it under "waiting for me" and approves; B rejects the legality
 * finding with reasons and approves A's revision; the reviewer approves intent; A asks the
 * citizen's view by letter and records it, proposes the outcome with a fine, which the reviewer
 * approves; the outcome letter is listed and downloaded as a PDF. Then the roles around it: the
 * team manager sees stuck signals only, the administrator only the retention run, the inspectorate
 * the closed file without a single writing control. On every page: no "[object", no axe-core
 * violation, nothing overflows at 320 px; codes are shown as Dutch labels.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FraudReviewJourneyBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.assembledWar();
  }

  @ArquillianResource URL base;

  private static final String A = "toezicht1";
  private static final String B = "toezicht2";
  private static final String REVIEWER = "vaktechniek1";

  @Test
  void aSignalFromRegistrationToItsOutcomeLetterWithTwoOfficersAndAReviewer() {
    String bsn = FraudReviewIT.newBsn();
    String masked = "*****" + bsn.substring(5);
    try (Browser b = new Browser(base)) {
      // officer A: from the menu to the work list, then the registration form
      b.login(A);
      b.driver().findElement(By.linkText("Intensief toezicht")).click();
      b.waitForText(By.tagName("h1"), "Intensief toezicht");
      b.assertScreenRules();
      b.driver().findElement(By.id("nieuw-signaal")).click();
      b.waitForText(By.tagName("h1"), "Nieuw signaal registreren");

      // a bad submit: every error at once, in the summary (focused) and at each field
      submit(b, "Signaal registreren");
      WebElement summary = b.waitFor(By.cssSelector(".toeslagen-error-summary"));
      assertThat(summary.getText()).contains("Er zijn 5 problemen");
      assertThat(summary.findElements(By.cssSelector("li a"))).hasSize(5);
      waitUntil(
          b,
          d ->
              String.valueOf(d.switchTo().activeElement().getAttribute("class"))
                  .contains("toeslagen-error-summary"));
      for (String field :
          List.of(
              "BSN van de burger",
              "Toeslag",
              "Bron van het signaal",
              "Omschrijving",
              "Grondslag voor de verwerking")) {
        assertThat(errorAt(b, field)).as("error at " + field).isNotBlank();
      }
      assertThat(summary.getText()).doesNotContain("benefitType", "legalBasis");
      b.assertScreenRules();
      // the summary's link takes the keyboard to its field
      summary.findElements(By.cssSelector("li a")).get(0).click();
      assertThat(b.driver().switchTo().activeElement().getAttribute("id"))
          .isEqualTo(control(b, "BSN van de burger").getAttribute("id"));

      type(b, "BSN van de burger", bsn);
      choose(b, "Toeslag", "Zorgtoeslag");
      choose(b, "Bron van het signaal", "Steekproef");
      type(b, "Omschrijving", "Steekproef: opgegeven inkomen wijkt af van de loongegevens");
      type(b, "Grondslag voor de verwerking", "Awir art. 40");
      submit(b, "Signaal registreren");

      // the signal's page: its facts in Dutch, the first phase
      b.waitForText(By.tagName("h1"), "Signaal TZ-");
      String signalUrl = b.driver().getCurrentUrl();
      String caseNumber = b.driver().findElement(By.tagName("h1")).getText().substring(8);
      String facts = text(b, "gegevens");
      assertThat(facts)
          .contains(bsn, "Zorgtoeslag", "Steekproef", "Relevantie en prioriteit", "Bewaren tot")
          .doesNotContain("ZORGTOESLAG", "STEEKPROEF", "RELEVANTIE");
      waitForDiagram(b, "Relevantie en prioriteit beoordelen");
      b.assertScreenRules();

      // A proposes relevance, sees who may approve, and cannot approve it
      propose(b, "Relevant", "Hoog", "Afwijking van meer dan 20% over twee jaar; controleerbaar");
      b.waitForText(By.id("melding"), "tweede beoordelaar");
      b.waitForText(By.id("vaststellingen"), "Wacht op goedkeuring");
      String pending = text(b, "vaststellingen");
      assertThat(pending)
          .contains("Relevantie en prioriteit: Relevant", "Opgesteld door", A, "Hoog")
          .contains("Goedkeuring nodig van", "Toezicht", "Wie mag goedkeuren")
          .doesNotContain("AWAITING_APPROVAL", "TOEZICHT", "HOOG");
      assertThat(b.driver().findElement(By.cssSelector(".toeslagen-approvers")).getText())
          .contains(B)
          .doesNotContain(A);
      assertThat(b.driver().findElement(By.cssSelector(".toeslagen-niet-beoordelen")).getText())
          .contains("U kunt deze vaststelling niet beoordelen", "eigen vaststelling");
      assertNoButton(b, "Beoordeling vastleggen");
      assertNoButton(b, "Vaststelling indienen");
      b.assertScreenRules();

      // ... thinks better of it and withdraws it with a reason, then proposes it again
      type(b, "Reden van intrekken", "Prioriteit verkeerd gekozen");
      submit(b, "Vaststelling intrekken");
      b.waitForText(By.id("vaststellingen"), "Ingetrokken door de opsteller");
      assertThat(text(b, "vaststellingen"))
          .contains("Ingetrokken door", "Reden van intrekken", "Prioriteit verkeerd gekozen")
          .doesNotContain("Beoordeeld door", "WITHDRAWN");
      propose(b, "Relevant", "Hoog", "Afwijking van meer dan 20% over twee jaar; controleerbaar");
      b.waitForText(By.id("vaststellingen"), "Wacht op goedkeuring");
      assertNoButton(b, "Beoordeling vastleggen");

      // officer B finds it under "waiting for me" and approves it
      as(b, B, "#/signalen");
      WebElement list = b.waitFor(By.id("werklijst"));
      b.driver()
          .findElement(By.xpath("//label[normalize-space()='Alleen wachtend op mij']"))
          .click();
      WebElement row = rowWith(b, "werklijst", masked);
      assertThat(row.getText())
          .contains(caseNumber, "Zorgtoeslag", "Steekproef", "Relevantie en prioriteit")
          .contains("Wacht op goedkeuring (Toezicht)", "Wacht op u");
      assertThat(list.getText()).doesNotContain("ZORGTOESLAG", "RELEVANTIE");
      b.assertScreenRules();
      Screenshots.save(b, "signalen");
      row.findElement(By.linkText(caseNumber)).click();
      b.waitForText(By.tagName("h1"), caseNumber);
      waitForDiagram(b, "Relevantie goedkeuren");
      review(b, true, "Eens: de afwijking is groot genoeg voor onderzoek");
      b.waitForText(By.id("melding"), "Goedgekeurd");
      b.waitForText(By.id("gegevens"), "Rechtmatigheidsonderzoek");
      assertThat(text(b, "vaststellingen"))
          .contains("Goedgekeurd", "Beoordeeld door", B)
          .contains("Eens: de afwijking is groot genoeg voor onderzoek");
      b.assertScreenRules();

      // the legality finding: A proposes, B rejects with reasons, A revises, B approves
      as(b, A, signalPath(signalUrl));
      propose(b, "Toekenning onjuist", null, "Inkomen hoger dan opgegeven");
      b.waitForText(By.id("vaststellingen"), "Wacht op goedkeuring");
      as(b, B, signalPath(signalUrl));
      review(b, false, "De loongegevens ontbreken als feit");
      b.waitForText(By.id("melding"), "Afgewezen");
      b.waitForText(By.id("vaststellingen"), "Afgewezen, terug naar opsteller");
      as(b, A, "#/signalen");
      assertThat(rowWith(b, "werklijst", masked).getText())
          .contains("Teruggestuurd naar de opsteller");
      as(b, A, signalPath(signalUrl));
      assertThat(text(b, "vaststellingen")).contains("De loongegevens ontbreken als feit");
      propose(
          b,
          "Toekenning onjuist",
          null,
          "Inkomen hoger dan opgegeven",
          "Loongegevens 2025: 48.000 euro, opgegeven 30.000 euro");
      b.waitForText(By.id("vaststellingen"), "Wacht op goedkeuring");
      as(b, B, signalPath(signalUrl));
      review(b, true, "Nu goed onderbouwd");
      b.waitForText(By.id("gegevens"), "Opzet of grove schuld");

      // intent: A proposes, the professional line approves (neither officer may)
      as(b, A, signalPath(signalUrl));
      propose(b, "Opzet", null, "Wijziging bewust niet doorgegeven na twee herinneringen");
      b.waitForText(By.id("vaststellingen"), "Wacht op goedkeuring");
      assertThat(text(b, "vaststellingen")).contains("Vaktechniek");
      as(b, B, signalPath(signalUrl));
      b.waitForText(By.id("vaststellingen"), "U kunt deze vaststelling niet beoordelen");
      assertNoButton(b, "Beoordeling vastleggen");
      as(b, REVIEWER, signalPath(signalUrl));
      waitForDiagram(b, "Opzet of grove schuld goedkeuren");
      b.assertScreenRules();
      Screenshots.save(b, "signaal", "vaststellingen");
      review(b, true, "Opzet aangetoond door de herinneringen");
      b.waitForText(By.id("gegevens"), "Uitkomst");

      // A asks the citizen's view by letter before any outcome, and records it
      as(b, A, signalPath(signalUrl));
      b.waitFor(By.id("zienswijze"));
      assertNoButton(b, "Vaststelling indienen");
      type(b, "Feiten voor de brief", "U gaf een lager inkomen op dan uw werkgever meldde");
      type(b, "Terugvordering in euro's", "1.000,00");
      type(b, "Percentage van de terugvordering", "50");
      type(b, "Kenmerk van het rapport", "RAP-2026-0042");
      submit(b, "Brief met verzoek om zienswijze versturen");
      b.waitForText(By.id("melding"), "Verzoek om zienswijze verstuurd");
      b.waitForText(By.id("brieven"), "Verzoek om zienswijze");
      assertThat(text(b, "zienswijze")).contains("Reageren tot en met", "€ 500,00");
      b.assertScreenRules();
      b.driver()
          .findElement(
              By.xpath("//label[normalize-space()='Ja, de burger heeft een zienswijze gegeven']"))
          .click();
      type(b, "Samenvatting van de zienswijze", "De burger wist niet dat een bonus meetelt");
      submit(b, "Zienswijze vastleggen");
      b.waitForText(By.id("zienswijze"), "De burger wist niet dat een bonus meetelt");

      // the outcome with its fine, approved by the professional line
      choose(b, "Conclusie", "Opzet of grove schuld");
      type(b, "Motivering", "Opzet vastgesteld; de zienswijze verandert dat niet");
      type(b, "Terugvordering in euro's", "1.000,00");
      type(b, "Percentage van de terugvordering", "50");
      type(b, "Kenmerk van het rapport", "RAP-2026-0042");
      submit(b, "Vaststelling indienen");
      b.waitForText(By.id("vaststellingen"), "Wacht op goedkeuring");
      as(b, REVIEWER, signalPath(signalUrl));
      review(b, true, "Boete past bij de bevindingen en de zienswijze");

      // closed: the outcome in Dutch, both letters listed, the outcome letter downloaded
      b.waitForText(By.id("gegevens"), "Afgesloten");
      b.waitFor(By.id("uitkomstbrief"));
      assertThat(text(b, "gegevens")).contains("Opzet of grove schuld", "Bewaren tot");
      assertThat(text(b, "brieven"))
          .contains("Verzoek om zienswijze", "Uitkomst van het onderzoek")
          .doesNotContain("FRAUD_REVIEW");
      assertThat(b.driver().findElements(By.cssSelector("main form"))).isEmpty();
      b.assertScreenRules();
      b.driver().findElement(By.id("uitkomstbrief")).click();
      Path pdf = download(b, "uitkomst-onderzoek.pdf");
      assertThat(head(pdf)).startsWith("%PDF");

      // the team manager: stuck signals, no work list, no registration
      as(b, "teamleider1", "#/signalen");
      b.waitFor(By.id("vastgelopen-titel"));
      assertThat(b.driver().findElements(By.id("werklijst-titel"))).isEmpty();
      assertThat(b.driver().findElements(By.id("nieuw-signaal"))).isEmpty();
      b.assertScreenRules();

      // the administrator: only the retention run
      as(b, "beheer1", "#/signalen");
      b.waitForText(By.tagName("main"), "Bewaartermijnen toepassen");
      assertThat(b.driver().findElements(By.id("werklijst-titel"))).isEmpty();
      submit(b, "Bewaartermijnen nu toepassen");
      b.waitForText(By.tagName("main"), "Toegepast op peildatum");
      b.assertScreenRules();

      // the inspectorate reads the closed file and its letters, with no writing control
      as(b, "inspectie1", signalPath(signalUrl));
      b.waitFor(By.id("uitkomstbrief"));
      assertThat(b.driver().findElements(By.cssSelector("main form"))).isEmpty();
      assertThat(text(b, "vaststellingen")).contains(A, B, REVIEWER);
      b.assertScreenRules();
    }
  }

  // ---- steps ----

  /** Logs in as {@code user} and opens a screen of the new UI. */
  private static void as(Browser b, String user, String hash) {
    b.logout();
    b.login(user);
    b.open("app/" + hash);
    b.waitForText(By.id("gebruikersnaam"), user);
  }

  private static String signalPath(String url) {
    return url.substring(url.indexOf('#'));
  }

  /** The determination form: conclusion, priority (relevance only), reasons and facts. */
  private static void propose(
      Browser b, String conclusion, String priority, String reasons, String... facts) {
    b.waitFor(By.id("nieuwe-vaststelling"));
    choose(b, "Conclusie", conclusion);
    if (priority != null) {
      choose(b, "Prioriteit", priority);
    }
    type(b, "Motivering", reasons);
    if (facts.length > 0) {
      type(b, "Feiten", String.join("\n", facts));
    }
    submit(b, "Vaststelling indienen");
  }

  private static void review(Browser b, boolean approve, String reasons) {
    WebElement button = b.waitFor(By.xpath("//button[normalize-space()='Beoordeling vastleggen']"));
    b.driver()
        .findElement(
            By.xpath(
                "//label[normalize-space()='"
                    + (approve ? "Goedkeuren" : "Afwijzen en terugsturen naar de opsteller")
                    + "']"))
        .click();
    type(b, "Uw motivering", reasons);
    button.click();
  }

  // ---- form helpers: fields are found by their visible label, as a person finds them ----

  private static WebElement control(Browser b, String label) {
    WebElement l = b.waitFor(By.xpath("//label[normalize-space()=\"" + label + "\"]"));
    return b.driver().findElement(By.id(l.getAttribute("for")));
  }

  private static void type(Browser b, String label, String value) {
    WebElement field = control(b, label);
    Browser.retype(field, value);
  }

  private static void choose(Browser b, String label, String option) {
    new Select(control(b, label)).selectByVisibleText(option);
  }

  private static void submit(Browser b, String button) {
    b.waitFor(By.xpath("//button[normalize-space()='" + button + "']")).click();
  }

  private static String errorAt(Browser b, String label) {
    WebElement field = control(b, label);
    String id = field.getAttribute("id");
    assertThat(field.getAttribute("aria-invalid")).as(label).isEqualTo("true");
    return b.driver().findElement(By.id(id + "-error")).getText();
  }

  private static void assertNoButton(Browser b, String button) {
    assertThat(b.driver().findElements(By.xpath("//button[normalize-space()='" + button + "']")))
        .as("no button " + button)
        .isEmpty();
  }

  private static String text(Browser b, String id) {
    return b.waitFor(By.id(id)).getText();
  }

  private static WebElement rowWith(Browser b, String table, String text) {
    return new WebDriverWait(b.driver(), Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d ->
                d.findElements(By.cssSelector("#" + table + " tbody tr")).stream()
                    .filter(r -> r.getText().contains(text))
                    .findFirst()
                    .orElse(null));
  }

  private static void waitForDiagram(Browser b, String step) {
    new WebDriverWait(b.driver(), Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElement(By.id("huidige-stap")).getText().contains(step));
  }

  private static void waitUntil(Browser b, java.util.function.Function<WebDriver, Boolean> what) {
    new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(what::apply);
  }

  private static Path download(Browser b, String name) {
    Path file = b.downloads().resolve(name);
    new WebDriverWait(b.driver(), Duration.ofSeconds(30))
        .until(d -> Files.isRegularFile(file) && !partial(b.downloads()));
    return file;
  }

  private static boolean partial(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String head(Path pdf) {
    try {
      byte[] bytes = Files.readAllBytes(pdf);
      return new String(
          bytes, 0, Math.min(8, bytes.length), java.nio.charset.StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
