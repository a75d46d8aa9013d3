package nl.toeslagen.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The login page with its error summary, rendered from the real {@code login.html}. */
class LoginPageTest {

  private static String loginHtml() throws IOException {
    return Files.readString(Path.of("src/main/webapp/login.html"), StandardCharsets.UTF_8);
  }

  @Test
  void theSummaryTopsTheFormWithALinkToTheFieldAndTheTitleSaysFout() throws IOException {
    String page = loginHtml();
    assertThat(page).contains(LoginPage.SUMMARY_MARK).contains(" autofocus");
    String html =
        LoginPage.render(
            page, List.of(new LoginPage.Error(LoginPage.WRONG, LoginPage.USER_FIELD)), "jan");
    assertThat(html)
        .contains("<title>Fout: Inloggen — Dienst Toeslagen</title>")
        .contains("id=\"foutoverzicht\" class=\"melding fout foutoverzicht\" tabindex=\"-1\"")
        .contains("<h2 id=\"foutoverzicht-titel\">Inloggen is niet gelukt</h2>")
        .contains(
            "<a href=\"#username\" data-veld=\"username\">De gebruikersnaam of het wachtwoord is"
                + " onjuist.</a>")
        .contains("name=\"username\" value=\"jan\"")
        .doesNotContain(" autofocus")
        .doesNotContain(LoginPage.SUMMARY_MARK);
    // the summary comes before the fields, inside the form
    assertThat(html.indexOf("foutoverzicht-titel")).isLessThan(html.indexOf("id=\"username\""));
    assertThat(html.indexOf("<form")).isLessThan(html.indexOf("foutoverzicht-titel"));
  }

  @Test
  void aMessageAboutNoFieldIsTextAndTheUserNameIsEscapedAndThePasswordNeverShown()
      throws IOException {
    String html =
        LoginPage.render(
            loginHtml(),
            List.of(new LoginPage.Error("Te veel mislukte inlogpogingen.", null)),
            "\"><script>alert(1)</script>");
    assertThat(html)
        .contains("<li>Te veel mislukte inlogpogingen.</li>")
        .contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"")
        .doesNotContain("<script>alert");
    assertThat(html).doesNotContain("name=\"password\" value=");
  }

  @Test
  void everyEmptyFieldIsNamed() throws IOException {
    String both =
        LoginPage.render(
            loginHtml(),
            List.of(
                new LoginPage.Error(LoginPage.NO_USER, LoginPage.USER_FIELD),
                new LoginPage.Error(LoginPage.NO_PASSWORD, LoginPage.PASSWORD_FIELD)),
            null);
    assertThat(both)
        .contains("href=\"#username\" data-veld=\"username\">Vul uw gebruikersnaam in.</a>")
        .contains("href=\"#password\" data-veld=\"password\">Vul uw wachtwoord in.</a>");
  }
}
