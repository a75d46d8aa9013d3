package nl.toeslagen.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The four-eyes approval screen in real Chromium: one supervision officer registers a signal and
 * proposes its relevance, sees that they cannot approve it themselves, and a colleague finds it in
 * the work list and approves it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FraudReviewBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.assembledWar();
  }

  @ArquillianResource URL base;

  @Test
  void aSecondSupervisionOfficerApprovesWhatTheFirstProposedAndTheFirstCannot() {
    String bsn = FraudReviewIT.newBsn();
    String signalPage;
    try (Browser b = new Browser(base)) {
      // toezicht1 registers a signal on the work list page ...
      b.login("toezicht1");
      b.open("toezicht/index.html");
      b.waitFor(By.id("registreren"));
      b.driver().findElement(By.id("bsn")).sendKeys(bsn);
      new Select(b.driver().findElement(By.id("benefitType"))).selectByVisibleText("Zorgtoeslag");
      new Select(b.driver().findElement(By.id("source"))).selectByVisibleText("Steekproef");
      b.driver()
          .findElement(By.id("description"))
          .sendKeys("Steekproef: opgegeven inkomen wijkt af van de loongegevens");
      b.driver().findElement(By.id("legalBasis")).sendKeys("Awir art. 40");
      // the date field's typing format depends on the browser's locale; set its ISO value
      ((JavascriptExecutor) b.driver())
          .executeScript(
              "document.getElementById('retentionDate').value = arguments[0]",
              LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusYears(2).toString());
      b.driver().findElement(By.cssSelector("#registreren button[type=submit]")).click();

      // ... lands on the case page and proposes the relevance determination ...
      b.waitFor(By.id("vaststellen"));
      signalPage = b.driver().getCurrentUrl();
      assertThat(signalPage).contains("/toezicht/signaal.html?id=");
      b.waitForText(By.id("gegevens"), bsn);
      new Select(b.driver().findElement(By.id("conclusion"))).selectByValue("RELEVANT");
      new Select(b.driver().findElement(By.id("priority"))).selectByVisibleText("Hoog");
      b.driver()
          .findElement(By.id("reasons"))
          .sendKeys("Afwijking van meer dan 20% over twee jaar; controleerbaar");
      b.driver().findElement(By.cssSelector("#vaststellen button[type=submit]")).click();
      b.waitForText(By.id("melding"), "tweede beoordelaar");

      // ... sees who may approve it, thinks better of it and withdraws it with a reason ...
      b.waitForText(By.id("vierOgen"), "Wie mag goedkeuren");
      assertThat(b.driver().findElement(By.id("vierOgen")).getText())
          .contains("toezicht2")
          .doesNotContain("toezicht1,");
      b.driver().findElement(By.id("intrekReden")).sendKeys("Prioriteit verkeerd gekozen");
      b.driver()
          .findElement(By.xpath("//button[normalize-space()='Vaststelling intrekken']"))
          .click();
      b.waitForText(By.id("vaststellingen"), "Ingetrokken");
      assertThat(b.driver().findElement(By.id("vaststellingen")).getText())
          .contains("Ingetrokken door", "Reden van intrekken", "Prioriteit verkeerd gekozen")
          .doesNotContain("Beoordeeld door")
          .doesNotContain("undefined")
          .doesNotContain("WITHDRAWN");

      // ... and proposes it again, which a second officer must approve
      b.waitFor(By.id("vaststellen"));
      new Select(b.driver().findElement(By.id("conclusion"))).selectByValue("RELEVANT");
      new Select(b.driver().findElement(By.id("priority"))).selectByVisibleText("Hoog");
      b.driver()
          .findElement(By.id("reasons"))
          .sendKeys("Afwijking van meer dan 20% over twee jaar; controleerbaar");
      b.driver().findElement(By.cssSelector("#vaststellen button[type=submit]")).click();
      b.waitForText(By.id("melding"), "tweede beoordelaar");

      // ... and sees, in Dutch, that they cannot approve it themselves
      WebElement own =
          new WebDriverWait(b.driver(), Duration.ofSeconds(20))
              .until(
                  d ->
                      d.findElements(By.cssSelector("#vaststellingen article")).stream()
                          .filter(a -> a.getText().contains("Wacht op goedkeuring"))
                          .findFirst()
                          .orElse(null));
      assertThat(own.getText()).contains("Wacht op goedkeuring", "Opgesteld door", "toezicht1");
      assertThat(b.waitFor(By.cssSelector("#vaststellingen .niet-beoordelen")).getText())
          .contains("U kunt uw eigen vaststelling niet goedkeuren")
          .contains("tweede persoon");
      assertThat(b.driver().findElements(By.cssSelector("#vaststellingen form.beoordelen")))
          .isEmpty();
      assertThat(b.driver().findElement(By.id("nieuw")).isDisplayed())
          .as("no second determination while one waits")
          .isFalse();

      // toezicht2 finds it in the work list under "waiting for me" and opens the approval screen
      b.logout();
      b.login("toezicht2");
      b.open("toezicht/index.html");
      b.waitFor(By.cssSelector("#signalen tr"));
      b.driver().findElement(By.id("wachtOpMij")).click();
      String masked = "*****" + bsn.substring(5);
      WebElement row =
          new WebDriverWait(b.driver(), Duration.ofSeconds(20))
              .until(
                  d ->
                      d.findElements(By.cssSelector("#signalen tr")).stream()
                          .filter(r -> r.getText().contains(masked))
                          .findFirst()
                          .orElse(null));
      assertThat(row.getText()).contains("Wacht op goedkeuring", "wacht op u");
      row.findElement(By.linkText("Open")).click();

      WebElement form = b.waitFor(By.cssSelector("#vaststellingen form.beoordelen"));
      // the process diagram shows where the signal waits: the four-eyes approval of relevance
      assertThat(b.waitFor(By.cssSelector("#diagram svg")).getAttribute("aria-label"))
          .contains("Relevantie goedkeuren");
      form.findElement(By.tagName("textarea"))
          .sendKeys("Eens: de afwijking is groot genoeg voor onderzoek");
      form.findElement(By.xpath(".//button[normalize-space()='Goedkeuren']")).click();
      b.waitForText(By.id("melding"), "Goedgekeurd");
      b.waitForText(By.id("vaststellingen"), "Beoordeeld door");
      String approved = b.driver().findElement(By.id("vaststellingen")).getText();
      assertThat(approved)
          .contains(
              "Goedgekeurd", "toezicht2", "Eens: de afwijking is groot genoeg voor onderzoek");
      b.waitForText(By.id("gegevens"), "Rechtmatigheid");
      new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), java.time.Duration.ofSeconds(20))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(
              d ->
                  d.findElement(By.cssSelector("#diagram svg"))
                      .getAttribute("aria-label")
                      .contains("Rechtmatigheidsonderzoek"));
    }
  }
}
