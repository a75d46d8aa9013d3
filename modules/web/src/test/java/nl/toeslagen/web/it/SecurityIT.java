package nl.toeslagen.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.toeslagen.web.it.ApiClient.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * HTTP hygiene and audit-trail access on the assembled WAR in Payara Micro: login throttling,
 * sessions and Basic credentials, the session cookie, cross-site login and logout, security
 * headers, health and metrics, who reads which audit timeline, where refusals are filed, and
 * correlation ids per request. Each test uses its own users where state (throttling, sessions)
 * could leak between tests.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.assembledWar();
  }

  @ArquillianResource URL base;

  // --- throttling -------------------------------------------------------------------------------

  @Test
  void tenFailedLoginsLockTheAccountWith429AndRetryAfterEvenForTheRightPasswordAndAreAudited() {
    for (int i = 0; i < 10; i++) {
      assertThat(ApiClient.as(base, "privacy2", "fout" + i).get("api/me").status()).isEqualTo(401);
    }
    HttpResponse<String> locked = send(basic("privacy2", "privacy2", get("api/me")));
    assertThat(locked.statusCode()).isEqualTo(429);
    long retryAfter = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, 30L);
    assertThat(locked.headers().firstValue("Content-Type").orElse("")).contains("problem+json");

    HttpResponse<String> form = send(loginForm("privacy2", "privacy2", null));
    assertThat(form.statusCode()).isEqualTo(429);
    assertThat(form.headers().firstValue("Retry-After")).isPresent();
    assertThat(form.headers().firstValue("Set-Cookie")).isEmpty();
    // the form gets the login page with the message in its error summary
    assertLoginPage(form, "Te veel mislukte inlogpogingen voor deze gebruiker. Probeer het over");
    assertThat(form.body()).contains("value=\"privacy2\"");

    assertThat(entries("objectType=USER&objectId=privacy2&action=LOGIN_THROTTLED"))
        .hasSizeGreaterThanOrEqualTo(2)
        .allMatch(e -> e.getString("outcome").equals("REFUSED"));
  }

  @Test
  void aLoginThatFailsAnswersTheLoginPageWithTheReasonInDutchAtTheTopOfTheForm() {
    HttpResponse<String> wrong = send(loginForm("behandelaar2", "fout", origin()));
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.headers().allValues("Set-Cookie")).isEmpty();
    assertLoginPage(wrong, "De gebruikersnaam of het wachtwoord is onjuist.");
    assertThat(wrong.body())
        .contains("<a href=\"#username\" data-veld=\"username\">")
        .contains("<title>Fout: Inloggen")
        .doesNotContain("name=\"password\" value");

    HttpResponse<String> empty = send(loginForm("behandelaar2", "", origin()));
    assertThat(empty.statusCode()).isEqualTo(400);
    assertLoginPage(empty, "Vul uw wachtwoord in.");

    HttpResponse<String> crossSite =
        send(loginForm("behandelaar2", "behandelaar2", "https://evil.test"));
    assertThat(crossSite.statusCode()).isEqualTo(403);
    assertLoginPage(crossSite, "Dit inlogverzoek is geweigerd");
  }

  @Test
  void errorsOutsideTheApiAreDutchPagesAndUnderTheApiProblemJson() {
    String session = login("behandelaar1");
    for (String path : List.of("nope.html", "app/nope", "bezwaren/nope.js")) {
      HttpResponse<String> missing = send(withSession(session, get(path)));
      assertThat(missing.statusCode()).as(path).isEqualTo(404);
      assertDutchPage(missing, "Niet gevonden");
    }
    // anonymous, on a public path
    assertDutchPage(send(get("css/nope.css")), "Niet gevonden");
    // a method not allowed and a cross-site logout
    HttpResponse<String> getLogout = send(withSession(session, get("logout")));
    assertThat(getLogout.statusCode()).isEqualTo(405);
    assertDutchPage(getLogout, "Dit lukte niet");
    HttpResponse<String> crossSiteLogout =
        send(
            withSession(session, HttpRequest.newBuilder(uri("logout")))
                .header("Origin", "https://evil.test")
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(crossSiteLogout.statusCode()).isEqualTo(403);
    assertDutchPage(crossSiteLogout, "Geen toegang");
    // a role without access to the metrics
    HttpResponse<String> metrics = send(basic("behandelaar1", "behandelaar1", get("metrics")));
    assertThat(metrics.statusCode()).isEqualTo(403);
    assertDutchPage(metrics, "Geen toegang");
    // the API keeps answering problem+json
    for (HttpResponse<String> api :
        List.of(
            send(withSession(session, get("api/nope"))),
            send(basic("behandelaar1", "behandelaar1", get("api/objections/nope/letters/x"))),
            send(get("api/me")))) {
      assertThat(api.statusCode()).as(api.uri().toString()).isIn(401, 404);
      assertThat(api.headers().firstValue("Content-Type").orElse(""))
          .as(api.uri().toString())
          .contains("application/problem+json");
      assertThat(api.body()).contains("\"detailNl\"");
    }
  }

  /** A Dutch HTML page (not the container's) with the security headers and the text. */
  private static void assertDutchPage(HttpResponse<String> answer, String text) {
    String what = answer.uri() + " " + answer.statusCode();
    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
        .as(what)
        .startsWith("text/html");
    assertThat(answer.body())
        .as(what)
        .contains("<html lang=\"nl\">")
        .contains("<h1 id=\"fout-titel\">" + text + "</h1>")
        .contains("/css/app.css")
        .doesNotContain("Payara")
        .doesNotContain("<script");
    assertThat(answer.headers().firstValue("Content-Security-Policy").orElse(""))
        .as(what)
        .contains("script-src 'self'");
    assertThat(answer.headers().firstValue("Cache-Control")).as(what).hasValue("no-store");
  }

  /** The login page with the error summary holding the message, and the form below it. */
  private static void assertLoginPage(HttpResponse<String> answer, String message) {
    String what = answer.uri() + " " + answer.statusCode();
    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
        .as(what)
        .startsWith("text/html");
    assertThat(answer.body())
        .as(what)
        .contains("<html lang=\"nl\">")
        .contains("id=\"foutoverzicht\"")
        .contains("Inloggen is niet gelukt")
        .contains(message)
        .contains("id=\"username\"")
        .contains("id=\"password\"")
        .contains("<script src=\"/js/login.js\"></script>");
    assertThat(answer.headers().firstValue("Content-Security-Policy").orElse(""))
        .as(what)
        .contains("script-src 'self'");
  }

  @Test
  void aSuccessfulLoginResetsTheCountOfFailures() {
    for (int i = 0; i < 9; i++) {
      assertThat(ApiClient.as(base, "teamleider2", "fout").get("api/me").status()).isEqualTo(401);
    }
    assertThat(ApiClient.as(base, "teamleider2").get("api/me").status()).isEqualTo(200);
    for (int i = 0; i < 9; i++) {
      assertThat(ApiClient.as(base, "teamleider2", "fout").get("api/me").status()).isEqualTo(401);
    }
    assertThat(ApiClient.as(base, "teamleider2").get("api/me").status()).isEqualTo(200);
  }

  // --- sessions, Basic, cookie ------------------------------------------------------------------

  @Test
  void basicRequestsCreateNoSession() {
    HttpResponse<String> reply = send(basic("behandelaar1", "behandelaar1", get("api/me")));
    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(reply.headers().allValues("Set-Cookie")).isEmpty();
  }

  @Test
  void theFormLoginSessionCookieIsHttpOnlyAndSameSiteStrict() {
    HttpResponse<String> login = send(loginForm("vaktechniek2", "vaktechniek2", null));
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/index.html");
    String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Strict");
    // served over plain HTTP here, so not Secure (Secure follows the request's scheme)
    assertThat(cookie).doesNotContain("Secure");
  }

  @Test
  void withASessionAnAuthorizationHeaderForAnotherUserOrAWrongPasswordIsRefused() {
    String session = login("vaktechniek1");
    assertThat(send(withSession(session, get("api/me"))).statusCode()).isEqualTo(200);
    assertThat(
            send(basic("toezicht1", "toezicht1", withSession(session, get("api/me")))).statusCode())
        .isEqualTo(401);
    assertThat(
            send(basic("vaktechniek1", "fout", withSession(session, get("api/me")))).statusCode())
        .isEqualTo(401);
    assertThat(entries("objectType=USER&objectId=vaktechniek1&action=LOGIN_REFUSED"))
        .anyMatch(e -> e.getString("reasons").contains("toezicht1"));
  }

  // --- cross-site login and logout --------------------------------------------------------------

  @Test
  void aLoginFormPostedFromAnotherSiteIsRefused() {
    HttpResponse<String> evil =
        send(loginForm("behandelaar2", "behandelaar2", "https://evil.test"));
    assertThat(evil.statusCode()).isEqualTo(403);
    assertThat(evil.headers().allValues("Set-Cookie")).isEmpty();
    HttpResponse<String> fetchMeta =
        send(
            HttpRequest.newBuilder(uri("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString(form("behandelaar2", "behandelaar2"))));
    assertThat(fetchMeta.statusCode()).isEqualTo(403);
    HttpResponse<String> own = send(loginForm("behandelaar2", "behandelaar2", origin()));
    assertThat(own.statusCode()).isEqualTo(302);
    // what a browser sends from our own login page under Referrer-Policy: no-referrer
    HttpResponse<String> browser =
        send(
            loginForm("behandelaar2", "behandelaar2", "null")
                .header("Sec-Fetch-Site", "same-origin"));
    assertThat(browser.statusCode()).isEqualTo(302);
    assertThat(entries("objectType=USER&objectId=behandelaar2&action=LOGIN_REFUSED"))
        .anyMatch(e -> e.getString("reasons").contains("cross-site"));
  }

  @Test
  void logoutIsAPostFromTheApplicationsOwnPages() {
    String session = login("toezicht2");
    assertThat(send(withSession(session, get("logout"))).statusCode()).isEqualTo(405);
    HttpResponse<String> crossSite =
        send(
            withSession(session, HttpRequest.newBuilder(uri("logout")))
                .header("Origin", "https://evil.test")
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(crossSite.statusCode()).isEqualTo(403);
    assertThat(send(withSession(session, get("api/me"))).statusCode()).isEqualTo(200);
    HttpResponse<String> logout =
        send(
            withSession(session, HttpRequest.newBuilder(uri("logout")))
                .header("Origin", origin())
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(logout.statusCode()).isEqualTo(302);
    assertThat(logout.headers().firstValue("Location").orElse("")).contains("uitgelogd");
    // no new session behind the logout: the cookie is dropped
    assertThat(logout.headers().allValues("Set-Cookie"))
        .allMatch(c -> c.contains("Max-Age=0") && c.contains("SameSite=Strict"));
    assertThat(send(withSession(session, get("api/me"))).statusCode()).isEqualTo(401);
  }

  // --- headers ----------------------------------------------------------------------------------

  @Test
  void pagesAndApiAnswersCarryTheSecurityHeaders() {
    String session = login("behandelaar1");
    List<HttpResponse<String>> answers =
        List.of(
            send(get("login.html")),
            send(withSession(session, get("index.html"))),
            send(withSession(session, get("app/index.html"))),
            send(withSession(session, get("app/"))),
            send(basic("behandelaar1", "behandelaar1", get("api/me"))),
            send(basic("behandelaar1", "behandelaar1", get("api/audit/verification"))),
            send(get("api/me")));
    for (HttpResponse<String> answer : answers) {
      String what = answer.uri() + " " + answer.statusCode();
      String csp = answer.headers().firstValue("Content-Security-Policy").orElse("");
      assertThat(csp).as(what).contains("frame-ancestors 'none'");
      Matcher scripts = Pattern.compile("script-src ([^;]*)").matcher(csp);
      assertThat(scripts.find()).as(what).isTrue();
      assertThat(scripts.group(1)).as(what).isEqualTo("'self'");
      assertThat(answer.headers().firstValue("X-Content-Type-Options"))
          .as(what)
          .hasValue("nosniff");
      assertThat(answer.headers().firstValue("Referrer-Policy")).as(what).hasValue("no-referrer");
      assertThat(answer.headers().firstValue("Cache-Control")).as(what).hasValue("no-store");
    }
  }

  @Test
  void noPageHasInlineScriptOrEventHandlerAttributes() {
    String session = login("teamleider1");
    Pattern script = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    Pattern handler = Pattern.compile("<[^>]+\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    for (String page : List.of("login.html", "index.html", "app/index.html")) {
      HttpResponse<String> answer = send(withSession(session, get(page)));
      assertThat(answer.statusCode()).as(page).isEqualTo(200);
      assertThat(script.matcher(answer.body()).find()).as(page + " inline script").isFalse();
      assertThat(handler.matcher(answer.body()).find()).as(page + " on... attribute").isFalse();
    }
  }

  // --- health and metrics -----------------------------------------------------------------------

  @Test
  void anonymousHealthSaysOnlyUpOrDown() {
    for (String path : List.of("health", "health/ready", "health/live")) {
      Reply reply = ApiClient.anonymous(base).get(path);
      assertThat(reply.status()).as(path).isEqualTo(200);
      assertThat(reply.json())
          .as(path)
          .isEqualTo(Json.createObjectBuilder().add("status", "UP").build());
    }
    Reply caseWorker = ApiClient.as(base, "behandelaar1").get("health");
    assertThat(caseWorker.body()).doesNotContain("H2").doesNotContain("database");
    Reply admin = ApiClient.as(base, "beheer1").get("health/ready");
    assertThat(admin.body()).contains("\"database\"").contains("\"workflow-engine\"");
  }

  @Test
  void metricsAreForAdministratorsOnly() {
    assertThat(send(get("metrics")).statusCode()).isIn(302, 401);
    assertThat(ApiClient.as(base, "behandelaar1").get("metrics").status()).isEqualTo(403);
    assertThat(ApiClient.as(base, "inspectie1").get("metrics").status()).isEqualTo(403);
    Reply admin = ApiClient.as(base, "beheer1").get("metrics");
    assertThat(admin.status()).isEqualTo(200);
    assertThat(admin.body()).contains("# TYPE");
  }

  // --- audit trail access -----------------------------------------------------------------------

  @Test
  void anObjectionHandlerMayNotReadASignalsTimelineAndTheAttemptIsFiledUnderTheSignal() {
    String signal = "S-" + UUID.randomUUID();
    Reply refused =
        ApiClient.as(base, "behandelaar1")
            .get("api/audit/entries?objectType=SIGNAL&objectId=" + signal);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.isProblem()).isTrue();
    assertThat(refused.json().getString("policy")).isEqualTo("AuditTrailAccessPolicy");
    assertThat(entries("objectType=SIGNAL&objectId=" + signal))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getString("actor")).isEqualTo("behandelaar1");
              assertThat(e.getString("outcome")).isEqualTo("REFUSED");
            });
  }

  @Test
  void citizenLevelEntriesAreForSupervisionSpecialistsPrivacyAndTheInspectorateOnly() {
    String citizen = "citizen=*****6782";
    String query = "api/audit/entries?objectType=CITIZEN&objectId=*****6782";
    for (String user : List.of("behandelaar1", "teamleider1", "beheer1")) {
      assertThat(ApiClient.as(base, user).get(query).status())
          .as(user + " " + citizen)
          .isEqualTo(403);
    }
    for (String user : List.of("toezicht1", "vaktechniek1", "privacy1", "inspectie1")) {
      assertThat(ApiClient.as(base, user).get(query).status())
          .as(user + " " + citizen)
          .isEqualTo(200);
    }
  }

  @Test
  void supervisionMayNotReadAnObjectionTimelineAndAnAllowedReadIsAudited() {
    String objection = "BZ-" + UUID.randomUUID();
    String query = "api/audit/entries?objectType=OBJECTION&objectId=" + objection;
    assertThat(ApiClient.as(base, "toezicht1").get(query).status()).isEqualTo(403);
    assertThat(ApiClient.as(base, "behandelaar2").get(query).status()).isEqualTo(200);
    List<JsonObject> trail = entries("objectType=OBJECTION&objectId=" + objection);
    assertThat(trail)
        .anyMatch(
            e ->
                e.getString("actor").equals("toezicht1")
                    && e.getString("outcome").equals("REFUSED"));
    assertThat(trail)
        .anyMatch(
            e ->
                e.getString("actor").equals("behandelaar2")
                    && e.getString("action").equals("AUDIT_TRAIL_READ")
                    && e.getString("role").equals("BEHANDELAAR"));
  }

  @Test
  void theInspectorateMayReadFraudReviewFilesButEveryWriteIsRefusedAndFiledUnderTheSignal() {
    String signal = UUID.randomUUID().toString();
    // reads are allowed (an unknown signal is then simply not found) ...
    ApiClient inspector = ApiClient.as(base, "inspectie1");
    assertThat(inspector.get("api/signals/" + signal).status()).isEqualTo(404);
    assertThat(inspector.get("api/signals/" + signal + "/letters/" + UUID.randomUUID()).status())
        .isEqualTo(404);
    assertThat(inspector.get("api/audit/entries?objectType=SIGNAL&objectId=" + signal).status())
        .isEqualTo(200);
    // ... writes are not, whatever the body, and each refusal is audited under the signal
    for (String path :
        List.of(
            "api/signals/" + signal + "/zienswijze-request",
            "api/signals/" + signal + "/zienswijze",
            "api/signals/" + signal + "/determinations")) {
      Reply refused = inspector.post(path, Json.createObjectBuilder().build());
      assertThat(refused.status()).as(path).isEqualTo(403);
      assertThat(refused.isProblem()).isTrue();
    }
    assertThat(entries("objectType=SIGNAL&objectId=" + signal))
        .filteredOn(e -> e.getString("actor").equals("inspectie1"))
        .filteredOn(e -> e.getString("outcome").equals("REFUSED"))
        .hasSize(3)
        .allSatisfy(e -> assertThat(e.getString("action")).isEqualTo("REFUSED POST"));
    // the work list is for case workers, not a file the inspectorate reads
    assertThat(inspector.get("api/signals/work-list").status()).isEqualTo(403);
  }

  @Test
  void aRefusalWithAThreeHundredCharacterPathIsAuditedUnderTheSignalAndAnswers403() {
    String signal = "S-" + UUID.randomUUID();
    String determination = "d".repeat(300);
    Reply refused =
        ApiClient.as(base, "behandelaar1")
            .post(
                "api/signals/" + signal + "/determinations/" + determination + "/approval",
                Json.createObjectBuilder().build());
    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
    assertThat(refused.isProblem()).isTrue();
    JsonObject entry = entries("objectType=SIGNAL&objectId=" + signal).get(0);
    assertThat(entry.getString("action")).isEqualTo("REFUSED POST");
    assertThat(entry.getString("reasons"))
        .contains("/api/signals/" + signal + "/determinations/ddd")
        .contains("…#");
  }

  @Test
  void aRefusedObjectionRequestIsFiledUnderTheObjection() {
    String objection = "BZ-" + UUID.randomUUID();
    assertThat(ApiClient.as(base, "toezicht2").get("api/objections/" + objection).status())
        .isEqualTo(403);
    assertThat(entries("objectType=OBJECTION&objectId=" + objection))
        .anyMatch(e -> e.getString("actor").equals("toezicht2"));
  }

  // --- correlation ids --------------------------------------------------------------------------

  @Test
  void everyRequestHasItsOwnCorrelationIdAndFormLoginsCarryNoneFromEarlierRequests() {
    String first = "corr-" + UUID.randomUUID();
    HttpResponse<String> refused =
        send(
            basic("behandelaar2", "behandelaar2", get("api/audit/verification"))
                .header("X-Correlation-Id", first));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.headers().firstValue("X-Correlation-Id")).hasValue(first);
    // form logins (other users) afterwards, on whatever server thread: none carries the first id
    for (int i = 0; i < 8; i++) {
      String own = "login-" + UUID.randomUUID();
      HttpResponse<String> login =
          send(loginForm("privacy1", "privacy1", null).header("X-Correlation-Id", own));
      assertThat(login.statusCode()).isEqualTo(302);
    }
    List<JsonObject> logins = entries("action=LOGIN&actor=privacy1");
    assertThat(logins).hasSizeGreaterThanOrEqualTo(8);
    assertThat(logins).noneMatch(e -> e.getString("correlationId").equals(first));
    assertThat(logins.subList(logins.size() - 8, logins.size()))
        .allMatch(e -> e.getString("correlationId").startsWith("login-"));
    assertThat(entries("actor=behandelaar2&action=REFUSED%20GET"))
        .anyMatch(e -> e.getString("correlationId").equals(first));
  }

  // --- helpers ----------------------------------------------------------------------------------

  private String origin() {
    return base.getProtocol() + "://" + base.getAuthority();
  }

  private URI uri(String path) {
    return URI.create(base.toString()).resolve(path);
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET();
  }

  private static HttpRequest.Builder basic(String user, String password, HttpRequest.Builder b) {
    String token =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return b.header("Authorization", "Basic " + token);
  }

  private static HttpRequest.Builder withSession(String cookie, HttpRequest.Builder b) {
    return b.header("Cookie", cookie);
  }

  private static String form(String user, String password) {
    return "username="
        + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
  }

  private HttpRequest.Builder loginForm(String user, String password, String origin) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri("login"))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(user, password)));
    return origin == null ? b : b.header("Origin", origin);
  }

  /** Logs in through the form; returns the session cookie ("JSESSIONID=..."). */
  private String login(String user) {
    HttpResponse<String> reply = send(loginForm(user, user, origin()));
    assertThat(reply.statusCode()).as(reply.body()).isEqualTo(302);
    Matcher m =
        Pattern.compile("^(JSESSIONID=[^;]+)")
            .matcher(reply.headers().firstValue("Set-Cookie").orElseThrow());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private List<JsonObject> entries(String query) {
    Reply reply = ApiClient.as(base, "inspectie1").get("api/audit/entries?size=1000&" + query);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return Json.createReader(new StringReader(reply.body()))
        .readObject()
        .getJsonArray("entries")
        .stream()
        .map(JsonValue::asJsonObject)
        .toList();
  }

  private static HttpResponse<String> send(HttpRequest.Builder builder) {
    try {
      return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * For every demo role: each action {@code GET /api/me} lists is an operation of the OpenAPI
   * document that the role check lets through, and every operation it does not list is refused with
   * 403 by RoleAuthorisationPolicy. Calls use a placeholder id and an empty body, so a let through
   * call ends in 404 or 400 and changes nothing.
   */
  @Test
  void eachRoleMayCallExactlyTheActionsItsMeAnswerListsAndIsRefusedTheOthersByRole() {
    List<OpenApiDocument.Operation> operations =
        OpenApiDocument.operations(OpenApiDocument.fetch(base));
    Set<String> ids = new HashSet<>();
    operations.forEach(op -> ids.add(op.id()));
    for (String user :
        List.of(
            "behandelaar1",
            "vaktechniek1",
            "toezicht1",
            "privacy1",
            "teamleider1",
            "inspectie1",
            "beheer1")) {
      ApiClient client = ApiClient.as(base, user);
      JsonObject me = client.get("api/me").json();
      assertThat(me.keySet()).contains("userName", "roles", "navigation", "actions");
      List<String> actions =
          me.getJsonArray("actions").getValuesAs(JsonString.class).stream()
              .map(JsonString::getString)
              .toList();
      assertThat(actions).as(user).contains("MeResource_me", "LabelResource_labels");
      assertThat(ids).as("every action of " + user + " is an operation").containsAll(actions);
      for (OpenApiDocument.Operation op : operations) {
        String path = op.path().replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
        Reply reply =
            op.method().equals("GET")
                ? client.get(path)
                : client.post(path, Json.createObjectBuilder().build());
        boolean refusedByRole =
            reply.status() == 403
                && reply.isProblem()
                && "RoleAuthorisationPolicy".equals(reply.json().getString("policy", null));
        assertThat(refusedByRole)
            .as(user + " " + op.method() + " " + op.path() + " -> " + reply)
            .isEqualTo(!actions.contains(op.id()));
      }
    }
  }
}
