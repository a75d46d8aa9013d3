package nl.toeslagen.web.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Dutch error pages, their mapping in web.xml and the API's problem+json safety net. */
class ErrorPagesTest {

  private static final Path PAGES = Path.of("src/main/webapp/WEB-INF/fout");

  @Test
  void everyPageIsDutchWithOneHeadingNoScriptAndAWayOn() throws IOException {
    List<String> names = new ArrayList<>();
    ErrorPageServlet.PAGES.forEach(p -> names.add(p + ".html"));
    names.add("fout.html");
    for (String name : names) {
      String html = Files.readString(PAGES.resolve(name), StandardCharsets.UTF_8);
      assertThat(html)
          .as(name)
          .contains("<html lang=\"nl\">")
          .contains("<h1 id=\"fout-titel\">")
          .contains("href=\"/css/app.css\"")
          .containsPattern("<a href=\"/(index|login)\\.html\">")
          .doesNotContain("<script");
      assertThat(html.split("<h1", -1)).as(name).hasSize(2);
    }
    assertThat(Files.readString(PAGES.resolve("404.html"))).contains("Niet gevonden");
    assertThat(Files.readString(PAGES.resolve("403.html"))).contains("Geen toegang");
    assertThat(Files.readString(PAGES.resolve("500.html")))
        .contains("Er ging iets mis")
        .contains(ErrorPageServlet.REFERENCE_MARK);
  }

  @Test
  void webXmlSendsEveryErrorAndEveryExceptionToTheErrorPageServlet() throws IOException {
    String xml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
    Matcher codes =
        Pattern.compile(
                "<error-page><error-code>(\\d+)</error-code><location>"
                    + ErrorPageServlet.PATH
                    + "</location></error-page>")
            .matcher(xml);
    List<Integer> mapped = new ArrayList<>();
    while (codes.find()) {
      mapped.add(Integer.parseInt(codes.group(1)));
    }
    assertThat(mapped).containsAll(ErrorPageServlet.PAGES).contains(405, 429, 502);
    assertThat(xml)
        .contains(
            "<error-page><exception-type>java.lang.Throwable</exception-type><location>/fout"
                + "</location></error-page>")
        .contains("<error-page><location>/fout</location></error-page>");
  }

  @Test
  void underApiTheSafetyNetAnswersProblemJsonInDutchAndEnglish() {
    JsonObject notFound =
        Json.createReader(new StringReader(ErrorPageServlet.problem(404, null))).readObject();
    assertThat(notFound.getInt("status")).isEqualTo(404);
    assertThat(notFound.getString("title")).isEqualTo("Not Found");
    assertThat(notFound.getString("detailNl")).contains("bestaat niet");
    JsonObject failure =
        Json.createReader(new StringReader(ErrorPageServlet.problem(500, "ref-1"))).readObject();
    assertThat(failure.getString("detailNl")).contains("niets gewijzigd").contains("ref-1");
    assertThat(failure.getString("detailEn")).contains("ref-1");
  }
}
