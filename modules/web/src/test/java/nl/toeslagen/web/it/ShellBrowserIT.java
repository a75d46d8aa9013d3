package nl.toeslagen.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The UI shell in real Chromium: login page, navigation per role, task inbox, audit page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShellBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.assembledWar();
  }

  @ArquillianResource URL base;

  /**
   * Started in the first test, when the deployment's URL is known; shared by the tests of this
   * class.
   */
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
  void aPageWithoutLoginLeadsToTheDutchLoginPage() {
    Browser b = browser();
    b.open("taken.html");
    b.waitFor(By.id("username"));
    assertThat(b.driver().getTitle()).contains("Inloggen");
    assertThat(b.driver().findElement(By.cssSelector("label[for=username]")).getText())
        .isEqualTo("Gebruikersnaam");
  }

  @Test
  void aWrongPasswordShowsAClearMessage() {
    Browser b = browser();
    b.open("login.html");
    b.driver().findElement(By.id("username")).sendKeys("behandelaar1");
    b.driver().findElement(By.id("password")).sendKeys("fout");
    b.driver().findElement(By.id("inloggen")).click();
    assertThat(b.waitFor(By.cssSelector(".melding.fout")).getText()).contains("onjuist");
  }

  @Test
  void eachRoleSeesItsOwnNavigation() {
    assertThat(menuOf("behandelaar1"))
        .contains("Takenlijst", "Bezwaren", "Nieuw bezwaar")
        .doesNotContain("Audittrail");
    assertThat(menuOf("vaktechniek1"))
        .contains("Takenlijst", "Intensief toezicht")
        .doesNotContain("Gebruikers");
    assertThat(menuOf("toezicht2")).contains("Intensief toezicht").doesNotContain("Bezwaren");
    assertThat(menuOf("privacy1"))
        .contains("Regelcatalogus", "Audittrail")
        .doesNotContain("Takenlijst", "Selectieregels");
    assertThat(menuOf("teamleider2")).contains("Termijnen bewaken", "Takenlijst");
    assertThat(menuOf("inspectie1"))
        .contains("Audittrail")
        .doesNotContain("Takenlijst", "Nieuw bezwaar");
    assertThat(menuOf("beheer1")).contains("Gebruikers", "Audittrail");
  }

  private List<String> menuOf(String user) {
    Browser b = browser();
    b.login(user);
    b.waitForText(By.id("welkom"), user);
    return b.driver().findElements(By.cssSelector("nav.menu a")).stream()
        .map(WebElement::getText)
        .toList();
  }

  @Test
  void theTaskInboxShowsItsFiltersAndAnEmptyListForANewHandler() {
    Browser b = browser();
    b.login("behandelaar2");
    b.open("taken.html");
    b.waitFor(By.id("scope"));
    b.waitFor(By.cssSelector("#taken tr"));
    assertThat(b.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Takenlijst");
    assertThat(b.driver().findElement(By.id("taken")).getText()).isNotBlank();
  }

  @Test
  void theInspectorVerifiesTheAuditChainFromTheAuditPage() {
    Browser b = browser();
    b.login("inspectie2");
    b.open("audit.html");
    b.waitFor(By.id("controleer")).click();
    b.waitForText(By.id("integriteit"), "intact");
    assertThat(b.driver().findElement(By.id("regels")).findElements(By.tagName("tr"))).isNotEmpty();
  }

  @Test
  void theInspectorReadsAndFiltersThePolicyCatalogue() {
    Browser b = browser();
    b.login("inspectie1");
    b.open("beleidsregels.html");
    b.waitForText(By.id("regelrijen"), "TaskOwnershipPolicy");
    int all = b.driver().findElements(By.cssSelector("#regelrijen tr")).size();
    // the part of the system is named in Dutch, not as a module code
    assertThat(b.driver().findElement(By.id("regelrijen")).getText())
        .contains("Bezwaar", "Intensief toezicht")
        .doesNotContain("fraud-review");
    assertThat(all).isGreaterThanOrEqualTo(8);
    assertThat(b.driver().findElement(By.id("aantal")).getText()).isEqualTo(all + " regels.");
    b.driver().findElement(By.id("filter")).sendKeys("TaskOwnership");
    b.waitForText(By.id("aantal"), "1 van de " + all + " regels.");
    List<WebElement> rows = b.driver().findElements(By.cssSelector("#regelrijen tr"));
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).getText()).contains("TaskOwnershipPolicy", "Taken");
  }
}
