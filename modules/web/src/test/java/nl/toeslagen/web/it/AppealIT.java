package nl.toeslagen.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import nl.toeslagen.web.it.ApiClient.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Appeals (issue #14, part A) end to end through the REST API on the assembled WAR: an objection is
 * decided (drafted by a user with both roles, reviewed by vaktechniek1), a beroep is lodged with
 * its four-week term for the statement of defence, the defence and the hearing are recorded; a
 * hoger beroep waits for the professional line's check, which the objection's drafter and reviewer
 * are refused (four eyes, audited) and another VAKTECHNIEK user records; an appeal on an undecided
 * objection and bad input are refused naming the field, and nothing changes. The tests build on
 * each other in order. (The ruling step is not fired here: the rulings register is built in
 * parallel; the process test covers the message.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AppealIT {

  private static final String PASSWORD = "beide-rollen-2026";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.assembledWar();
  }

  @ArquillianResource URL base;

  private static String drafter;
  private static String objectionId;
  private static String decidedOn;
  private static String beroepId;

  @Test
  @Order(1)
  void anObjectionIsDecidedByADrafterAndAReviewer() {
    drafter = dualRoleUser();
    ApiClient d = ApiClient.as(base, drafter, PASSWORD);
    Reply created =
        d.post(
            "api/objections",
            ObjectionFlowIT.intake(
                ObjectionFlowIT.validBsn(), ObjectionFlowIT.today().minusDays(15), 1));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    objectionId = created.json().getString("id");
    ok(d.post("api/objections/" + objectionId + "/admissibility", ObjectionFlowIT.admissible()));
    ok(d.post("api/objections/" + objectionId + "/contact", ObjectionFlowIT.notReached()));
    ok(
        d.post(
            "api/objections/" + objectionId + "/hearing/waiver",
            ObjectionFlowIT.waiver("B_KENNELIJK_ONGEGROND")));
    JsonObject c = ok(d.get("api/objections/" + objectionId));
    ok(
        d.post(
            "api/objections/" + objectionId + "/decision",
            ObjectionFlowIT.draft(c, "ONGEGROND", false)));
    JsonObject decided =
        ok(
            as("vaktechniek1")
                .post("api/objections/" + objectionId + "/review", ObjectionFlowIT.approve(true)));
    assertThat(decided.getString("stage")).isEqualTo("DECIDED");
    decidedOn = decided.getString("closedOn");
  }

  @Test
  @Order(2)
  void anAppealOnAnUndecidedObjectionIsRefusedNamingTheObjectionAndNothingChanges() {
    Reply created =
        as("behandelaar1")
            .post(
                "api/objections",
                ObjectionFlowIT.intake(
                    ObjectionFlowIT.validBsn(), ObjectionFlowIT.today().minusDays(10), 1));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String open = created.json().getString("id");
    Reply refused = as("behandelaar1").post("api/objections/" + open + "/appeals", beroep());
    assertProblem(refused, 409, "objectionId");
    assertThat(refused.json().getString("policy")).isEqualTo("AppealAdmissibilityPolicy");
    assertThat(refused.json().getString("detailNl")).contains("nog niet beslist");
    assertThat(appealsOf(open).getJsonNumber("total").longValue()).isZero();
    assertThat(ok(as("behandelaar1").get("api/objections/" + open)).getString("stage"))
        .isEqualTo("ADMISSIBILITY");
    assertThat(refusals("objectType=OBJECTION&objectId=" + open))
        .anyMatch(e -> e.getString("reasons", "").contains("AppealAdmissibilityPolicy"));

    // an unknown objection is a 404
    assertThat(
            as("behandelaar1")
                .post("api/objections/" + java.util.UUID.randomUUID() + "/appeals", beroep())
                .status())
        .isEqualTo(404);
  }

  @Test
  @Order(3)
  void badInputIsRefusedNamingTheFieldAndNothingIsWritten() {
    String path = "api/objections/" + objectionId + "/appeals";
    ApiClient h = as("behandelaar2");
    assertProblem(
        h.post(path, with(beroep(), "lodgedOn", ObjectionFlowIT.today().plusDays(1).toString())),
        400,
        "lodgedOn");
    assertProblem(
        h.post(
            path, with(beroep(), "lodgedOn", LocalDate.parse(decidedOn).minusDays(1).toString())),
        400,
        "lodgedOn");
    assertProblem(h.post(path, with(beroep(), "level", "CASSATIE")), 400, "level");
    assertProblem(h.post(path, with(beroep(), "appellant", "ADVOCAAT")), 400, "appellant");
    assertProblem(h.post(path, with(beroep(), "court", "RVS")), 400, "court");
    assertProblem(h.post(path, with(hogerBeroep(null), "court", "RBDHA")), 400, "court");
    assertProblem(
        h.post(path, with(beroep(), "courtCaseNumber", "x".repeat(41))), 400, "courtCaseNumber");
    assertProblem(h.post(path, with(beroep(), "courtCaseNumber", " ")), 400, "courtCaseNumber");
    assertThat(appealsOf(objectionId).getJsonNumber("total").longValue()).isZero();
    assertThat(refusals("objectType=OBJECTION&objectId=" + objectionId))
        .anyMatch(e -> e.getString("reasons", "").contains("AppealAdmissibilityPolicy"));
    // the inspectorate reads, never lodges
    assertThat(as("inspectie1").post(path, beroep()).status()).isEqualTo(403);
  }

  @Test
  @Order(4)
  void aBeroepIsLodgedWithItsTermAndItsDefenceAndHearingAreRecorded() {
    Reply created = as("behandelaar2").post("api/objections/" + objectionId + "/appeals", beroep());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonObject a = created.json();
    beroepId = a.getString("id");
    assertThat(created.header("Location")).endsWith("/api/appeals/" + beroepId);
    assertThat(a.getString("caseNumber")).matches("BR-\\d{4}-\\d{6,}");
    assertThat(a.getString("status")).isEqualTo("STATEMENT_OF_DEFENCE");
    LocalDate due = LocalDate.parse(a.getString("defenceDueOn"));
    assertThat(due)
        .isBetween(
            ObjectionFlowIT.today().plusWeeks(4), ObjectionFlowIT.today().plusWeeks(4).plusDays(4));
    assertThat(a.getJsonArray("terms").toString()).contains("Awb art. 8:42");

    // the defence task is in the handlers' list, in the appeals workflow
    JsonObject tasks =
        as("behandelaar1")
            .awaitJson(
                "api/tasks?scope=team&q=" + a.getString("caseNumber"),
                j -> !j.getJsonArray("tasks").isEmpty(),
                Duration.ofSeconds(20));
    assertThat(tasks.toString()).contains("statementOfDefence").contains("\"appeals\"");

    // no hearing before the defence
    assertThat(as("behandelaar1").post("api/appeals/" + beroepId + "/hearing", hearing()).status())
        .isEqualTo(409);
    assertProblem(
        as("behandelaar1")
            .post(
                "api/appeals/" + beroepId + "/statement-of-defence",
                defence(ObjectionFlowIT.today().plusDays(2).toString())),
        400,
        "sentOn");
    JsonObject defended =
        ok(
            as("behandelaar1")
                .post(
                    "api/appeals/" + beroepId + "/statement-of-defence",
                    defence(ObjectionFlowIT.today().toString())));
    assertThat(defended.getString("status")).isEqualTo("HEARING");
    assertThat(defended.getJsonObject("statementOfDefence").getString("by"))
        .isEqualTo("behandelaar1");
    JsonObject heard =
        ok(as("behandelaar1").post("api/appeals/" + beroepId + "/hearing", hearing()));
    assertThat(heard.getString("status")).isEqualTo("AWAITING_RULING");
    assertThat(heard.getJsonArray("steps")).hasSize(3);

    List<String> actions = actions(beroepId);
    assertThat(actions)
        .contains(
            "APPEAL_LODGED",
            "APPEAL_TERMS_SET",
            "APPEAL_DEFENCE_SENT",
            "APPEAL_HEARING_HELD",
            "TASK_COMPLETED");
    // the ruling (part B, rulings register) would close it; not fired in this suite
  }

  @Test
  @Order(5)
  void aHigherAppealIsCheckedByTheProfessionalLineButNotByTheObjectionsDrafterOrReviewer() {
    Reply created =
        as("behandelaar2")
            .post("api/objections/" + objectionId + "/appeals", hogerBeroep(beroepId));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonObject a = created.json();
    String id = a.getString("id");
    assertThat(a.getString("status")).isEqualTo("PROFESSIONAL_LINE_CHECK");
    assertThat(a.getString("checkDueOn")).isNotBlank();
    assertThat(a.getString("previousAppealId")).isEqualTo(beroepId);

    // offered to another VAKTECHNIEK user, not to the objection's reviewer
    JsonObject tasks =
        as("vaktechniek2")
            .awaitJson(
                "api/tasks?scope=team&q=" + a.getString("caseNumber"),
                j -> !j.getJsonArray("tasks").isEmpty(),
                Duration.ofSeconds(20));
    assertThat(tasks.toString()).contains("professionalLineCheck");
    assertThat(
            ok(as("vaktechniek1").get("api/tasks?scope=team&q=" + a.getString("caseNumber")))
                .getJsonArray("tasks"))
        .isEmpty();

    String path = "api/appeals/" + id + "/professional-line-check";
    Reply byDrafter = ApiClient.as(base, drafter, PASSWORD).post(path, check(false));
    assertThat(byDrafter.status()).as(byDrafter.body()).isEqualTo(403);
    assertThat(byDrafter.json().getString("policy")).isEqualTo("AppealProfessionalLineCheckPolicy");
    assertThat(byDrafter.json().getString("detailNl")).contains("opgesteld");
    Reply byReviewer = as("vaktechniek1").post(path, check(false));
    assertThat(byReviewer.status()).as(byReviewer.body()).isEqualTo(403);
    assertThat(byReviewer.json().getString("detailNl")).contains("beoordeeld");
    assertThat(as("behandelaar2").post(path, check(false)).status()).isEqualTo(403);
    assertThat(ok(as("behandelaar1").get("api/appeals/" + id)).getString("status"))
        .isEqualTo("PROFESSIONAL_LINE_CHECK");
    assertThat(refusals("objectType=APPEAL&objectId=" + id)).hasSizeGreaterThanOrEqualTo(2);

    // reasons are required, and a solvable finding names how
    assertProblem(
        as("vaktechniek2")
            .post(path, Json.createObjectBuilder().add("solvableWithCitizen", false).build()),
        400,
        "reasons");
    assertProblem(
        as("vaktechniek2")
            .post(path, Json.createObjectBuilder(check(true)).add("solution", "GEEN").build()),
        400,
        "solution");

    JsonObject checked = ok(as("vaktechniek2").post(path, check(false)));
    assertThat(checked.getString("status")).isEqualTo("STATEMENT_OF_DEFENCE");
    assertThat(checked.getJsonObject("check").getString("by")).isEqualTo("vaktechniek2");
    assertThat(checked.getJsonObject("check").getBoolean("solvableWithCitizen")).isFalse();
    assertThat(checked.getJsonObject("check").getString("reasons")).contains("rechtsvraag");
    assertThat(actions(id)).contains("APPEAL_PROFESSIONAL_LINE_CHECKED", "APPEAL_CONTINUED");

    // both appeals are listed under the objection; the inspectorate reads them
    JsonObject list = appealsOf(objectionId);
    assertThat(list.getJsonNumber("total").longValue()).isEqualTo(2);
    assertThat(ok(as("inspectie1").get("api/appeals/" + id)).getString("id")).isEqualTo(id);
    assertThat(as("inspectie1").post(path, check(false)).status()).isEqualTo(403);
    assertProblem(as("teamleider1").get("api/appeals?status=ONBEKEND"), 400, "status");
  }

  @Test
  @Order(6)
  void aHigherAppealThatCanBeSolvedWithTheCitizenEndsSettled() {
    Reply created =
        as("behandelaar2").post("api/objections/" + objectionId + "/appeals", hogerBeroep(null));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().getString("id");
    JsonObject settled =
        ok(
            as("vaktechniek2")
                .post(
                    "api/appeals/" + id + "/professional-line-check",
                    Json.createObjectBuilder(check(true))
                        .add("solution", "NIEUW_BESLUIT")
                        .build()));
    assertThat(settled.getString("status")).isEqualTo("OPGELOST");
    assertThat(actions(id)).contains("APPEAL_SETTLED");
    assertThat(
            as("behandelaar1")
                .post(
                    "api/appeals/" + id + "/statement-of-defence",
                    defence(ObjectionFlowIT.today().toString()))
                .status())
        .isEqualTo(409);
  }

  // ---- helpers

  private static JsonObject beroep() {
    return Json.createObjectBuilder()
        .add("level", "BEROEP")
        .add("court", "RBDHA")
        .add("courtCaseNumber", "SGR 26/" + ThreadLocalRandom.current().nextInt(1000, 9999))
        .add("lodgedOn", ObjectionFlowIT.today().toString())
        .add("appellant", "BURGER")
        .build();
  }

  private static JsonObject hogerBeroep(String previous) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("level", "HOGER_BEROEP")
            .add("court", "RVS")
            .add(
                "courtCaseNumber",
                "2026" + ThreadLocalRandom.current().nextInt(10000, 99999) + "/1/A2")
            .add("lodgedOn", ObjectionFlowIT.today().toString())
            .add("appellant", "DIENST_TOESLAGEN");
    if (previous != null) {
      b.add("previousAppealId", previous);
    }
    return b.build();
  }

  private static JsonObject defence(String sentOn) {
    return Json.createObjectBuilder()
        .add("sentOn", sentOn)
        .add("summary", "Het inkomen is juist vastgesteld; het bestreden besluit blijft in stand.")
        .build();
  }

  private static JsonObject hearing() {
    return Json.createObjectBuilder()
        .add("heldOn", ObjectionFlowIT.today().toString())
        .add("notes", "Zitting gehouden; partijen gehoord, onderzoek gesloten.")
        .build();
  }

  private static JsonObject check(boolean solvable) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("solvableWithCitizen", solvable)
            .add(
                "reasons",
                solvable
                    ? "Met een nieuw besluit op het juiste inkomen is de burger geholpen."
                    : "Principiële rechtsvraag over de terugvordering; niet op te lossen met de burger.");
    if (!solvable) {
      b.add("solution", "GEEN");
    }
    return b.build();
  }

  private static JsonObject with(JsonObject o, String name, String value) {
    return Json.createObjectBuilder(o).add(name, value).build();
  }

  private JsonObject appealsOf(String objection) {
    return ok(as("teamleider1").get("api/appeals?objectionId=" + objection));
  }

  private List<String> actions(String appealId) {
    return entries("objectType=APPEAL&objectId=" + appealId).stream()
        .map(e -> e.getString("action"))
        .toList();
  }

  private List<JsonObject> entries(String query) {
    Reply reply = as("inspectie1").get("api/audit/entries?size=1000&" + query);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().getJsonArray("entries").stream().map(JsonValue::asJsonObject).toList();
  }

  private List<JsonObject> refusals(String query) {
    return entries(query).stream().filter(e -> e.getString("outcome").equals("REFUSED")).toList();
  }

  private static JsonObject ok(Reply r) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private static void assertProblem(Reply r, int status, String field) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.isProblem()).as(r.contentType()).isTrue();
    assertThat(r.json().getString("field")).isEqualTo(field);
  }

  private ApiClient as(String user) {
    return ApiClient.as(base, user);
  }

  /** A user with both BEHANDELAAR and VAKTECHNIEK: the drafter of the objection decision. */
  private String dualRoleUser() {
    String name = "beroeprol" + Math.abs(ThreadLocalRandom.current().nextInt(1_000_000));
    Reply r =
        as("beheer1")
            .post(
                "api/users",
                Json.createObjectBuilder()
                    .add("userName", name)
                    .add("displayName", "Behandelaar en vaktechnisch adviseur")
                    .add("password", PASSWORD)
                    .add("roles", Json.createArrayBuilder().add("BEHANDELAAR").add("VAKTECHNIEK"))
                    .add("team", "team-1")
                    .build());
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return name;
  }
}
