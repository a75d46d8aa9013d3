package nl.toeslagen.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonString;
import java.net.URL;
import java.time.LocalDate;
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
import org.openqa.selenium.JavascriptExecutor;

/**
 * The new UI foundation (ui/, served under /app/, ADR 0020) in real Chromium: after the form login
 * it shows the logged-in user from GET /api/me, draws an objection's process with bpmn-js with the
 * current step highlighted and readable, and shows Dutch error pages; on every screen no text
 * contains "[object", axe-core (from ui/node_modules) finds no violation and nothing overflows at
 * 320 px.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UiFoundationBrowserIT {

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
  void theStartScreenShowsTheLoggedInUserAndTheirRolesInTheNlDesignSystemLayout() {
    Browser b = browser();
    b.login("behandelaar1");
    b.open("app/");
    b.waitForText(By.id("gebruikersnaam"), "behandelaar1");
    assertThat(b.driver().findElement(By.tagName("h1")).getText())
        .isEqualTo("Welkom, behandelaar1");
    assertThat(b.driver().findElement(By.cssSelector("header.utrecht-page-header")).getText())
        .contains("Dienst Toeslagen", "Behandelaar");
    assertThat(b.driver().findElements(By.cssSelector("nav.utrecht-nav-bar a")))
        .extracting(e -> e.getText())
        .contains("Takenlijst");
    assertThat(b.driver().findElement(By.cssSelector("footer.utrecht-page-footer")).getText())
        .contains("Uitloggen");
    assertThat(b.driver().getTitle()).contains("Dienst Toeslagen");
    assertEveryScreenRule(b);
  }

  @Test
  void theProcessOfAnObjectionIsDrawnByBpmnJsWithTheCurrentStepHighlightedAndReadable() {
    String id =
        ApiClient.as(base, "behandelaar1")
            .post(
                "api/objections",
                ObjectionFlowIT.intake(
                    ObjectionFlowIT.validBsn(), LocalDate.now().minusDays(20), 1))
            .json()
            .getString("id");
    List<String> active =
        ApiClient.as(base, "behandelaar1")
            .get("api/objections/" + id + "/diagram")
            .json()
            .getJsonArray("activeActivityIds")
            .getValuesAs(JsonString.class)
            .stream()
            .map(JsonString::getString)
            .toList();
    assertThat(active).isNotEmpty();

    Browser b = browser();
    b.login("behandelaar1");
    b.open("app/#/bezwaren/" + id + "/proces");
    b.waitFor(By.cssSelector(".toeslagen-diagram__canvas svg"));
    b.waitForText(By.id("huidige-stap"), "Huidige stap:");
    assertThat(b.driver().findElement(By.tagName("h1")).getText()).contains(id);
    for (String step : active) {
      assertThat(
              b.driver()
                  .findElements(
                      By.cssSelector(
                          "g.djs-element.toeslagen-actief[data-element-id='" + step + "']")))
          .as("highlighted step " + step)
          .hasSize(1);
    }
    assertThat(b.driver().findElement(By.id("huidige-stap")).getText())
        .doesNotContain(active.get(0));
    // every label as drawn on the screen (font size times the zoom of the canvas)
    List<?> sizes =
        (List<?>)
            js(b)
                .executeScript(
                    "return [...document.querySelectorAll('.toeslagen-diagram__canvas svg text')]"
                        + ".filter(t => t.textContent.trim() !== '')"
                        + ".map(t => parseFloat(getComputedStyle(t).fontSize)"
                        + " * t.getScreenCTM().a);");
    assertThat(sizes).isNotEmpty();
    assertThat(sizes.stream().mapToDouble(s -> ((Number) s).doubleValue()).min().orElseThrow())
        .as("smallest label in px")
        .isGreaterThanOrEqualTo(11.0);
    assertEveryScreenRule(b);
  }

  @Test
  void anUnknownObjectionAndAnUnknownScreenShowTheDutchNotFoundPage() {
    Browser b = browser();
    b.login("behandelaar2");
    b.open("app/#/bezwaren/00000000-0000-0000-0000-000000000000/proces");
    b.waitForText(By.id("fout-titel"), "Niet gevonden");
    assertEveryScreenRule(b);
    b.open("app/#/bestaat-niet");
    b.waitForText(By.id("fout-titel"), "Niet gevonden");
    assertThat(b.driver().findElement(By.tagName("main")).getText()).contains("startpagina");
  }

  @Test
  void aRoleTheApiRefusesSeesTheDutchNoAccessPage() {
    Browser b = browser();
    b.login("privacy1");
    b.open("app/#/bezwaren/00000000-0000-0000-0000-000000000000/proces");
    b.waitForText(By.id("fout-titel"), "Geen toegang");
    assertEveryScreenRule(b);
  }

  private static void assertEveryScreenRule(Browser b) {
    b.assertScreenRules();
  }

  private static JavascriptExecutor js(Browser b) {
    return (JavascriptExecutor) b.driver();
  }
}
