package nl.toeslagen.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import nl.toeslagen.riskselection.application.SyntheticHouseholds;
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
 * Risk-selection safeguards in real Chromium through the UI only (/app/#/selectie…): the
 * supervision officer first tries an indicator on nationality and is refused at the field, then
 * registers a fair rule set, sees its DMN decision table drawn and submits it; two privacy advisers
 * (privacy review, IAMA) and a professional-line reviewer approve it; the officer uploads a CSV
 * batch of synthetic households, sees the run with its bias report (table and chart) and the cases
 * that went to a person, and opens one case's signal with "Waarom geselecteerd"; last, the privacy
 * adviser sees nationality marked prohibited in the feature catalogue. On every page: no "[object",
 * no axe-core violation, nothing overflows at 320 px; codes as Dutch labels.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RiskSelectionJourneyBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.assembledWar();
  }

  @ArquillianResource URL base;

  private static final String AUTHOR = "toezicht1";
  private static final String PRIVACY_A = "privacy1";
  private static final String PRIVACY_B = "privacy2";
  private static final String REVIEWER = "vaktechniek1";

  @Test
  void aRuleSetFromRegistrationThroughApprovalToARunAndWhyACaseWasSelected() throws IOException {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String name = "Inkomens- en huishoudwijzigingen " + suffix;
    Path csv = Files.createTempFile("batch-", ".csv");
    Files.writeString(
        csv,
        SyntheticHouseholds.toCsv(
            SyntheticHouseholds.generate(new SyntheticHouseholds.Settings(300, 3, 0.9))),
        StandardCharsets.UTF_8);
    try (Browser b = new Browser(base)) {
      // (a) the author: from the menu to the register, then the registration form
      b.login(AUTHOR);
      b.driver().findElement(By.linkText("Selectieregels")).click();
      b.waitForText(By.tagName("h1"), "Selectieregels");
      b.waitFor(By.id("algoritmeregister-pdf"));
      b.assertScreenRules();
      Screenshots.save(b, "selectieregels");
      b.driver().findElement(By.id("nieuwe-selectieregels")).click();
      b.waitForText(By.tagName("h1"), "Nieuwe selectieregels");

      type(b, "Naam", name);
      type(b, "Doel", "Zaken vinden waarin het inkomen of het huishouden sterk is veranderd.");
      type(b, "Wettelijke grondslag", "BWBR0018472 art. 40");
      type(b, "Drempel (punten)", "60");
      indicator(b, 1, "Nationaliteit", "Nationaliteit (Verboden)", "Is gelijk aan", "TR", "100");
      submit(b, "Selectieregels registreren");
      b.waitFor(By.cssSelector(".toeslagen-error-summary"));
      assertThat(errorAt(b, "Kenmerk van indicator 1"))
          .contains("nationaliteit", "verboden")
          .doesNotContain("indicators[0]");
      b.assertScreenRules();

      // the fair rule set: three indicators on allowed features
      indicator(
          b,
          1,
          "Grote inkomenswijziging",
          "Inkomenswijziging (%) (Toegestaan)",
          "Is groter dan",
          "10",
          "40");
      b.driver().findElement(By.id("indicator-toevoegen")).click();
      indicator(
          b,
          2,
          "Vaak gewijzigd",
          "Aantal wijzigingen dit jaar (Toegestaan)",
          "Is ten minste",
          "2",
          "30");
      b.driver().findElement(By.id("indicator-toevoegen")).click();
      indicator(
          b,
          3,
          "Huishouden gewijzigd",
          "Huishouden gewijzigd (Toegestaan)",
          "Is gelijk aan",
          "Ja",
          "30");
      submit(b, "Selectieregels registreren");

      // the rule set's page: its facts, the indicators and the DMN table drawn by dmn-js
      b.waitForText(By.tagName("h1"), name + " (versie 1)");
      String ruleSetUrl = b.driver().getCurrentUrl();
      String ruleSetHash = ruleSetUrl.substring(ruleSetUrl.indexOf('#'));
      assertThat(text(b, "gegevens"))
          .contains("Concept", "BWBR0018472 art. 40", AUTHOR, "60 punten")
          .doesNotContain("DRAFT", "ALLOWED");
      assertThat(text(b, "indicatoren"))
          .contains(
              "Grote inkomenswijziging", "Inkomenswijziging (%)", "Toegestaan", "is groter dan")
          .doesNotContain("GT", "ALLOWED");
      b.waitFor(By.cssSelector("#beslistabel[data-state='drawn'] .tjs-table"));
      assertThat(text(b, "beslistabel")).containsIgnoringCase("inkomenswijziging");
      assertThat(b.driver().findElement(By.id("dmn-downloaden")).getAttribute("href"))
          .contains("/dmn");
      b.assertScreenRules();
      Screenshots.save(b, "selectieregels-dmn", "dmn");
      submit(b, "Indienen voor de privacytoets");
      b.waitForText(By.id("melding"), "Ingediend");
      b.waitForText(By.id("gegevens"), "Privacytoets");
      assertNoButton(b, "Indienen voor de privacytoets");

      // (b) the privacy review, the IAMA by a second adviser, the professional approval
      as(b, PRIVACY_A, ruleSetHash);
      b.waitForText(By.id("acties"), "Privacytoets doen");
      review(b, true, "Alleen toegestane kenmerken; het doel en de grondslag zijn duidelijk.");
      b.waitForText(By.id("melding"), "Goedgekeurd");
      b.waitForText(By.id("gegevens"), "Impactassessment (IAMA)");
      assertThat(text(b, "goedkeuringen")).contains("Privacytoets", PRIVACY_A, "Goedgekeurd");
      b.assertScreenRules();

      as(b, PRIVACY_B, ruleSetHash);
      b.waitForText(By.id("acties"), "Impactassessment (IAMA) vastleggen");
      type(b, "Doel: waarvoor is het algoritme nodig?", "Onjuiste voorschotten vroeg vinden.");
      type(b, "Grondslag: op welke wet berust het?", "Awir art. 40.");
      type(
          b,
          "Proportionaliteit en subsidiariteit: staat het in verhouding, en kan het niet minder"
              + " ingrijpend?",
          "Alleen wijzigingen die de burger zelf doorgaf; geen beschermde gronden.");
      type(
          b,
          "Menselijke tussenkomst: wie beslist, en hoe?",
          "Een medewerker beoordeelt elke zaak.");
      type(b, "Risico’s voor grondrechten", "Indirect onderscheid via het inkomen.");
      type(b, "Maatregelen tegen die risico’s", "Aselecte steekproef en biasmonitor bij elke run.");
      clickLabel(b, "Akkoord: de regelset mag verder");
      type(b, "Motivering van de conclusie", "De waarborgen zijn voldoende.");
      submit(b, "Impactassessment vastleggen");
      b.waitForText(By.id("melding"), "Impactassessment vastgelegd");
      b.waitForText(By.id("gegevens"), "Vaktechnische goedkeuring");
      assertThat(text(b, "iama")).contains("Aselecte steekproef en biasmonitor");
      b.assertScreenRules();

      as(b, REVIEWER, ruleSetHash);
      b.waitForText(By.id("acties"), "Vaktechnisch goedkeuren");
      review(b, true, "Vaktechnisch juist: de drempel vraagt twee signalen.");
      b.waitForText(By.id("melding"), "Goedgekeurd");
      b.waitForText(By.id("gegevens"), "Actief");
      assertThat(text(b, "goedkeuringen")).contains(PRIVACY_A, PRIVACY_B, REVIEWER);
      b.assertScreenRules();

      // (c) the author starts a run by uploading a CSV file
      as(b, AUTHOR, "#/selectie");
      b.waitFor(By.id("run-starten"));
      // the register lists the version as active, its features by their labels
      b.waitForText(By.id("register"), "Aantal wijzigingen dit jaar");
      assertThat(text(b, "register")).contains(name, "Actief").doesNotContain("ACTIVE");
      new Select(control(b, "Actieve regelset")).selectByVisibleText(name + " (versie 1)");
      type(b, "Batchnummer", "UI-" + suffix);
      type(b, "Grootte van de aselecte steekproef", "60");
      control(b, "Bestand met zaken").sendKeys(csv.toAbsolutePath().toString());
      b.assertScreenRules();
      submit(b, "Selectierun starten");
      new WebDriverWait(b.driver(), Duration.ofSeconds(60))
          .until(d -> d.findElement(By.tagName("h1")).getText().contains("Selectierun UI-"));
      assertThat(text(b, "gegevens"))
          .contains("UI-" + suffix, name + " (versie 1)", "300", "60")
          .containsAnyOf("Geen onderscheid", "Onderscheid gevonden");
      b.waitForText(By.id("biasrapport"), "Dubbele nationaliteit");
      String report = text(b, "biasrapport");
      assertThat(report)
          .contains("Nationaliteit", "Verhouding", "p-waarde", "Aandeel steekproef")
          .doesNotContain("dubbele_nationaliteit");
      assertThat(b.driver().findElements(By.cssSelector("#biasrapport figure svg[role='img']")))
          .isNotEmpty();
      assertThat(b.driver().findElements(By.cssSelector("#zaken tbody tr"))).isNotEmpty();
      b.assertScreenRules();
      Screenshots.save(b, "selectierun", "biasrapport");

      // (d) one selected case's signal: why it was selected
      WebElement selected =
          b.waitFor(By.cssSelector("#zaken tbody tr[data-selected='true'] a.utrecht-link"));
      selected.click();
      b.waitForText(By.tagName("h1"), "Signaal TZ-");
      b.waitForText(By.id("waarom-geselecteerd"), "Waarom geselecteerd");
      // the features by their catalogue labels, once the catalogue has loaded
      new WebDriverWait(b.driver(), Duration.ofSeconds(20))
          .until(
              d -> {
                String t = d.findElement(By.id("waarom-geselecteerd")).getText();
                return t.contains("Inkomenswijziging (%)")
                    || t.contains("Aantal wijzigingen dit jaar");
              });
      String why = text(b, "waarom-geselecteerd");
      assertThat(why)
          .contains(name + " (versie 1)", "de drempel is 60", "geen verdenking")
          .containsAnyOf("Grote inkomenswijziging", "Vaak gewijzigd", "Huishouden gewijzigd")
          .containsAnyOf(
              "Inkomenswijziging (%)", "Aantal wijzigingen dit jaar", "Huishouden gewijzigd");
      assertThat(text(b, "gegevens")).contains("Selectierun").doesNotContain("SELECTIERUN");
      b.assertScreenRules();

      // (e) the privacy adviser: nationality is prohibited in the catalogue
      b.logout();
      b.login(PRIVACY_A);
      b.driver().findElement(By.linkText("Kenmerkencatalogus")).click();
      b.waitForText(By.tagName("h1"), "Kenmerkencatalogus");
      WebElement nationality =
          b.waitFor(By.cssSelector("#kenmerken tbody tr[data-code='nationaliteit']"));
      assertThat(nationality.getText())
          .contains("Nationaliteit", "Verboden", "beschermde grond")
          .doesNotContain("PROHIBITED");
      b.waitFor(By.id("classificatie-wijzigen"));
      b.assertScreenRules();
      Screenshots.save(b, "kenmerkencatalogus");
    } finally {
      Files.deleteIfExists(csv);
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

  private static void indicator(
      Browser b,
      int n,
      String name,
      String feature,
      String comparison,
      String value,
      String points) {
    type(b, "Naam van indicator " + n, name);
    new Select(control(b, "Kenmerk van indicator " + n)).selectByVisibleText(feature);
    new Select(control(b, "Vergelijking van indicator " + n)).selectByVisibleText(comparison);
    var valueField = control(b, "Waarde van indicator " + n);
    if ("select".equals(valueField.getTagName())) {
      // a yes/no feature offers Ja and Nee, not a text box
      new Select(valueField).selectByVisibleText(value);
    } else {
      type(b, "Waarde van indicator " + n, value);
    }
    type(b, "Punten van indicator " + n, points);
  }

  private static void review(Browser b, boolean approve, String reasons) {
    clickLabel(b, approve ? "Goedkeuren" : "Afwijzen");
    type(b, "Motivering", reasons);
    submit(b, "Beoordeling vastleggen");
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

  private static String errorAt(Browser b, String label) {
    new WebDriverWait(b.driver(), Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> "true".equals(control(b, label).getAttribute("aria-invalid")));
    String id = control(b, label).getAttribute("id");
    return b.driver().findElement(By.id(id + "-error")).getText();
  }

  private static void assertNoButton(Browser b, String button) {
    new WebDriverWait(b.driver(), Duration.ofSeconds(20))
        .until(
            (WebDriver d) ->
                d.findElements(By.xpath("//button[normalize-space()='" + button + "']")).isEmpty());
  }

  private static String text(Browser b, String id) {
    return b.waitFor(By.id(id)).getText();
  }
}
