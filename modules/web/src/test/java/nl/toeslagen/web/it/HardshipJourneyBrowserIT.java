package nl.toeslagen.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A hardship request from intake to its decision letter, in real Chromium through the UI only
 * (/app/#/hardheid…): a handler registers an urgent request (threatened eviction) through the form
 * and sees the urgent track and the triage deadline; triages it, records the same-day contact and
 * an emergency payment approved by a professional-line colleague, and assesses a partial grant with
 * a personal payment plan and a signal for policy. That colleague took a step, so the review is not
 * offered to them; a second professional-line reviewer who took none approves it. The decision
 * letter appears on the case page and downloads as a PDF; the team manager sees the signal counted.
 * On every page: no "[object", no axe-core violation, nothing overflows at 320 px; codes as Dutch
 * labels.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HardshipJourneyBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.assembledWar();
  }

  @ArquillianResource URL base;

  private static final String HANDLER = "behandelaar1";
  private static final String APPROVER = "vaktechniek2";
  private static final String REVIEWER = "vaktechniek1";

  /** Codes that must never reach a person's screen: the Dutch label stands in for each. */
  private static final String[] RAW_CODES = {
    "DEELS_TOEGEKEND",
    "PERSOONLIJKE_BETALINGSREGELING",
    "UITZETTING",
    "ONBEDOELD_PARTNERSCHAP",
    "HUURTOESLAG",
    "URGENT_CONTACT",
    "HARDSHIP_DECISION",
    "onbekend ("
  };

  @Test
  void anUrgentRequestFromIntakeThroughReviewToTheDecisionLetter() {
    String reference = "TV-" + UUID.randomUUID().toString().substring(0, 8);
    try (Browser b = new Browser(base)) {
      // (a) the handler: from the menu to the list, then the intake form
      b.login(HANDLER);
      b.driver().findElement(By.linkText("Hardheidsverzoeken")).click();
      b.waitForText(By.tagName("h1"), "Hardheidsverzoeken");
      b.waitFor(By.id("verzoeken"));
      b.assertScreenRules();
      b.driver().findElement(By.id("nieuw-verzoek")).click();
      b.waitForText(By.tagName("h1"), "Nieuw hardheidsverzoek");

      type(b, "BSN van de burger", ObjectionFlowIT.validBsn());
      new Select(control(b, "Toeslag")).selectByVisibleText("Huurtoeslag");
      type(b, "Kenmerk van de terugvordering", reference);
      type(b, "Bedrag van de terugvordering in euro", "2.400,00");
      clickLabel(b, "Persoonlijke betalingsregeling");
      type(
          b,
          "Omstandigheden",
          "Na de scheiding bleek het partnerschap met terugwerkende kracht; de huur is achterstallig.");
      clickLabel(b, "Dreigende uitzetting uit de woning");
      b.assertScreenRules();
      Screenshots.save(b, "hardship-intake");
      submit(b, "Verzoek registreren");

      // the case page: the urgent track and the triage deadline, collection paused
      b.waitForText(By.tagName("h1"), "Hardheidsverzoek HH-");
      b.waitFor(By.id("geregistreerd"));
      assertThat(text(b, "geregistreerd")).contains("Spoed (STELLA)", "Triage uiterlijk");
      b.waitFor(By.id("invordering-gepauzeerd"));
      assertThat(text(b, "gegevens"))
          .contains(reference, "€ 2.400,00", "Persoonlijke betalingsregeling", "Triage")
          .contains("Dreigende uitzetting uit de woning");
      String url = b.driver().getCurrentUrl();
      String hash = url.substring(url.indexOf('#')).replace("?nieuw=1", "");
      assertRules(b);

      // (b) triage on the urgent track, the same-day contact
      b.waitForText(By.id("acties"), "Triage doen");
      type(b, "Motivering van de triage", "Uitzetting dreigt binnen twee weken: spoedspoor.");
      submit(b, "Triage vastleggen");
      b.waitForText(By.id("melding"), "Triage vastgelegd");
      b.waitForText(By.id("acties"), "Spoedcontact vastleggen");
      type(b, "Samenvatting van het gesprek", "Burger gebeld; verhuurder wacht op ons besluit.");
      submit(b, "Spoedcontact vastleggen");
      b.waitForText(By.id("melding"), "Spoedcontact vastgelegd");
      b.waitForText(By.id("acties"), "Beoordelen");
      assertThat(text(b, "stappen")).contains("Triage", "Spoedcontact", HANDLER);

      // an emergency payment, approved by a professional-line colleague
      type(b, "Bedrag van de noodbetaling in euro", "250,00");
      type(b, "Goedgekeurd door (gebruikersnaam)", APPROVER);
      type(
          b, "Motivering van de noodbetaling", "Huur van deze maand, om de uitzetting te stoppen.");
      submit(b, "Noodbetaling vastleggen");
      b.waitForText(By.id("melding"), "Noodbetaling vastgelegd");
      b.waitForText(By.id("stappen"), "€ 250,00");

      // (c) the assessment: a partial grant with a personal payment plan and a policy signal
      type(b, "Feiten", "Toeslagpartnerschap ontstond door een inschrijving op hetzelfde adres.");
      type(b, "Welke wettelijke regel werkt hier hard uit?", "Awir art. 3 (toeslagpartner).");
      clickLabel(b, "Deels toegekend");
      type(b, "Wat wordt toegekend", "Kwijtschelding van een deel en een betalingsregeling.");
      type(b, "Kwijtgescholden bedrag in euro (niet verplicht)", "500,00");
      type(b, "Inkomen per maand in euro", "1.850,00");
      type(b, "Beslagvrije voet per maand in euro", "1.600,00");
      type(b, "Motivering van de beslissing", "Een deel kwijt; de rest naar draagkracht.");
      new Select(control(b, "Signaal voor beleid (niet verplicht)"))
          .selectByVisibleText("Onbedoeld toeslagpartnerschap");
      type(b, "Toelichting op het signaal", "Partnerschap door een adres, niet door een relatie.");
      submit(b, "Beoordeling vastleggen");
      b.waitForText(By.id("melding"), "Beoordeling vastgelegd");
      b.waitForText(By.id("gegevens"), "Controle vaktechniek");
      assertThat(text(b, "stappen"))
          .contains(
              "Beoordeling: Deels toegekend",
              "Persoonlijke betalingsregeling",
              "€ 1.850,00",
              "€ 1.600,00",
              "€ 500,00",
              "Onbedoeld toeslagpartnerschap",
              "termijnen van");
      assertRules(b);
      Screenshots.save(b, "hardship-beoordeling", "stappen");

      // (d) the colleague who approved the emergency payment took a step: no review for them
      as(b, APPROVER, hash);
      b.waitForText(By.id("gegevens"), "Controle vaktechniek");
      assertThat(b.driver().findElements(By.id("acties"))).isEmpty();
      assertThat(
              b.driver()
                  .findElements(By.xpath("//button[normalize-space()='Controle vastleggen']")))
          .isEmpty();

      // a reviewer who took no step approves it
      as(b, REVIEWER, hash);
      b.waitForText(By.id("acties"), "Controleren (vaktechniek)");
      clickLabel(b, "Goedkeuren");
      type(b, "Uw motivering", "De redenering draagt de gedeeltelijke toekenning.");
      submit(b, "Controle vastleggen");
      b.waitForText(By.id("melding"), "Goedgekeurd");
      b.waitForText(By.id("gegevens"), "Besloten");
      assertThat(text(b, "gegevens")).contains("Deels toegekend");
      assertThat(text(b, "stappen")).contains("Controle vaktechniek: goedgekeurd", REVIEWER);

      // the decision letter appears once it is rendered, and downloads as a PDF
      WebElement letter =
          new WebDriverWait(b.driver(), Duration.ofSeconds(45))
              .until(
                  d ->
                      d.findElements(By.cssSelector("#brieven a.toeslagen-brief")).stream()
                          .findFirst()
                          .orElse(null));
      assertThat(letter.getText()).contains("Beslissing op het hardheidsverzoek", "PDF");
      assertThat(b.driver().findElement(By.id("bezwaar-registreren")).getText())
          .isEqualTo("Bezwaar registreren");
      assertThat(b.driver().findElements(By.cssSelector("main form"))).isEmpty();
      assertRules(b);
      Screenshots.save(b, "hardship-besloten");
      letter.click();
      Path pdf = downloadedPdf(b);
      assertThat(head(pdf)).startsWith("%PDF");

      // (e) the team manager: the signal for policy counted, with the total row
      as(b, "teamleider1", "#/hardheid");
      b.waitForText(By.id("beleidssignalen"), "Totaal");
      assertThat(text(b, "beleidssignalen")).contains("Onbedoeld toeslagpartnerschap");
      assertThat(b.driver().findElements(By.id("nieuw-verzoek"))).isEmpty();
      assertRules(b);
      Screenshots.save(b, "hardship-beleidssignalen", "beleidssignalen");

      // the collection calculator: a personal plan from the capacity to pay
      b.driver().findElement(By.id("invordering-berekenen")).click();
      b.waitForText(By.tagName("h1"), "Invordering berekenen");
      type(b, "Terug te vorderen bedrag in euro", "1.234,56");
      clickLabel(b, "Definitieve berekening (toekenning)");
      type(b, "Lopend voorschot per maand in euro", "0");
      type(b, "Inkomen per maand in euro", "1.850,00");
      type(b, "Beslagvrije voet per maand in euro", "1.600,00");
      submit(b, "Berekenen");
      b.waitFor(By.id("uitkomst"));
      assertThat(text(b, "uitkomst"))
          .contains("Regeling", "Doelmatigheidsgrens", "Toegepaste regels");
      assertThat(b.driver().findElements(By.cssSelector("#uitkomst tbody tr"))).isNotEmpty();
      assertRules(b);
    }
  }

  // ---- steps ----

  /** Logs in as {@code user} and opens a screen of the UI. */
  private static void as(Browser b, String user, String hash) {
    b.logout();
    b.login(user);
    b.open("app/" + hash);
    b.waitForText(By.id("gebruikersnaam"), user);
  }

  /** The screen rules, and no raw code in the page's text. */
  private static void assertRules(Browser b) {
    b.assertScreenRules();
    assertThat(b.driver().findElement(By.tagName("main")).getText()).doesNotContain(RAW_CODES);
  }

  // ---- form helpers: fields are found by their visible label, as a person finds them ----

  private static void clickLabel(Browser b, String label) {
    b.waitFor(By.xpath("//label[normalize-space()=\"" + label + "\"]")).click();
  }

  private static WebElement control(Browser b, String label) {
    WebElement l = b.waitFor(By.xpath("//label[normalize-space()=\"" + label + "\"]"));
    return b.driver().findElement(By.id(l.getAttribute("for")));
  }

  private static void type(Browser b, String label, String value) {
    Browser.retype(control(b, label), value);
  }

  private static void submit(Browser b, String button) {
    b.waitFor(By.xpath("//button[normalize-space()='" + button + "']")).click();
  }

  private static String text(Browser b, String id) {
    return b.waitFor(By.id(id)).getText();
  }

  private static Path downloadedPdf(Browser b) {
    return new WebDriverWait(b.driver(), Duration.ofSeconds(30))
        .until(d -> pdfIn(b.downloads()).orElse(null));
  }

  private static Optional<Path> pdfIn(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      var all = files.toList();
      if (all.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"))) {
        return Optional.empty();
      }
      return all.stream().filter(f -> f.getFileName().toString().endsWith(".pdf")).findFirst();
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
