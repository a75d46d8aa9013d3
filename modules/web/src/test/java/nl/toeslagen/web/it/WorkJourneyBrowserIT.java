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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The shared work screens in real Chromium, walked as people use them: the team manager searches,
 * sorts and pages the inbox of all tasks and assigns a page of them at once to a user from the
 * picker, with a reason, and the assignee finds them in "mine"; the inspector searches the audit
 * trail, verifies its chain, downloads the export and finds no control that changes anything; the
 * administrator adds a user (a refused submit first: every error at its field) who then logs in;
 * the policy catalogue filters. On every screen: no "[object" text, no axe-core violation, no
 * overflow at 320 px.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkJourneyBrowserIT {

  /** The tasks the manager's journey creates: more than one page of ten. */
  private static final int TASKS = 13;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.assembledWar();
  }

  @ArquillianResource URL base;

  private static Browser browser;

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
    browser.logout();
    return browser;
  }

  @Test
  @Order(1)
  void aScreenWithoutLoginLeadsToTheDutchLoginPageAndAWrongPasswordIsExplained() {
    Browser b = browser();
    b.open("app/#/taken");
    b.waitFor(By.id("username"));
    assertThat(b.driver().getTitle()).contains("Inloggen");
    assertThat(b.driver().findElement(By.cssSelector("label[for=username]")).getText())
        .isEqualTo("Gebruikersnaam");
    b.assertScreenRules();
    // sent empty: no browser bubble in English, the server's Dutch summary and a message per field
    b.driver().findElement(By.id("inloggen")).click();
    wait(b).until(d -> text(b, "#foutoverzicht").contains("Vul uw gebruikersnaam in."));
    assertThat(text(b, "#foutoverzicht")).contains("Vul uw wachtwoord in.");
    assertThat(b.driver().findElement(By.id("username-fout")).getText())
        .isEqualTo("Vul uw gebruikersnaam in.");
    b.assertScreenRules();
    b.driver().findElement(By.id("username")).sendKeys("behandelaar1");
    b.driver().findElement(By.id("password")).sendKeys("fout");
    b.driver().findElement(By.id("inloggen")).click();
    wait(b).until(d -> d.findElement(By.tagName("body")).getText().contains("onjuist"));
    assertThat(b.driver().findElements(By.id("username"))).hasSize(1);
    b.assertScreenRules();
  }

  @Test
  @Order(7)
  void aKeyboardUserLogsInReachesTheInboxAndSeesWhereTheFocusIs() {
    Browser b = browser();
    b.logout();
    b.open("login.html");
    b.waitFor(By.id("username"));
    // the user name has the focus; type, tab to the password, Enter sends the form
    b.driver().switchTo().activeElement().sendKeys("behandelaar1");
    b.driver().switchTo().activeElement().sendKeys(Keys.TAB);
    assertThat(b.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("password");
    b.driver().switchTo().activeElement().sendKeys("behandelaar1", Keys.ENTER);
    b.waitForText(By.id("gebruikersnaam"), "behandelaar1");
    b.waitFor(By.id("aandacht"));
    b.assertScreenRules();
    // from the top of the page: the skip link, then the menu; every stop shows its focus
    b.driver().navigate().refresh();
    b.waitFor(By.id("aandacht"));
    List<String> stops = new ArrayList<>();
    WebElement inbox = null;
    for (int i = 0; i < 30 && inbox == null; i++) {
      new org.openqa.selenium.interactions.Actions(b.driver()).sendKeys(Keys.TAB).perform();
      WebElement now = b.driver().switchTo().activeElement();
      assertFocusVisible(b);
      stops.add(now.getText().trim());
      if ("Takenlijst".equals(now.getText().trim())) {
        inbox = now;
      }
    }
    assertThat(stops).as("the Tab stops").contains("Naar de inhoud");
    assertThat(inbox).as("the menu item Takenlijst, reached by Tab: " + stops).isNotNull();
    inbox.sendKeys(Keys.ENTER);
    b.waitForText(By.tagName("h1"), "Takenlijst");
    b.assertScreenRules();
    // a page that does not exist, outside the web UI: the Dutch error page
    b.open("bestaat-niet.html");
    wait(b).until(d -> d.getTitle().startsWith("Niet gevonden"));
    assertThat(text(b, "main")).contains("Deze pagina bestaat niet");
    b.assertScreenRules();
  }

  /** The focused element is outlined at least 2 px wide in a colour other than transparent. */
  private static void assertFocusVisible(Browser b) {
    Object style =
        ((org.openqa.selenium.JavascriptExecutor) b.driver())
            .executeScript(
                "const s = getComputedStyle(document.activeElement);"
                    + "return s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor"
                    + " + ' | ' + s.boxShadow;");
    String[] parts = String.valueOf(style).split(" ");
    boolean outlined =
        !parts[0].equals("none")
            && parts[1].endsWith("px")
            && Double.parseDouble(parts[1].replace("px", "")) >= 2;
    boolean shadowed = !String.valueOf(style).endsWith("| none");
    assertThat(outlined || shadowed)
        .as("visible focus on " + b.driver().switchTo().activeElement().getTagName() + ": " + style)
        .isTrue();
  }

  @Test
  @Order(2)
  void theRootLeadsToTheStartScreenAndEachRoleSeesItsOwnNavigation() {
    Browser b = browser();
    b.login("teamleider1");
    b.open("");
    b.waitForText(By.id("gebruikersnaam"), "teamleider1");
    assertThat(b.driver().getCurrentUrl()).contains("/app/");
    b.waitFor(By.id("aandacht"));
    assertThat(text(b, "#aandacht"))
        .containsPattern("open ta(ak|ken) in totaal")
        .doesNotContain("onbekend");
    b.assertScreenRules();
    Screenshots.save(b, "start");

    assertThat(menuOf("behandelaar1"))
        .contains("Takenlijst", "Bezwaren", "Nieuw bezwaar", "Hardheidsverzoeken")
        .doesNotContain("Audittrail");
    assertThat(menuOf("vaktechniek1"))
        .contains("Takenlijst", "Intensief toezicht")
        .doesNotContain("Gebruikers");
    assertThat(menuOf("toezicht2")).contains("Intensief toezicht").doesNotContain("Bezwaren");
    assertThat(menuOf("privacy1"))
        .contains(
            "Regelcatalogus", "Audittrail", "Takenlijst", "Selectieregels", "Kenmerkencatalogus")
        .doesNotContain("Bezwaren", "Gebruikers", "Hardheidsverzoeken");
    assertThat(menuOf("teamleider2"))
        .contains("Termijnen bewaken", "Takenlijst", "Hardheidsverzoeken");
    assertThat(menuOf("inspectie1"))
        .contains("Audittrail")
        .doesNotContain("Takenlijst", "Nieuw bezwaar");
    assertThat(menuOf("beheer1")).contains("Gebruikers", "Audittrail");
  }

  private List<String> menuOf(String user) {
    Browser b = browser();
    b.login(user);
    b.waitFor(By.cssSelector("nav.utrecht-nav-bar a"));
    List<String> items =
        b.driver().findElements(By.cssSelector("nav.utrecht-nav-bar a")).stream()
            .map(WebElement::getText)
            .toList();
    // every item opens a screen of the web UI, without leaving it
    assertThat(b.driver().findElements(By.cssSelector("nav.utrecht-nav-bar a")))
        .allSatisfy(a -> assertThat(a.getAttribute("href")).contains("/app/#/"));
    return items;
  }

  @Test
  @Order(3)
  void theManagerSearchesSortsPagesAndBulkAssignsTasksThatTheAssigneeThenFinds() {
    // one citizen's objections: other tests' cases share the database, a search by BSN shows
    // exactly these
    String bsn = ObjectionFlowIT.validBsn();
    List<String> caseNumbers = openObjections(bsn, TASKS);
    Browser b = browser();
    b.login("teamleider1");
    b.open("app/#/taken?scope=all");
    b.waitFor(By.cssSelector("#taken tr"));
    assertThat(b.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Takenlijst");
    search(b, bsn);
    wait(b).until(d -> pagination(b).startsWith(TASKS + " taken"));
    assertThat(pagination(b)).contains("pagina 1 van 2");
    assertThat(rows(b)).hasSize(10);
    // Dutch labels, working days, an action named with its case
    String table = text(b, "#taken");
    assertThat(table).contains("huurtoeslag").doesNotContain("HUURTOESLAG", "onbekend", "Task");
    assertThat(column(b, 6))
        .allSatisfy(
            t -> assertThat(t).matches("nog \\d+ werkdag(en)?|vandaag|\\d+ werkdag(en)? te laat"));
    WebElement open = rows(b).get(0).findElement(By.linkText("Openen"));
    assertThat(open.getAttribute("aria-label")).startsWith("Openen BZ-");
    b.assertScreenRules();
    assertNoOverflowAt(b, 400);
    Screenshots.save(b, "takenlijst");

    // search by case number
    String wanted = caseNumbers.get(4);
    search(b, wanted);
    wait(b).until(d -> rows(b).size() == 1);
    assertThat(text(b, "#taken")).contains(wanted);
    // the search is kept while working: away and back, it is still there
    b.open("app/#/");
    b.waitFor(By.id("aandacht"));
    b.assertScreenRules();
    b.open("app/#/taken?scope=all");
    wait(b).until(d -> rows(b).size() == 1 && text(b, "#taken").contains(wanted));
    assertThat(b.driver().findElement(By.name("q")).getAttribute("value")).isEqualTo(wanted);
    search(b, bsn);
    wait(b).until(d -> rows(b).size() == 10);

    // sort by case number, both ways (the legal deadline is the default)
    assertThat(header(b, "Wettelijke termijn").getAttribute("aria-sort")).isEqualTo("ascending");
    header(b, "Zaak").findElement(By.tagName("button")).click();
    wait(b).until(d -> "ascending".equals(header(b, "Zaak").getAttribute("aria-sort")));
    wait(b).until(d -> isSorted(column(b, 1), false));
    header(b, "Zaak").findElement(By.tagName("button")).click();
    wait(b).until(d -> "descending".equals(header(b, "Zaak").getAttribute("aria-sort")));
    wait(b).until(d -> isSorted(column(b, 1), true));
    String newest = caseNumbers.stream().max(String::compareTo).orElseThrow();
    assertThat(column(b, 1).get(0)).startsWith(newest);

    // page
    button(b, "Volgende").click();
    wait(b).until(d -> pagination(b).contains("pagina 2 van 2"));
    assertThat(rows(b)).hasSize(TASKS - 10);
    button(b, "Vorige").click();
    wait(b).until(d -> pagination(b).contains("pagina 1 van 2"));

    // a submit without a user or a reason: both errors at their fields
    b.driver().findElement(By.id("alles-selecteren")).click();
    b.waitForText(By.id("selectie"), "10 taken geselecteerd");
    assertThat(
            b.driver().findElements(By.cssSelector("input.toeslagen-select-task")).stream()
                .allMatch(WebElement::isSelected))
        .isTrue();
    button(b, "Toewijzen").click();
    WebElement summary = b.waitFor(By.cssSelector(".toeslagen-error-summary"));
    assertThat(summary.getText()).contains("problemen");
    assertThat(fieldError(b, "assignee")).isNotBlank();
    assertThat(fieldError(b, "reason")).isNotBlank();
    b.assertScreenRules();

    // the picker offers who may take the selected tasks
    Select picker = new Select(b.driver().findElement(By.name("assignee")));
    wait(b).until(d -> picker.getOptions().size() > 1);
    assertThat(picker.getOptions())
        .extracting(WebElement::getText)
        .anyMatch(t -> t.contains("behandelaar2"));
    picker.selectByValue("behandelaar2");
    b.driver().findElement(By.name("reason")).sendKeys("Verdeling na ziekte van een collega");
    Screenshots.save(b, "toewijzen");
    button(b, "Toewijzen").click();
    b.waitForText(
        By.cssSelector(".toeslagen-assign .toeslagen-confirmation"),
        "10 taken toegewezen aan behandelaar2");
    wait(b).until(d -> column(b, 7).stream().filter("behandelaar2"::equals).count() >= 1);
    b.assertScreenRules();

    // the deadline page: working days and Dutch labels
    b.open("app/#/termijnen");
    b.waitFor(By.cssSelector("#open-bezwaren tr"));
    assertThat(text(b, "#open-bezwaren"))
        .contains("huurtoeslag", "werkdagen")
        .doesNotContain("HUURTOESLAG");
    assertThat(text(b, "main")).contains("Open bezwaren", "Over de termijn");
    int openCases = dataValue(b, "Open bezwaren");
    assertThat(
            dataValue(b, "Over de termijn")
                + dataValue(b, "Binnen 10 werkdagen")
                + dataValue(b, "Op schema"))
        .isEqualTo(openCases);
    assertThat(openCases).isGreaterThanOrEqualTo(TASKS);
    // one page of 50, and the pages say how many there are
    assertThat(b.driver().findElements(By.cssSelector("#open-bezwaren tr")))
        .hasSize(Math.min(openCases, 50));
    assertThat(text(b, "main")).contains(openCases + " bezwaren");
    // the stuck fraud-review signals (four eyes nobody can give) are on the same page, in Dutch
    b.waitForText(By.id("vastgelopen-titel"), "Vastgelopen signalen");
    wait(b)
        .until(
            d ->
                text(b, "main").contains("Geen vastgelopen signalen")
                    || text(b, "main").contains("Waarom vastgelopen"));
    b.assertScreenRules();
    Screenshots.save(b, "termijnen");

    // the assignee sees them in "mine", and is told in the header
    b.logout();
    b.login("behandelaar2");
    b.open("app/#/taken?scope=mine");
    b.waitFor(By.cssSelector("#taken tr"));
    // a new user in the same tab starts without the manager's search
    assertThat(b.driver().findElement(By.name("q")).getAttribute("value")).isEmpty();
    search(b, bsn);
    wait(b).until(d -> pagination(b).startsWith("10 taken"));
    assertThat(column(b, 7)).containsOnly("behandelaar2");
    assertThat(text(b, "#taken"))
        .contains(caseNumbers.stream().max(String::compareTo).orElseThrow().substring(0, 8));
    b.assertScreenRules();
    WebElement count = b.waitFor(By.id("meldingen-teller"));
    wait(b).until(d -> unread(b) >= 1);
    count.click();
    b.waitFor(By.id("meldingen"));
    assertThat(text(b, "#meldingen")).contains("Naar");
    b.assertScreenRules();
    Screenshots.save(b, "meldingen");
    button(b, "Alles als gelezen markeren").click();
    b.waitForText(By.id("ongelezen"), "geen ongelezen");
    wait(b).until(d -> unread(b) == 0);
  }

  @Test
  @Order(4)
  void theInspectorSearchesVerifiesAndExportsTheTrailAndFindsNoControlThatChangesAnything() {
    Browser b = browser();
    b.login("inspectie1");
    b.open("app/#/audit");
    b.waitFor(By.id("controleer"));
    b.assertScreenRules();
    // search: who assigned what
    b.driver().findElement(By.name("actor")).sendKeys("teamleider1");
    button(b, "Zoeken").click();
    b.waitFor(By.cssSelector("#regels tr"));
    assertThat(column(b, "#regels", 3)).containsOnly("teamleider1");
    assertThat(text(b, "#regels")).contains("Gelukt").doesNotContain("SUCCESS");
    assertThat(text(b, "main")).contains("regels gevonden");
    b.waitFor(By.id("controleer")).click();
    b.waitForText(By.id("integriteit"), "intact");
    // the manager's assignments, with their reason
    // the action is chosen by its Dutch name, not typed as a code
    Select action = new Select(b.driver().findElement(By.name("action")));
    assertThat(action.getOptions())
        .extracting(WebElement::getText)
        .contains("Taak overgedragen aan een collega");
    action.selectByVisibleText("Taak overgedragen aan een collega");
    button(b, "Zoeken").click();
    b.waitForText(By.id("regels"), "Verdeling na ziekte van een collega");
    assertThat(column(b, "#regels", 5)).allSatisfy(t -> assertThat(t).startsWith("Taak"));
    assertThat(b.driver().findElements(By.cssSelector("#regels tr")))
        .hasSizeGreaterThanOrEqualTo(10);
    b.assertScreenRules();
    Screenshots.save(b, "audittrail");
    b.waitFor(By.id("exporteren")).click();
    Path csv = awaitDownload(b, ".csv");
    String export = read(csv);
    assertThat(export.lines().count()).isGreaterThan(1);
    assertThat(export).contains("teamleider1", "Verdeling na ziekte van een collega");

    // nothing that writes, anywhere the inspector can go
    for (String screen :
        List.of(
            "app/#/",
            "app/#/audit",
            "app/#/regels",
            "app/#/gebruikers",
            "app/#/termijnen",
            "app/#/taken")) {
      b.open(screen);
      b.waitFor(By.tagName("h1"));
      wait(b).until(d -> !text(b, "main").contains("Even geduld"));
      assertThat(b.driver().findElements(By.name("assignee"))).as(screen).isEmpty();
      assertThat(b.driver().findElements(By.name("password"))).as(screen).isEmpty();
      assertThat(
              b.driver().findElements(By.cssSelector("button")).stream().map(WebElement::getText))
          .as(screen)
          .noneMatch(
              t ->
                  Stream.of(
                          "Toewijzen", "Gebruiker toevoegen", "Oppakken", "Registreren", "Opslaan")
                      .anyMatch(t::contains));
      assertThat(text(b, "nav.utrecht-nav-bar")).doesNotContain("Nieuw bezwaar");
      b.assertScreenRules();
    }
  }

  @Test
  @Order(5)
  void theAdministratorAddsAUserWhoThenLogsIn() {
    Browser b = browser();
    b.login("beheer1");
    b.open("app/#/gebruikers");
    b.waitFor(By.cssSelector("#gebruikers tr"));
    assertThat(text(b, "#gebruikers"))
        .contains("Behandelaar", "Inspectie")
        .doesNotContain("BEHANDELAAR");
    b.assertScreenRules();
    Screenshots.save(b, "gebruikers");

    button(b, "Gebruiker toevoegen").click();
    WebElement summary = b.waitFor(By.cssSelector(".toeslagen-error-summary"));
    wait(b).until(d -> summary.equals(d.switchTo().activeElement()));
    for (String field : List.of("userName", "displayName", "password", "roles")) {
      assertThat(fieldError(b, field)).as(field).isNotBlank();
    }
    assertThat(summary.findElements(By.cssSelector("a"))).hasSizeGreaterThanOrEqualTo(4);
    b.assertScreenRules();

    String user = "collega.nieuw." + (1000 + ThreadLocalRandom.current().nextInt(9000));
    b.driver().findElement(By.name("userName")).sendKeys(user);
    b.driver().findElement(By.name("displayName")).sendKeys("Nieuwe Collega");
    // the demo convention of Browser.login: the password is the user name (at least 12 characters)
    b.driver().findElement(By.name("password")).sendKeys(user);
    b.driver().findElement(By.xpath("//label[normalize-space()='Behandelaar']")).click();
    button(b, "Gebruiker toevoegen").click();
    b.waitForText(By.cssSelector(".toeslagen-confirmation"), "is toegevoegd");
    wait(b).until(d -> text(b, "#gebruikers").contains(user));
    b.assertScreenRules();

    b.logout();
    b.login(user);
    assertThat(text(b, "header")).contains(user, "Behandelaar");
    assertThat(text(b, "nav.utrecht-nav-bar")).contains("Takenlijst");
    b.assertScreenRules();
  }

  @Test
  @Order(6)
  void theInspectorFiltersThePolicyCatalogue() {
    Browser b = browser();
    b.login("inspectie1");
    b.open("app/#/regels");
    b.waitForText(By.id("regelrijen"), "TaskOwnershipPolicy");
    int all = b.driver().findElements(By.cssSelector("#regelrijen tr")).size();
    // the part of the system is named in Dutch, not as a module code
    assertThat(text(b, "#regelrijen"))
        .contains("Bezwaar", "Intensief toezicht")
        .doesNotContain("fraud-review");
    assertThat(all).isGreaterThanOrEqualTo(8);
    assertThat(text(b, "#aantal")).isEqualTo(all + " regels.");
    b.assertScreenRules();
    Screenshots.save(b, "regelcatalogus");
    b.driver().findElement(By.id("filter")).sendKeys("TaskOwnership");
    b.waitForText(By.id("aantal"), "1 van de " + all + " regels.");
    List<WebElement> rows = b.driver().findElements(By.cssSelector("#regelrijen tr"));
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).getText()).contains("TaskOwnershipPolicy", "Taken");
    b.assertScreenRules();
  }

  // ------------------------------------------------------------------------------ helpers

  /**
   * Objections received through the API (the case worker's intake is not this journey), with their
   * first task open.
   */
  private List<String> openObjections(String bsn, int n) {
    ApiClient worker = ApiClient.as(base, "behandelaar1");
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ApiClient.Reply created =
          worker.post(
              "api/objections", ObjectionFlowIT.intake(bsn, LocalDate.now().minusDays(20 + i), 1));
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      numbers.add(created.json().getString("caseNumber"));
    }
    ApiClient manager = ApiClient.as(base, "teamleider1");
    ApiClient.await(
        () -> manager.get("api/tasks?scope=all&q=" + bsn),
        r -> r.status() == 200 && r.json().getJsonNumber("total").intValue() >= n,
        Duration.ofSeconds(30));
    return numbers;
  }

  private static int unread(Browser b) {
    List<WebElement> counts =
        b.driver().findElements(By.cssSelector("#meldingen-teller .toeslagen-badge"));
    return counts.isEmpty() ? -1 : Integer.parseInt(counts.get(0).getText().trim());
  }

  /** The number a data list shows for {@code key}. */
  private static int dataValue(Browser b, String key) {
    return b.driver().findElements(By.cssSelector(".utrecht-data-list__item")).stream()
        .filter(i -> i.findElement(By.tagName("dt")).getText().trim().equals(key))
        .map(i -> Integer.parseInt(i.findElement(By.tagName("dd")).getText().trim()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + key));
  }

  private static WebDriverWait wait(Browser b) {
    // a table the UI re-renders while the condition reads it: read it again
    return (WebDriverWait)
        new WebDriverWait(b.driver(), Duration.ofSeconds(20))
            .ignoring(StaleElementReferenceException.class);
  }

  private static String text(Browser b, String css) {
    return b.driver().findElement(By.cssSelector(css)).getText();
  }

  private static String pagination(Browser b) {
    return text(b, ".toeslagen-pagination");
  }

  private static List<WebElement> rows(Browser b) {
    return b.driver().findElements(By.cssSelector("#taken tr"));
  }

  /**
   * The texts of column {@code index} (1-based, after the selection column if any) of the inbox.
   */
  private static List<String> column(Browser b, int index) {
    boolean selectable = !b.driver().findElements(By.id("alles-selecteren")).isEmpty();
    return column(b, "#taken", index + (selectable ? 1 : 0));
  }

  private static List<String> column(Browser b, String body, int index) {
    return b
        .driver()
        .findElements(By.cssSelector(body + " tr td:nth-child(" + index + ")"))
        .stream()
        .map(e -> e.getText().split("\n")[0].trim())
        .toList();
  }

  private static boolean isSorted(List<String> values, boolean descending) {
    for (int i = 1; i < values.size(); i++) {
      int c = values.get(i - 1).compareTo(values.get(i));
      if (descending ? c < 0 : c > 0) {
        return false;
      }
    }
    return !values.isEmpty();
  }

  private static WebElement header(Browser b, String label) {
    return b.driver().findElements(By.cssSelector("thead th")).stream()
        .filter(th -> th.getText().startsWith(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no column " + label));
  }

  private static WebElement button(Browser b, String label) {
    return wait(b)
        .until(
            d ->
                d.findElements(By.tagName("button")).stream()
                    .filter(e -> e.isDisplayed() && e.getText().trim().equals(label))
                    .findFirst()
                    .orElse(null));
  }

  private static void search(Browser b, String q) {
    WebElement box = b.driver().findElement(By.name("q"));
    Browser.retype(box, q);
    button(b, "Zoeken").click();
  }

  /** The error message shown at the form field named {@code name}. */
  private static String fieldError(Browser b, String name) {
    WebElement input = b.driver().findElements(By.name(name)).get(0);
    WebElement field =
        input.findElement(
            By.xpath(
                "ancestor::*[contains(@class,'utrecht-form-field--invalid')"
                    + " or contains(@class,'utrecht-form-fieldset--invalid')][1]"));
    return field.findElement(By.cssSelector(".utrecht-form-field-error-message")).getText();
  }

  private static void assertNoOverflowAt(Browser b, int width) {
    ChromeDriver chrome = (ChromeDriver) b.driver();
    chrome.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", false));
    try {
      Object overflow =
          ((JavascriptExecutor) chrome)
              .executeScript(
                  "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertThat(((Number) overflow).intValue())
          .as("overflow at " + width + " px")
          .isLessThanOrEqualTo(0);
    } finally {
      chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  private static Path awaitDownload(Browser b, String suffix) {
    return ApiClient.await(
        () -> {
          try (Stream<Path> files = Files.list(b.downloads())) {
            return files
                .filter(p -> p.getFileName().toString().endsWith(suffix))
                .filter(p -> p.toFile().length() > 0)
                .findFirst()
                .orElse(null);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        p -> p != null,
        Duration.ofSeconds(20));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
