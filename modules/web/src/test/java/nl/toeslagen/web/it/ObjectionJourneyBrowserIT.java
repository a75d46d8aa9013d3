package nl.toeslagen.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
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
 * An objection from intake to the downloaded decision letter, through the UI only (/app/), in real
 * Chromium: behandelaar1 registers it (a first submit with several bad fields shows every error at
 * once, at its field, with the focus on the summary), claims it, assesses admissibility, records
 * that the citizen was reached, adds a ground, plans a hearing with short-notice consent, records
 * the report and drafts the decision with an answer per ground; vaktechniek1 (four eyes) reads the
 * whole draft and rejects it with remarks; behandelaar1 sees the remarks and redrafts; vaktechniek1
 * approves; the decision letter is listed and downloaded as a PDF. A second objection is registered
 * pro forma and withdrawn by telephone. Every screen keeps the screen rules and shows Dutch labels,
 * never codes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ObjectionJourneyBrowserIT {

  /** Codes that must never reach the screen (their Dutch labels do). */
  private static final List<String> CODES =
      List.of(
          "HUURTOESLAG",
          "ADMISSIBILITY",
          "IN_TIME",
          "TERUGVORDERING",
          "ONGEGROND",
          "DRAFTING",
          "REVIEW",
          "DECIDED",
          "DIGITAAL",
          "OP_LOCATIE",
          "WRITTEN",
          "TELEPHONE",
          "WITHDRAWN",
          "OBJECTION_");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.assembledWar();
  }

  @ArquillianResource URL base;

  private static Browser browser;
  private static String caseId;
  private static String caseNumber;
  private static String reference;

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

  private Browser as(String user) {
    Browser b = browser();
    b.logout();
    b.login(user);
    return b;
  }

  @Test
  @Order(1)
  void theHandlerRegistersAnObjectionAndSeesEveryErrorAtItsFieldFirst() {
    Browser b = as("behandelaar1");
    b.open("app/#/bezwaren");
    b.waitForText(By.tagName("h1"), "Bezwaren zoeken");
    screen(b);
    b.driver().findElement(By.linkText("Nieuw bezwaar registreren")).click();
    b.waitForText(By.tagName("h1"), "Nieuw bezwaar registreren");
    screen(b);

    // a first submit with only the BSN and the grounds: every missing field at once
    field(b, "BSN van de burger").sendKeys(ObjectionFlowIT.validBsn());
    field(b, "Gronden van het bezwaar (niet verplicht)")
        .sendKeys("Mijn inkomen is te hoog vastgesteld.\nIk woonde niet op dat adres.");
    submit(b, "Bezwaar registreren");
    WebElement summary = b.waitFor(By.cssSelector(".toeslagen-error-summary"));
    new WebDriverWait(b.driver(), Duration.ofSeconds(5))
        .until(d -> summary.equals(d.switchTo().activeElement()));
    List<WebElement> problems = summary.findElements(By.cssSelector("li"));
    assertThat(problems).hasSizeGreaterThanOrEqualTo(5);
    assertThat(summary.getText())
        .contains("Er zijn " + problems.size() + " problemen")
        .contains("Toeslag", "Kenmerk van het besluit", "Datum van het besluit", "Ontvangen op")
        .doesNotContain("contestedDecision", "receivedDate", "benefitType");
    Screenshots.save(b, "bezwaar-fouten");
    for (String label :
        List.of(
            "Toeslag",
            "Kenmerk van het besluit",
            "Soort besluit",
            "Datum van het besluit (dagtekening)",
            "Ontvangen op",
            "Hoe ontvangen")) {
      assertThat(errorAt(b, label)).as("error at " + label).isNotBlank();
    }
    // the summary's link takes the focus to its field
    problems.get(0).findElement(By.tagName("a")).click();
    assertThat(b.driver().switchTo().activeElement().getTagName()).isIn("input", "select");
    screen(b);

    // fixed and sent again: the case page
    reference = "UI-" + Math.abs(ThreadLocalRandom.current().nextInt(1_000_000));
    LocalDate today = LocalDate.now(ObjectionFlowIT.AMSTERDAM);
    select(b, "Toeslag", "Huurtoeslag");
    field(b, "Kenmerk van het besluit").sendKeys(reference);
    select(b, "Soort besluit", "Terugvordering");
    setValue(field(b, "Datum van het besluit (dagtekening)"), today.minusDays(20).toString());
    setValue(field(b, "Ontvangen op"), today.minusDays(3).toString());
    select(b, "Hoe ontvangen", "Digitaal");
    field(b, "Bedrag in geschil in euro (niet verplicht)").sendKeys("1.250,50");
    submit(b, "Bezwaar registreren");
    new WebDriverWait(b.driver(), Duration.ofSeconds(20))
        .until(d -> d.getCurrentUrl().matches(".*#/bezwaren/[0-9a-f-]{36}.*"));
    caseId = b.driver().getCurrentUrl().replaceAll(".*#/bezwaren/([0-9a-f-]{36}).*", "$1");
    b.waitForText(By.id("melding"), "geregistreerd");
    b.waitForText(By.tagName("h1"), "Bezwaar BZ-");
    caseNumber = b.driver().findElement(By.tagName("h1")).getText().replace("Bezwaar ", "").trim();
    String facts = b.driver().findElement(By.id("gegevens")).getText();
    assertThat(facts)
        .contains(caseNumber, "Huurtoeslag", "Terugvordering", reference, "*****", "werkdagen")
        .contains("€ 1.250,50");
    assertThat(b.driver().findElement(By.id("gronden")).getText())
        .contains("Mijn inkomen is te hoog vastgesteld.", "Ik woonde niet op dat adres.");
    waitForLetter(b, "Ontvangstbevestiging");
    screen(b);
  }

  @Test
  @Order(2)
  void theHandlerFindsTheCaseClaimsItAndWorksEveryStageToADraftDecision() {
    Browser b = browser();
    // found by case number, as a colleague on the phone would give it
    b.open("app/#/bezwaren");
    b.waitForText(By.tagName("h1"), "Bezwaren zoeken");
    field(b, "Zaaknummer").sendKeys(caseNumber.toLowerCase());
    submit(b, "Zoeken");
    WebElement row = b.waitFor(By.cssSelector("table tbody tr"));
    assertThat(row.getText()).contains(caseNumber, "Huurtoeslag", "Ontvankelijkheid", "werkdagen");
    screen(b);
    row.findElement(By.linkText(caseNumber)).click();
    b.waitForText(By.tagName("h1"), caseNumber);

    // claim: the task is on the handler's name
    action(b, "Taak oppakken");
    b.driver().findElement(By.xpath("//button[normalize-space()='Taak oppakken']")).click();
    b.waitForText(By.id("melding"), "op uw naam");
    assertThat(b.driver().findElements(By.xpath("//h3[normalize-space()='Taak oppakken']")))
        .isEmpty();
    screen(b);
    Screenshots.save(b, "bezwaar");

    // admissibility: nothing missing
    action(b, "Ontvankelijkheid beoordelen");
    submit(b, "Beoordeling vastleggen");
    b.waitForText(By.id("melding"), "ontvankelijkheid is vastgelegd");
    assertThat(focused(b)).isEqualTo("melding");

    // proactive contact: reached, recorded as reached
    WebElement contact = action(b, "Bezwaarmaker bellen");
    contact.findElement(By.xpath(".//label[normalize-space()='Ja, bereikt']")).click();
    contact
        .findElement(By.tagName("textarea"))
        .sendKeys("Berekening uitgelegd; de bezwaarmaker wil gehoord worden.");
    submit(b, "Contact vastleggen");
    b.waitForText(By.id("melding"), "bereikt");
    assertThat(b.driver().findElement(By.tagName("main")).getText())
        .contains("Ja, bereikt")
        .doesNotContain("Nee, niet bereikt\n");
    screen(b);

    // a ground received in writing later
    WebElement ground = action(b, "Grond aanvullen");
    ground.findElement(By.tagName("textarea")).sendKeys("De huur is verkeerd overgenomen.");
    setValue(
        within(b, ground, "Ontvangen op"), LocalDate.now(ObjectionFlowIT.AMSTERDAM).toString());
    new Select(within(b, ground, "Hoe ontvangen")).selectByVisibleText("in een brief of bericht");
    submit(b, "Grond toevoegen");
    b.waitForText(By.id("gronden"), "De huur is verkeerd overgenomen.");
    assertThat(b.driver().findElement(By.id("gronden")).getText())
        .contains("aangevuld", "in een brief of bericht");

    // the hearing: today, later on, with the objector's consent to the short notice
    LocalDateTime at =
        LocalDateTime.now(ObjectionFlowIT.AMSTERDAM).plusMinutes(10).withSecond(0).withNano(0);
    WebElement plan = action(b, "Hoorzitting plannen");
    setValue(
        within(b, plan, "Datum en tijd"),
        at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
    new Select(within(b, plan, "Hoe")).selectByVisibleText("Telefonisch");
    within(b, plan, "Adres, telefoonnummer of videolink").sendKeys("0612345678");
    plan.findElement(
            By.xpath(
                ".//label[normalize-space()='De bezwaarmaker stemt in met minder dan een week']"))
        .click();
    within(b, plan, "Hoe en wanneer stemde de bezwaarmaker in")
        .sendKeys("Telefonisch akkoord vandaag, tijdens het gesprek.");
    submit(b, "Plannen en uitnodigen");
    b.waitForText(By.id("melding"), "hoorzitting is gepland");
    waitForLetter(b, "Uitnodiging hoorzitting");
    screen(b);

    WebElement report = action(b, "Verslag van de hoorzitting");
    report
        .findElement(By.tagName("textarea"))
        .sendKeys("De bezwaarmaker lichtte het inkomen toe; geen nieuwe feiten.");
    submit(b, "Verslag vastleggen");
    b.waitForText(By.id("melding"), "verslag van de hoorzitting is vastgelegd");

    // the draft: an answer per ground, the added one included
    WebElement draft = action(b, "Beslissing op bezwaar opstellen");
    assertThat(draft.getText()).contains("De huur is verkeerd overgenomen.");
    new Select(within(b, draft, "Uitkomst")).selectByVisibleText("Ongegrond");
    within(b, draft, "Motivering")
        .sendKeys("Het inkomen komt overeen met de gegevens van de Belastingdienst.");
    for (int i = 1; i <= 3; i++) {
      draft
          .findElement(
              By.xpath(
                  ".//fieldset[legend[normalize-space()='Is grond "
                      + i
                      + " terecht?']]//label[starts-with(normalize-space(),'Nee')]"))
          .click();
      within(b, draft, "Antwoord op grond " + i + ", met de reden")
          .sendKeys("Grond " + i + " is onderzocht en niet terecht.");
    }
    within(b, draft, "Wettelijke grondslag").sendKeys(ObjectionFlowIT.LEGAL_REFERENCE);
    screen(b);
    submit(b, "Ontwerpbeslissing opslaan");
    b.waitForText(By.id("melding"), "ligt nu bij Vaktechniek");
    assertThat(b.driver().findElement(By.id("gegevens")).getText()).contains("Beoordeling");
    assertThat(b.driver().findElement(By.id("beslissing")).getText())
        .contains("Ongegrond", "Grond 3 is onderzocht");
    screen(b);
  }

  @Test
  @Order(3)
  void aSecondPersonReadsTheWholeDraftAndRejectsItWithRemarks() {
    Browser b = as("vaktechniek1");
    // the review request reached the reviewer: a notice with a link to the case
    followNotice(b, "Beoordeling gevraagd");
    WebElement draft = b.waitFor(By.id("beslissing"));
    assertThat(draft.getText())
        .contains("Ontwerpbeslissing", "Ongegrond", "behandelaar1")
        .contains("Het inkomen komt overeen met de gegevens van de Belastingdienst.")
        .contains("Mijn inkomen is te hoog vastgesteld.", "De huur is verkeerd overgenomen.")
        .contains("Grond 1 is onderzocht en niet terecht.", "Niet terecht (ongegrond)")
        .contains(ObjectionFlowIT.LEGAL_REFERENCE);
    assertThat(draft.findElement(By.linkText(ObjectionFlowIT.LEGAL_REFERENCE)).getAttribute("href"))
        .startsWith("https://wetten.overheid.nl/");
    screen(b);
    Screenshots.save(b, "beoordeling", "beslissing");
    // the letter as it will be sent: a draft marked CONCEPT, with the reasons the reviewer judges
    String preview = b.driver().findElement(By.id("conceptbrief")).getAttribute("href");
    assertThat(preview).endsWith("/api/objections/" + caseId + "/decision/letter-preview");
    ApiClient.Reply letter =
        ApiClient.as(base, "vaktechniek1").get(preview.substring(base.toString().length()));
    assertThat(letter.status()).isEqualTo(200);
    try (PDDocument doc = Loader.loadPDF(letter.bytes())) {
      assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
          .contains(
              "CONCEPT – nog niet verzonden",
              "Beslissing op uw bezwaar",
              "Het inkomen komt overeen met de gegevens van de Belastingdienst.");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }

    WebElement review = action(b, "Ontwerpbeslissing beoordelen (vier ogen)");
    review.findElement(By.xpath(".//label[starts-with(normalize-space(),'Afkeuren')]")).click();
    // a rejection without remarks: the server refuses it, at the remarks
    submit(b, "Beoordeling vastleggen");
    b.waitFor(By.cssSelector(".toeslagen-error-summary"));
    assertThat(errorAt(b, "Opmerkingen (verplicht bij afkeuren)")).isNotBlank();
    screen(b);
    within(b, review, "Opmerkingen (verplicht bij afkeuren)")
        .sendKeys("Noem in het antwoord op grond 3 het huurcontract.");
    submit(b, "Beoordeling vastleggen");
    b.waitForText(By.id("melding"), "afgekeurd");
    assertThat(b.driver().findElement(By.id("gegevens")).getText())
        .contains("Beslissing opstellen");
    screen(b);
  }

  @Test
  @Order(4)
  void theHandlerSeesTheRemarksAndRedrafts() {
    Browser b = as("behandelaar1");
    // the returned draft reached its author: a notice with a link to the case
    followNotice(b, "Teruggestuurd ter verbetering");
    WebElement draft = action(b, "Beslissing opnieuw opstellen");
    assertThat(draft.getText())
        .contains("De beoordelaar keurde het ontwerp af")
        .contains("Noem in het antwoord op grond 3 het huurcontract.");
    WebElement third = within(b, draft, "Antwoord op grond 3, met de reden");
    assertThat(third.getAttribute("value")).contains("Grond 3 is onderzocht");
    third.sendKeys(" Het huurcontract noemt dezelfde huur als wij.");
    screen(b);
    submit(b, "Ontwerpbeslissing opslaan");
    b.waitForText(By.id("melding"), "ligt nu bij Vaktechniek");
  }

  @Test
  @Order(5)
  void theReviewerApprovesAndTheDecisionLetterIsDownloaded() throws IOException {
    Browser b = as("vaktechniek1");
    openCase(b);
    b.waitForText(By.id("beslissing"), "Het huurcontract noemt dezelfde huur als wij.");
    WebElement review = action(b, "Ontwerpbeslissing beoordelen (vier ogen)");
    review.findElement(By.xpath(".//label[starts-with(normalize-space(),'Goedkeuren')]")).click();
    submit(b, "Beoordeling vastleggen");
    b.waitForText(By.id("melding"), "goedgekeurd");

    // the letter is made by the process after the approval: a person reloads the page
    WebElement letter = waitForLetter(b, "Beslissing op bezwaar");
    assertThat(b.driver().findElement(By.id("gegevens")).getText()).contains("Beslist");
    screen(b);
    letter.click();
    Path pdf =
        new WebDriverWait(b.driver(), Duration.ofSeconds(30))
            .withMessage(() -> "downloads: " + listing(b.downloads()))
            .until(d -> downloaded(b.downloads(), "beslissing-op-bezwaar").orElse(null));
    byte[] bytes = Files.readAllBytes(pdf);
    assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text).contains(caseNumber).contains("huurcontract");
    }
  }

  @Test
  @Order(6)
  void aProFormaObjectionIsRegisteredAndWithdrawnByTelephone() {
    Browser b = as("behandelaar1");
    register(b, "PF-" + reference, "Zorgtoeslag", "Voorlopige toekenning", null, 10, 1);
    assertThat(b.driver().findElement(By.id("gronden")).getText()).contains("pro forma");

    WebElement withdrawal = action(b, "Intrekking vastleggen");
    withdrawal.findElement(By.xpath(".//label[normalize-space()='Telefonisch']")).click();
    within(b, withdrawal, "Hoe en waarom ingetrokken")
        .sendKeys("Ingetrokken na uitleg over de voorlopige toekenning.");
    submit(b, "Intrekking vastleggen");
    b.waitForText(By.id("melding"), "intrekking is vastgelegd");
    b.waitForText(By.id("gegevens"), "Ingetrokken");
    assertThat(b.driver().findElement(By.tagName("main")).getText())
        .contains("Telefonisch", "Ingetrokken na uitleg");
    waitForLetter(b, "Bevestiging intrekking");
    assertThat(b.driver().findElements(By.id("acties-titel"))).hasSize(1);
    assertThat(b.driver().findElement(By.id("acties")).getText())
        .contains("geen handeling")
        .doesNotContain("Intrekking vastleggen");
    screen(b);
  }

  @Test
  @Order(7)
  void theOtherStagesRepairAnUnreachedCallNoHearingAndEveryTermChangeAreRecordedTruthfully() {
    Browser b = as("behandelaar1");
    register(
        b, "TR-" + reference, "Kinderopvangtoeslag", "Terugvordering", "Ik was niet thuis.", 10, 1);
    String number = b.driver().findElement(By.tagName("h1")).getText().replace("Bezwaar ", "");
    action(b, "Taak oppakken");
    b.driver().findElement(By.xpath("//button[normalize-space()='Taak oppakken']")).click();
    b.waitForText(By.id("melding"), "op uw naam");
    String today = LocalDate.now(ObjectionFlowIT.AMSTERDAM).toString();

    // the signature is missing: a repair request, then the repair (the decision term waits
    // meanwhile)
    WebElement admissibility = action(b, "Ontvankelijkheid beoordelen");
    admissibility.findElement(By.xpath(".//label[normalize-space()='de handtekening']")).click();
    submit(b, "Beoordeling vastleggen");
    b.waitForText(By.id("melding"), "ontvankelijkheid is vastgelegd");
    waitForLetter(b, "Verzoek om herstel");
    screen(b);
    WebElement repair = action(b, "Herstel vastleggen");
    setValue(within(b, repair, "Hersteld op"), today);
    submit(b, "Herstel vastleggen");
    b.waitForText(By.id("melding"), "herstel is vastgelegd");
    screen(b);
    // repaired: admissibility is assessed again, now with nothing missing
    action(b, "Ontvankelijkheid beoordelen");
    submit(b, "Beoordeling vastleggen");
    b.waitForText(By.id("melding"), "ontvankelijkheid is vastgelegd");

    // the call: not reached, and recorded so
    WebElement contact = action(b, "Bezwaarmaker bellen");
    contact.findElement(By.xpath(".//label[normalize-space()='Nee, niet bereikt']")).click();
    contact.findElement(By.tagName("textarea")).sendKeys("Twee keer gebeld, geen gehoor.");
    submit(b, "Contact vastleggen");
    b.waitForText(By.id("melding"), "niet bereikt");
    assertThat(b.driver().findElement(By.tagName("main")).getText())
        .contains("Nee, niet bereikt", "Twee keer gebeld, geen gehoor.");
    screen(b);

    // no hearing: the objector said they do not want one (Awb 7:3 c)
    WebElement waiver = action(b, "Niet horen (artikel 7:3 Awb)");
    new Select(within(b, waiver, "Reden om niet te horen")).selectByValue("C_AFSTAND_GEDAAN");
    within(b, waiver, "Toelichting")
        .sendKeys("Schriftelijk laten weten niet gehoord te willen worden.");
    submit(b, "Reden vastleggen");
    b.waitForText(By.id("melding"), "niet wordt gehoord");
    assertThat(b.driver().findElement(By.tagName("main")).getText())
        .contains("Schriftelijk laten weten niet gehoord te willen worden.");
    action(b, "Beslissing op bezwaar opstellen");
    screen(b);

    // the term: extended once, then postponed with consent; each moves the deadline shown
    String before = b.driver().findElement(By.id("gegevens")).getText();
    WebElement extension = action(b, "Beslistermijn verdagen (artikel 7:10 lid 3 Awb)");
    within(b, extension, "Reden van verdaging").sendKeys("Advies van de afdeling Inkomen nodig.");
    submit(b, "Verdagen");
    b.waitForText(By.id("melding"), "verdaagd");
    waitForLetter(b, "Nieuwe beslistermijn");
    String extended = b.driver().findElement(By.id("gegevens")).getText();
    assertThat(extended).isNotEqualTo(before);
    screen(b);
    WebElement postponement = action(b, "Verder uitstel met instemming (artikel 7:10 lid 4 Awb)");
    setValue(
        within(b, postponement, "Nieuwe uiterste beslisdatum"),
        LocalDate.now(ObjectionFlowIT.AMSTERDAM).plusDays(120).toString());
    within(b, postponement, "Hoe en wanneer stemde de bezwaarmaker in")
        .sendKeys("Per brief van vandaag akkoord met uitstel.");
    submit(b, "Uitstel vastleggen");
    b.waitForText(By.id("melding"), "uitstel is vastgelegd");
    assertThat(b.driver().findElement(By.tagName("main")).getText())
        .contains("Advies van de afdeling Inkomen nodig.", "Per brief van vandaag akkoord");
    screen(b);

    // before the deadline a notice of default would not count (Awb 4:17): no such form
    assertThat(
            b.driver()
                .findElements(By.xpath("//h3[normalize-space()='Ingebrekestelling registreren']")))
        .isEmpty();

    // a case registered late, its deadline passed: the objector's notice of default, once
    register(
        b, "ID-" + reference, "Huurtoeslag", "Terugvordering", "Te veel teruggevraagd.", 100, 65);
    WebElement notice = action(b, "Ingebrekestelling registreren");
    setValue(within(b, notice, "Ontvangen op"), today);
    submit(b, "Ingebrekestelling registreren");
    b.waitForText(By.id("melding"), "ingebrekestelling is geregistreerd");
    assertThat(
            b.driver()
                .findElements(By.xpath("//h3[normalize-space()='Ingebrekestelling registreren']")))
        .isEmpty();
    screen(b);
    assertThat(number).startsWith("BZ-");
  }

  @Test
  @Order(8)
  void theInspectorReadsTheDecidedCaseWithoutASingleWritingControl() {
    Browser b = as("inspectie1");
    openCase(b);
    assertThat(b.driver().findElement(By.id("beslissing")).getText())
        .contains("Ongegrond", "Het huurcontract noemt dezelfde huur als wij.");
    assertThat(b.driver().findElement(By.id("acties")).getText()).contains("geen handeling");
    assertThat(b.driver().findElements(By.cssSelector("main form, main button[type=submit]")))
        .isEmpty();
    screen(b);
  }

  // ---- helpers ------------------------------------------------------------------------------

  /**
   * Registers an objection through the intake form, on a decision of {@code decidedDaysAgo},
   * received {@code receivedDaysAgo}; without grounds (null) it is pro forma. Ends on the new case
   * page.
   */
  private static void register(
      Browser b,
      String reference,
      String benefit,
      String decisionType,
      String grounds,
      int decidedDaysAgo,
      int receivedDaysAgo) {
    b.open("app/#/bezwaren/nieuw");
    b.waitForText(By.tagName("h1"), "Nieuw bezwaar registreren");
    LocalDate today = LocalDate.now(ObjectionFlowIT.AMSTERDAM);
    field(b, "BSN van de burger").sendKeys(ObjectionFlowIT.validBsn());
    select(b, "Toeslag", benefit);
    field(b, "Kenmerk van het besluit").sendKeys(reference);
    select(b, "Soort besluit", decisionType);
    setValue(
        field(b, "Datum van het besluit (dagtekening)"),
        today.minusDays(decidedDaysAgo).toString());
    setValue(field(b, "Ontvangen op"), today.minusDays(receivedDaysAgo).toString());
    select(b, "Hoe ontvangen", "Per post");
    if (grounds != null) {
      field(b, "Gronden van het bezwaar (niet verplicht)").sendKeys(grounds);
    }
    submit(b, "Bezwaar registreren");
    b.waitForText(By.id("melding"), "geregistreerd");
  }

  /**
   * The notice of this kind about the journey's case is in the user's notifications (the header
   * counts it); its link opens the case.
   */
  private void followNotice(Browser b, String kind) {
    b.open("app/#/meldingen");
    b.waitFor(By.id("ongelezen"));
    WebElement list =
        new WebDriverWait(b.driver(), Duration.ofSeconds(30))
            .pollingEvery(Duration.ofSeconds(2))
            .until(
                d -> {
                  List<WebElement> lists = d.findElements(By.id("meldingen"));
                  if (!lists.isEmpty() && lists.get(0).getText().contains(kind)) {
                    return lists.get(0);
                  }
                  d.navigate().refresh();
                  return null;
                });
    assertThat(b.driver().findElement(By.id("meldingen-teller")).getText()).isNotBlank();
    screen(b);
    WebElement item =
        list.findElement(
            By.xpath(
                ".//li[.//strong[contains(normalize-space(), '"
                    + kind
                    + "')]][.//a[contains(normalize-space(), '"
                    + caseNumber
                    + "')]]"));
    item.findElement(By.partialLinkText(caseNumber)).click();
    b.waitForText(By.tagName("h1"), caseNumber);
  }

  // ---- helpers of the form ----------------------------------------------------------------

  /** The screen rules, and Dutch labels instead of codes. */
  private static void screen(Browser b) {
    b.assertScreenRules();
    String text = b.driver().findElement(By.tagName("body")).getText();
    for (String code : CODES) {
      assertThat(text).as("code on " + b.driver().getCurrentUrl()).doesNotContain(code);
    }
    assertThat(text).doesNotContain("onbekend (");
  }

  /** Waits for a letter in the list; the process makes some after the answer: a person reloads. */
  private static WebElement waitForLetter(Browser b, String label) {
    return new WebDriverWait(b.driver(), Duration.ofSeconds(60))
        .pollingEvery(Duration.ofSeconds(2))
        .until(
            d -> {
              List<WebElement> links = d.findElements(By.partialLinkText(label + " ("));
              if (!links.isEmpty()) {
                return links.get(0);
              }
              d.navigate().refresh();
              return null;
            });
  }

  private void openCase(Browser b) {
    b.open("app/#/bezwaren/" + caseId);
    b.waitForText(By.tagName("h1"), caseNumber);
  }

  /** The form of an action on the case page, by its heading. */
  private static WebElement action(Browser b, String title) {
    return b.waitFor(
        By.xpath(
            "//div[contains(@class,'toeslagen-action')][h3[normalize-space()='" + title + "']]"));
  }

  /** The control of a label (the first with that text on the page). */
  private static WebElement field(Browser b, String label) {
    WebElement l = b.waitFor(By.xpath("//label[normalize-space()='" + label + "']"));
    return b.driver().findElement(By.id(l.getAttribute("for")));
  }

  private static WebElement within(Browser b, WebElement scope, String label) {
    WebElement l = scope.findElement(By.xpath(".//label[normalize-space()='" + label + "']"));
    return b.driver().findElement(By.id(l.getAttribute("for")));
  }

  /** The error message shown at a field (its form field's error text). */
  private static String errorAt(Browser b, String label) {
    WebElement control = field(b, label);
    List<WebElement> messages =
        control.findElements(
            By.xpath(
                "ancestor::div[contains(concat(' ', @class, ' '), ' utrecht-form-field ')][1]"
                    + "//div[contains(@class,'utrecht-form-field-error-message')]"));
    return messages.isEmpty() ? "" : messages.get(0).getText();
  }

  private static void select(Browser b, String label, String option) {
    new Select(field(b, label)).selectByVisibleText(option);
  }

  private static void submit(Browser b, String button) {
    b.waitFor(By.xpath("//button[@type='submit'][normalize-space()='" + button + "']")).click();
  }

  private static String focused(Browser b) {
    new WebDriverWait(b.driver(), Duration.ofSeconds(5))
        .until(d -> "melding".equals(d.switchTo().activeElement().getAttribute("id")));
    return b.driver().switchTo().activeElement().getAttribute("id");
  }

  /** Sets a date or date-time input as the browser's picker would (React sees the input event). */
  private static void setValue(WebElement input, String value) {
    JavascriptExecutor js =
        (JavascriptExecutor) ((org.openqa.selenium.WrapsDriver) input).getWrappedDriver();
    js.executeScript(
        "const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;"
            + "set.call(arguments[0], arguments[1]);"
            + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
        input,
        value);
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
