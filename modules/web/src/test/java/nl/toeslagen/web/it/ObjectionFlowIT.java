package nl.toeslagen.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.toeslagen.web.it.ApiClient.Reply;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * Objection handling (issue #3) end to end through the REST API on the assembled WAR, as the demo
 * users would work it: intake, admissibility, proactive contact, hearing or waiver, draft decision,
 * four-eyes review, decision letter; withdrawal, extension, default and penalty; search, task list,
 * letters and the case's audit trail. The tests of this class build on each other in order.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ObjectionFlowIT {

  static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  static final String LEGAL_REFERENCE = "BWBR0018472 art. 16";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.assembledWar();
  }

  @ArquillianResource URL base;

  /** The ONGEGROND case that goes through hearing and review. */
  private static String mainCase;

  private static String mainBsn;

  private static String reviewTaskCase;

  // ---- terms
  // -------------------------------------------------------------------------------------

  @Test
  @Order(1)
  void theTermsAreServedAsAPureCalculation() {
    // dagtekening Monday 3 March 2025: the term starts the next day and runs six weeks
    JsonObject t = ok(as("behandelaar1").get("api/terms/objection?decisionDate=2025-03-03"));
    assertThat(t.getString("objectionTermEnd")).isEqualTo("2025-04-14");
    assertThat(t.getString("decisionDeadline")).isEqualTo("2025-05-26");
    assertThat(t.getString("extendedDecisionDeadline")).isEqualTo("2025-07-07");

    JsonObject committee =
        ok(
            as("inspectie1")
                .get("api/terms/objection?decisionDate=2025-03-03&advisoryCommittee=true"));
    assertThat(committee.getString("decisionDeadline")).isEqualTo("2025-07-07");

    // an objection term ending on Christmas Day moves past Boxing Day to Friday 27 December
    JsonObject christmas =
        ok(as("behandelaar1").get("api/terms/objection?decisionDate=2024-11-13"));
    assertThat(christmas.getString("objectionTermEnd")).isEqualTo("2024-12-27");

    Reply bad = as("behandelaar1").get("api/terms/objection?decisionDate=2025-02-30");
    assertProblem(bad, 400, "decisionDate");
  }

  // ---- intake
  // ------------------------------------------------------------------------------------

  @Test
  @Order(2)
  void anObjectionIsRegisteredWithItsTermsAndAnAcknowledgementLetter() {
    mainBsn = validBsn();
    LocalDate dagtekening = today().minusDays(20);
    Reply created = as("behandelaar1").post("api/objections", intake(mainBsn, dagtekening, 2));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonObject c = created.json();
    mainCase = c.getString("id");
    assertThat(mainCase).isNotBlank();
    // a human-readable case number next to the id, numbered in the year of registration
    assertThat(c.getString("caseNumber")).matches("BZ-" + today().getYear() + "-\\d{6,}");
    assertThat(c.getBoolean("timely")).isTrue();
    assertThat(c.getString("stage")).isEqualTo("ADMISSIBILITY");
    assertThat(c.getString("bsn"))
        .isEqualTo("*****" + mainBsn.substring(5))
        .doesNotContain(mainBsn);

    JsonObject terms =
        ok(as("behandelaar1").get("api/terms/objection?decisionDate=" + dagtekening));
    assertThat(c.getString("objectionTermEnd")).isEqualTo(terms.getString("objectionTermEnd"));
    assertThat(c.getString("decisionDeadline")).isEqualTo(terms.getString("decisionDeadline"));

    awaitLetter(mainCase, "OBJECTION_ACKNOWLEDGEMENT");
    List<JsonObject> letters = letters(mainCase);
    assertThat(letters)
        .extracting(l -> l.getString("kind"))
        .containsExactly("OBJECTION_ACKNOWLEDGEMENT");
    String text = pdfText(mainCase, letters.get(0).getString("id"));
    assertThat(text).contains("Wij hebben uw bezwaar ontvangen");
    assertThat(text).contains(c.getString("contestedReference"));
    // the letter names the case by its number, never by the technical id
    assertThat(text).contains(c.getString("caseNumber")).doesNotContain(mainCase);
  }

  @Test
  @Order(3)
  void badInputIsRefusedWithAProblemNamingTheFieldAndNothingIsWritten() {
    String bsn = validBsn();
    LocalDate today = today();
    Map<String, JsonObject> cases =
        Map.of(
            "receivedDate",
            with(intake(bsn, today.minusDays(10), 1), "receivedDate", today.plusDays(3).toString()),
            "contestedDecision.date",
            withDecisionDate(intake(bsn, today.minusDays(10), 1), today.plusDays(1)),
            "benefitType",
            with(intake(bsn, today.minusDays(10), 1), "benefitType", "VAKANTIETOESLAG"),
            "grounds[0]",
            withArray(
                intake(bsn, today.minusDays(10), 1),
                "grounds",
                Json.createArrayBuilder().add("  ")),
            "bsn",
            with(intake(bsn, today.minusDays(10), 1), "bsn", "123456789"));
    for (var entry : cases.entrySet()) {
      Reply r = as("behandelaar1").post("api/objections", entry.getValue());
      assertProblem(r, 400, entry.getKey());
      assertThat(r.json().getString("detailNl")).isNotBlank();
      assertThat(r.json().getString("detailEn")).isNotBlank();
    }
    // received before the contested decision
    JsonObject early = intake(bsn, today.minusDays(10), 1);
    early = with(early, "receivedDate", today.minusDays(11).toString());
    Reply r = as("behandelaar1").post("api/objections", early);
    assertProblem(r, 400, "receivedDate");
    assertThat(r.json().getString("detailNl")).contains("voor de datum van de beschikking");

    // nothing was written: no case for this citizen
    Reply search = as("behandelaar1").get("api/objections?bsn=" + bsn);
    assertThat(search.status()).as(search.body()).isEqualTo(200);
    assertThat(search.structure().asJsonArray()).isEmpty();
  }

  // ---- task list, claiming and ownership
  // ---------------------------------------------------------

  @Test
  @Order(4)
  void theTaskIsOfferedToTheTeamWithCaseCitizenBenefitAndDeadline() {
    JsonObject task = taskFor(mainCase, "behandelaar1", "team");
    assertThat(task).as("task offered to the BEHANDELAAR team").isNotNull();
    assertThat(task.getString("stage")).isEqualTo("AssessAdmissibilityTask");
    assertThat(task.getString("caseLabel")).contains("huurtoeslag").contains("TEST-");
    assertThat(task.getString("citizen")).isEqualTo("*****" + mainBsn.substring(5));
    assertThat(task.getString("benefitType")).isEqualTo("HUURTOESLAG");
    JsonObject c = ok(as("behandelaar1").get("api/objections/" + mainCase));
    assertThat(task.getString("deadline")).isEqualTo(c.getString("decisionDeadline"));
    assertThat(absent(task, "assignee")).isTrue();

    assertThat(taskFor(mainCase, "behandelaar2", "team")).isNotNull();
    assertThat(taskFor(mainCase, "behandelaar1", "mine")).isNull();
    assertThat(taskFor(mainCase, "vaktechniek1", "team")).as("not for VAKTECHNIEK").isNull();
    assertThat(taskFor(mainCase, "teamleider1", "all")).isNotNull();
    assertSortedByDeadline(tasks("behandelaar1", "team"));
  }

  @Test
  @Order(5)
  void completingSomeoneElsesTaskIsRefusedAuditedAndChangesNothing() {
    String taskId = taskFor(mainCase, "behandelaar2", "team").getString("id");
    assertThat(as("behandelaar2").post("api/tasks/" + taskId + "/claim").status()).isEqualTo(200);
    assertThat(taskFor(mainCase, "behandelaar2", "mine")).isNotNull();
    assertThat(taskFor(mainCase, "behandelaar1", "team")).as("claimed: no longer offered").isNull();

    Reply refused =
        as("behandelaar1").post("api/objections/" + mainCase + "/admissibility", admissible());
    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
    assertThat(refused.isProblem()).isTrue();
    assertThat(refused.json().getString("policy")).isEqualTo("TaskOwnershipPolicy");

    JsonObject c = ok(as("behandelaar1").get("api/objections/" + mainCase));
    assertThat(c.getString("stage")).as("rolled back").isEqualTo("ADMISSIBILITY");
    JsonArray refusals =
        ok(as("inspectie1")
                .get(
                    "api/audit/entries?size=1000&actor=behandelaar1&objectType=OBJECTION&objectId="
                        + mainCase))
            .getJsonArray("entries");
    assertThat(refusals.stream().map(JsonValue::asJsonObject))
        .anySatisfy(
            e -> {
              assertThat(e.getString("action")).startsWith("REFUSED");
              assertThat(e.getString("outcome")).isEqualTo("REFUSED");
              assertThat(e.getString("objectId")).contains(mainCase);
              assertThat(e.getString("reasons")).contains("TaskOwnershipPolicy");
            });
    assertThat(auditActions(mainCase)).doesNotContain("ADMISSIBILITY_ASSESSED");

    // behandelaar2 hands it back; behandelaar1 picks it up and sees it under "mine"
    assertThat(as("behandelaar2").post("api/tasks/" + taskId + "/release").status()).isEqualTo(200);
    assertThat(as("behandelaar1").post("api/tasks/" + taskId + "/claim").status()).isEqualTo(200);
    assertThat(taskFor(mainCase, "behandelaar1", "mine")).isNotNull();
    assertThat(taskFor(mainCase, "behandelaar1", "team")).isNull();
    assertSortedByDeadline(tasks("behandelaar1", "mine"));
    // claim, release and claim again are each in the task's audit trail, with who did it
    JsonArray taskTrail =
        ok(as("inspectie1").get("api/audit/entries?objectType=TASK&objectId=" + taskId))
            .getJsonArray("entries");
    assertThat(taskTrail.stream().map(v -> v.asJsonObject().getString("action")).toList())
        .containsSubsequence("TASK_CREATED", "TASK_ASSIGNED", "TASK_RELEASED", "TASK_ASSIGNED");
    assertThat(taskTrail.toString()).contains("behandelaar2").contains("behandelaar1");
  }

  // ---- the ONGEGROND path with hearing and review
  // ------------------------------------------------

  @Test
  @Order(6)
  void admissibilityContactAndHearingMoveTheCaseOn() {
    JsonObject a =
        ok(as("behandelaar1").post("api/objections/" + mainCase + "/admissibility", admissible()));
    assertThat(a.getString("stage")).isEqualTo("CONTACT");
    assertThat(taskFor(mainCase, "behandelaar1", "team").getString("stage"))
        .isEqualTo("ProactiveContactTask");

    JsonObject contact =
        ok(
            as("behandelaar1")
                .post(
                    "api/objections/" + mainCase + "/contact",
                    Json.createObjectBuilder()
                        .add("reached", true)
                        .add("agreement", "Uitgelegd hoe het inkomen is vastgesteld.")
                        .add("withdrawn", false)
                        .add("resolved", false)
                        .build()));
    assertThat(contact.getString("stage")).isEqualTo("HEARING");
    assertThat(contact.getJsonObject("contact").getBoolean("reached")).isTrue();

    // today is less than a week ahead (Awb 7:4 lid 2): only with the objector's recorded agreement
    JsonObject soon =
        Json.createObjectBuilder()
            .add("scheduledAt", today() + "T23:30")
            .add("mode", "TELEFONISCH")
            .add("place", "0612345678")
            .build();
    Reply refused = as("behandelaar1").post("api/objections/" + mainCase + "/hearing", soon);
    assertProblem(refused, 400, "scheduledAt");
    assertThat(refused.json().getString("policy")).isEqualTo("HearingDatePolicy");
    Reply noNote =
        as("behandelaar1")
            .post(
                "api/objections/" + mainCase + "/hearing",
                Json.createObjectBuilder(soon).add("objectorAgreedToShortNotice", true).build());
    assertProblem(noNote, 400, "shortNoticeNote");
    JsonObject plan =
        Json.createObjectBuilder(soon)
            .add("objectorAgreedToShortNotice", true)
            .add("shortNoticeNote", "Bezwaarmaker stemde vandaag telefonisch in met horen vandaag.")
            .build();
    JsonObject hearing =
        ok(as("behandelaar1").post("api/objections/" + mainCase + "/hearing", plan));
    assertThat(hearing.getJsonObject("hearing").getString("mode")).isEqualTo("TELEFONISCH");
    assertThat(hearing.getJsonObject("hearing").getString("shortNoticeConsent"))
        .startsWith("Bezwaarmaker stemde vandaag");
    awaitLetter(mainCase, "OBJECTION_HEARING_INVITATION");
    assertThat(letterKinds(mainCase))
        .containsExactly("OBJECTION_ACKNOWLEDGEMENT", "OBJECTION_HEARING_INVITATION");
    String invitation = pdfText(mainCase, letters(mainCase).get(1).getString("id"));
    assertThat(invitation)
        .contains("inzien op het kantoor van Dienst Toeslagen")
        .contains("Het gesprek is binnen tien dagen");

    // the same planning again produces no second letter
    Reply again = as("behandelaar1").post("api/objections/" + mainCase + "/hearing", plan);
    assertThat(again.status()).as(again.body()).isEqualTo(409);
    assertThat(letterKinds(mainCase)).hasSize(2);

    JsonObject held =
        ok(
            as("behandelaar1")
                .post(
                    "api/objections/" + mainCase + "/hearing/report",
                    Json.createObjectBuilder()
                        .add("report", "Bezwaarmaker gehoord; geen nieuwe feiten.")
                        .build()));
    assertThat(held.getString("stage")).isEqualTo("DRAFTING");
  }

  @Test
  @Order(7)
  void anUnfoundedDecisionGoesToASecondPersonForReview() {
    JsonObject c = ok(as("behandelaar1").get("api/objections/" + mainCase));
    // nothing drafted yet: nothing to preview
    assertThat(c.getJsonArray("allowedActions").toString())
        .doesNotContain("ObjectionResource_decisionLetterPreview");
    Reply noDraft =
        as("behandelaar1").get("api/objections/" + mainCase + "/decision/letter-preview");
    assertThat(noDraft.status()).as(noDraft.body()).isEqualTo(409);
    assertThat(noDraft.isProblem()).isTrue();
    assertThat(noDraft.json().getString("detailNl")).contains("geen conceptbeslissing");
    JsonObject drafted =
        ok(
            as("behandelaar1")
                .post("api/objections/" + mainCase + "/decision", draft(c, "ONGEGROND", false)));
    assertThat(drafted.getString("stage")).isEqualTo("REVIEW");
    assertThat(drafted.getJsonObject("decision").getString("preparedBy")).isEqualTo("behandelaar1");

    JsonObject review = taskFor(mainCase, "vaktechniek1", "team");
    assertThat(review).as("review offered to VAKTECHNIEK").isNotNull();
    assertThat(review.getString("stage")).isEqualTo("ReviewDecisionTask");
    assertThat(taskFor(mainCase, "behandelaar1", "team")).isNull();
    reviewTaskCase = mainCase;

    // every reviewer is notified, with the case as the task list names it and a link to it
    JsonObject notice = NoticeChecks.find(as("vaktechniek1"), mainCase, "REVIEW_REQUESTED");
    assertThat(notice).as("review request noticed by VAKTECHNIEK").isNotNull();
    assertThat(NoticeChecks.find(as("vaktechniek2"), mainCase, "REVIEW_REQUESTED")).isNotNull();
    assertThat(notice.getString("kindLabel")).isEqualTo("Beoordeling gevraagd");
    assertThat(notice.getString("workflow")).isEqualTo("objections");
    assertThat(notice.getString("href")).isEqualTo("#/bezwaren/" + mainCase);
    assertThat(notice.getString("caseLabel"))
        .startsWith(drafted.getString("caseNumber") + " · Bezwaar ")
        .isEqualTo(review.getString("caseLabel"));
    assertThat(notice.getString("textNl")).contains("ongegrond", "behandelaar1", "vier ogen");
    assertThat(notice.getBoolean("read")).isFalse();
    assertThat(notice.getString("createdAt")).isNotBlank();
    assertThat(notice.toString()).doesNotContain(mainBsn);
    assertThat(NoticeChecks.find(as("behandelaar1"), mainCase, "REVIEW_REQUESTED"))
        .as("not for the handlers")
        .isNull();

    // the reviewer reads the letter as it will be sent, marked as a draft; nothing is stored
    int lettersBefore = letters(mainCase).size();
    assertThat(
            ok(as("vaktechniek1").get("api/objections/" + mainCase))
                .getJsonArray("allowedActions")
                .toString())
        .contains("ObjectionResource_decisionLetterPreview");
    Reply preview =
        as("vaktechniek1").get("api/objections/" + mainCase + "/decision/letter-preview");
    assertThat(preview.status()).as(preview.body()).isEqualTo(200);
    assertThat(preview.contentType()).startsWith("application/pdf");
    assertThat(new String(preview.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    String previewText;
    try (PDDocument doc = Loader.loadPDF(preview.bytes())) {
      previewText = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(previewText)
        .contains("CONCEPT – nog niet verzonden")
        .contains("Beslissing op uw bezwaar")
        .contains("De terugvordering blijft staan omdat het inkomen juist is vastgesteld.")
        .contains("Het inkomen komt overeen met de gegevens van de Belastingdienst.");
    assertThat(letters(mainCase)).hasSize(lettersBefore);
    assertThat(
            ok(as("inspectie1")
                    .get(
                        "api/audit/entries?objectType=OBJECTION&action=DECISION_LETTER_PREVIEWED"
                            + "&actor=vaktechniek1&objectId="
                            + mainCase))
                .getJsonNumber("total")
                .longValue())
        .isEqualTo(1);
    assertThat(
            as("vaktechniek1")
                .get("api/objections/" + UUID.randomUUID() + "/decision/letter-preview")
                .status())
        .isEqualTo(404);
    assertThat(
            as("toezicht1").get("api/objections/" + mainCase + "/decision/letter-preview").status())
        .isEqualTo(403);

    // the handler cannot review (role), nor complete the review
    Reply byHandler =
        as("behandelaar1").post("api/objections/" + mainCase + "/review", approve(true));
    assertThat(byHandler.status()).isEqualTo(403);
  }

  @Test
  @Order(8)
  void thePreparerCannotReviewTheirOwnDecisionEvenWithTheReviewerRole() {
    String dual = dualRoleUser();
    ApiClient d = ApiClient.as(base, dual, DUAL_PASSWORD);
    String id = created(d, validBsn(), today().minusDays(15));
    ok(d.post("api/objections/" + id + "/admissibility", admissible()));
    ok(d.post("api/objections/" + id + "/contact", notReached()));
    ok(d.post("api/objections/" + id + "/hearing/waiver", waiver("B_KENNELIJK_ONGEGROND")));
    JsonObject c = ok(d.get("api/objections/" + id));
    ok(d.post("api/objections/" + id + "/decision", draft(c, "ONGEGROND", false)));

    Reply self = d.post("api/objections/" + id + "/review", approve(true));
    assertThat(self.status()).as(self.body()).isEqualTo(403);
    assertThat(self.isProblem()).isTrue();
    assertThat(self.json().getString("policy")).isEqualTo("DecisionReviewPolicy");
    assertThat(self.json().getString("detailNl")).contains("vier ogen");
    assertThat(ok(d.get("api/objections/" + id)).getString("stage")).isEqualTo("REVIEW");
    JsonArray refusals =
        ok(as("inspectie1").get("api/audit/entries?size=1000&actor=" + dual))
            .getJsonArray("entries");
    assertThat(refusals.stream().map(v -> v.asJsonObject().getString("reasons", "")))
        .anyMatch(r -> r.contains("DecisionReviewPolicy"));

    // a second person approves it
    JsonObject approved =
        ok(as("vaktechniek1").post("api/objections/" + id + "/review", approve(true)));
    assertThat(approved.getString("stage")).isEqualTo("DECIDED");
    assertThat(approved.getString("reviewedBy")).isEqualTo("vaktechniek1");
  }

  @Test
  @Order(9)
  void theReviewerApprovesAndTheDecisionLetterIsSent() {
    assertThat(taskFor(reviewTaskCase, "vaktechniek1", "team")).isNotNull();
    Reply rejectWithoutRemarks =
        as("vaktechniek1").post("api/objections/" + mainCase + "/review", approve(false));
    assertProblem(rejectWithoutRemarks, 400, "remarks");

    JsonObject decided =
        ok(as("vaktechniek1").post("api/objections/" + mainCase + "/review", approve(true)));
    assertThat(decided.getString("stage")).isEqualTo("DECIDED");
    assertThat(decided.getString("reviewedBy")).isEqualTo("vaktechniek1");
    assertThat(decided.getString("closedOn")).isEqualTo(today().toString());
    assertThat(decided.getJsonArray("activeSteps")).as("process ended").isEmpty();
    assertThat(taskFor(mainCase, "teamleider1", "all")).isNull();

    awaitLetter(mainCase, "OBJECTION_DECISION");
    List<JsonObject> letters = letters(mainCase);
    assertThat(letters)
        .extracting(l -> l.getString("kind"))
        .containsExactly(
            "OBJECTION_ACKNOWLEDGEMENT", "OBJECTION_HEARING_INVITATION", "OBJECTION_DECISION");
    String text = pdfText(mainCase, letters.get(2).getString("id"));
    assertThat(text).contains("Beslissing op uw bezwaar").contains("ongegrond");
    assertThat(text).contains("rechtbank").contains("zes");

    // sent: no draft left to preview
    assertThat(
            as("vaktechniek1")
                .get("api/objections/" + mainCase + "/decision/letter-preview")
                .status())
        .isEqualTo(409);

    // repeating the review after the decision: refused, and no second decision letter
    Reply again = as("vaktechniek1").post("api/objections/" + mainCase + "/review", approve(true));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.isProblem()).isTrue();
    assertThat(letterKinds(mainCase)).hasSize(3);
  }

  @Test
  @Order(10)
  void theCaseAuditTrailHasTheRuleDecisionsTaskCompletionsAndReads() {
    JsonArray entries =
        ok(as("inspectie1")
                .get("api/audit/entries?objectType=OBJECTION&size=1000&objectId=" + mainCase))
            .getJsonArray("entries");
    List<JsonObject> list = entries.stream().map(JsonValue::asJsonObject).toList();
    List<String> actions = list.stream().map(e -> e.getString("action")).toList();
    assertThat(actions)
        .contains(
            "OBJECTION_REGISTERED",
            "OBJECTION_TIMELINESS_ASSESSED",
            "ADMISSIBILITY_ASSESSED",
            "PROACTIVE_CONTACT_RECORDED",
            "HEARING_SCHEDULED",
            "HEARING_HELD",
            "DECISION_DRAFTED",
            "DECISION_APPROVED",
            "DECISION_SENT",
            "LETTER_CREATED",
            "TASK_COMPLETED",
            "CASE_READ");
    assertThat(list)
        .filteredOn(e -> e.getString("action").equals("OBJECTION_TIMELINESS_ASSESSED"))
        .allSatisfy(e -> assertThat(e.getString("legalBasis")).contains("BWBR"));
    assertThat(list)
        .filteredOn(e -> e.getString("action").equals("ADMISSIBILITY_ASSESSED"))
        .allSatisfy(e -> assertThat(e.getString("legalBasis")).startsWith("BWBR0005537"));
    assertThat(list)
        .filteredOn(e -> e.getString("action").equals("TASK_COMPLETED"))
        .extracting(e -> e.getString("actor"))
        .contains("behandelaar1", "vaktechniek1");
    assertThat(list)
        .filteredOn(e -> e.getString("action").equals("DECISION_APPROVED"))
        .singleElement()
        .satisfies(e -> assertThat(e.getString("actor")).isEqualTo("vaktechniek1"));

    // every action on the case's trail has its Dutch label: a code of the auditActions of any
    // context, or a refusal "REFUSED <what>" by its prefix
    JsonObject vocabularies = ok(as("inspectie1").get("api/labels")).getJsonObject("vocabularies");
    java.util.Set<String> labelled = new java.util.HashSet<>();
    vocabularies
        .getJsonObject("web")
        .getJsonObject("auditActionPrefixes")
        .keySet()
        .forEach(
            prefix ->
                actions.stream().filter(a -> a.startsWith(prefix + " ")).forEach(labelled::add));
    for (String context : vocabularies.keySet()) {
      JsonObject codes = vocabularies.getJsonObject(context).getJsonObject("auditActions");
      if (codes != null) {
        codes.forEach(
            (code, label) -> {
              assertThat(label.asJsonObject().getString("nl")).isNotBlank();
              labelled.add(code);
            });
      }
    }
    assertThat(actions).allSatisfy(a -> assertThat(labelled).as("label of " + a).contains(a));
  }

  // ---- the GEGROND path without review
  // -----------------------------------------------------------

  @Test
  @Order(11)
  void aFullyGrantedObjectionIsDecidedWithoutReview() {
    ApiClient h = as("behandelaar2");
    String id = created(h, validBsn(), today().minusDays(10));
    ok(h.post("api/objections/" + id + "/admissibility", admissible()));
    ok(h.post("api/objections/" + id + "/contact", notReached()));
    JsonObject waived =
        ok(
            h.post(
                "api/objections/" + id + "/hearing/waiver", waiver("E_VOLLEDIG_TEGEMOETGEKOMEN")));
    assertThat(waived.getString("stage")).isEqualTo("DRAFTING");
    JsonObject decided =
        ok(h.post("api/objections/" + id + "/decision", draft(waived, "GEGROND", true)));
    assertThat(decided.getString("stage")).isEqualTo("DECIDED");
    assertThat(absent(decided, "reviewedBy")).isTrue();
    assertThat(decided.getJsonObject("decision").getString("hearingSkipReason"))
        .isEqualTo("E_VOLLEDIG_TEGEMOETGEKOMEN");
    assertThat(taskFor(id, "vaktechniek1", "team")).isNull();
    awaitLetter(id, "OBJECTION_DECISION");
    assertThat(letterKinds(id)).containsExactly("OBJECTION_ACKNOWLEDGEMENT", "OBJECTION_DECISION");
    String text = pdfText(id, letters(id).get(1).getString("id"));
    assertThat(text).contains("gegrond").contains("rechtbank");
  }

  // ---- withdrawal and extension
  // ------------------------------------------------------------------

  @Test
  @Order(12)
  void aWithdrawalEndsTheProcess() {
    String id = created(as("behandelaar1"), validBsn(), today().minusDays(12));
    ok(as("behandelaar1").post("api/objections/" + id + "/admissibility", admissible()));
    assertThat(taskFor(id, "behandelaar1", "team")).isNotNull();

    Reply empty =
        as("behandelaar1")
            .post(
                "api/objections/" + id + "/withdrawal",
                Json.createObjectBuilder().add("reason", " ").add("channel", "TELEPHONE").build());
    assertProblem(empty, 400, "reason");
    Reply noChannel =
        as("behandelaar1")
            .post(
                "api/objections/" + id + "/withdrawal",
                Json.createObjectBuilder().add("reason", "Ingetrokken").build());
    assertProblem(noChannel, 400, "channel");

    JsonObject w =
        ok(
            as("behandelaar1")
                .post(
                    "api/objections/" + id + "/withdrawal",
                    Json.createObjectBuilder()
                        .add("reason", "Telefonisch ingetrokken na uitleg over de berekening.")
                        .add("channel", "TELEPHONE")
                        .build()));
    assertThat(w.getString("stage")).isEqualTo("WITHDRAWN");
    assertThat(w.getJsonObject("withdrawal").getString("channel")).isEqualTo("TELEPHONE");
    assertThat(w.getJsonObject("withdrawal").getString("receivedOn")).isEqualTo(today().toString());
    // a withdrawal by telephone is confirmed to the objector in a letter (Awb 6:21)
    awaitLetter(id, "OBJECTION_WITHDRAWAL_CONFIRMATION");
    JsonObject confirmation =
        letters(id).stream()
            .filter(l -> l.getString("kind").equals("OBJECTION_WITHDRAWAL_CONFIRMATION"))
            .findFirst()
            .orElseThrow();
    assertThat(pdfText(id, confirmation.getString("id")))
        .contains("Bevestiging: u heeft uw bezwaar ingetrokken")
        .contains(
            "Op "
                + nl.toeslagen.documents.api.DutchDates.format(today())
                + " heeft u ons telefonisch laten weten dat u uw bezwaar intrekt")
        .contains("artikel 6:21")
        .contains("Heeft u uw bezwaar niet willen intrekken?");
    assertThat(w.getJsonArray("activeSteps")).isEmpty();
    assertThat(taskFor(id, "behandelaar1", "team")).isNull();
    assertThat(taskFor(id, "teamleider1", "all")).isNull();
    Reply after = as("behandelaar1").post("api/objections/" + id + "/contact", notReached());
    assertThat(after.status()).isEqualTo(409);
    assertThat(auditActions(id)).contains("OBJECTION_WITHDRAWN", "PROCESS_ENDED_BY_WITHDRAWAL");
  }

  @Test
  @Order(13)
  void anExtensionMovesTheDeadlineOnceAndSendsALetter() {
    LocalDate dagtekening = today().minusDays(14);
    String id = created(as("behandelaar1"), validBsn(), dagtekening);
    JsonObject terms =
        ok(as("behandelaar1").get("api/terms/objection?decisionDate=" + dagtekening));

    Reply noReason =
        as("behandelaar1")
            .post(
                "api/objections/" + id + "/extension",
                Json.createObjectBuilder().add("reasons", "").build());
    assertThat(noReason.status()).isEqualTo(400);

    JsonObject extended =
        ok(
            as("behandelaar1")
                .post(
                    "api/objections/" + id + "/extension",
                    Json.createObjectBuilder()
                        .add("reasons", "Wij wachten op gegevens van de kinderopvang.")
                        .build()));
    assertThat(extended.getBoolean("extended")).isTrue();
    assertThat(extended.getString("decisionDeadline"))
        .isEqualTo(terms.getString("extendedDecisionDeadline"));
    assertThat(extended.getJsonArray("termChanges")).hasSize(1);
    awaitLetter(id, "OBJECTION_TERM_CHANGE");
    assertThat(letterKinds(id))
        .containsExactly("OBJECTION_ACKNOWLEDGEMENT", "OBJECTION_TERM_CHANGE");
    String letter = pdfText(id, letters(id).get(1).getString("id"));
    assertThat(letter).contains("Wij beslissen later over uw bezwaar");

    // the task list follows the new deadline
    assertThat(taskFor(id, "behandelaar1", "team").getString("deadline"))
        .isEqualTo(terms.getString("extendedDecisionDeadline"));

    // only one extension (7:10 lid 3): refused, and no second letter
    Reply twice =
        as("behandelaar1")
            .post(
                "api/objections/" + id + "/extension",
                Json.createObjectBuilder().add("reasons", "Nog meer tijd nodig.").build());
    assertThat(twice.status()).isBetween(400, 409);
    assertThat(twice.isProblem()).isTrue();
    assertThat(letterKinds(id)).hasSize(2);
    assertThat(auditActions(id)).contains("DECISION_TERM_EXTENDED");
  }

  // ---- search, read-only inspectorate, manager overview
  // ------------------------------------------

  @Test
  @Order(14)
  void casesAreFoundByCitizenAndByReceivedDate() {
    List<JsonObject> byBsn = array(as("behandelaar1").get("api/objections?bsn=" + mainBsn));
    assertThat(byBsn).extracting(o -> o.getString("id")).containsExactly(mainCase);
    assertThat(byBsn.get(0).getString("bsn")).startsWith("*****");

    LocalDate received = LocalDate.parse(byBsn.get(0).getString("receivedDate"));
    List<JsonObject> byDate =
        array(
            as("vaktechniek1")
                .get("api/objections?receivedFrom=" + received + "&receivedTo=" + received));
    assertThat(byDate).extracting(o -> o.getString("id")).contains(mainCase);
    assertThat(byDate)
        .allSatisfy(o -> assertThat(o.getString("receivedDate")).isEqualTo(received.toString()));
    List<JsonObject> before =
        array(as("behandelaar1").get("api/objections?receivedTo=" + received.minusDays(1)));
    assertThat(before).extracting(o -> o.getString("id")).doesNotContain(mainCase);

    Reply post =
        as("behandelaar1")
            .post("api/objections/search", Json.createObjectBuilder().add("bsn", mainBsn).build());
    assertThat(array(post)).extracting(o -> o.getString("id")).containsExactly(mainCase);

    assertProblem(as("behandelaar1").get("api/objections?bsn=123456789"), 400, "bsn");
    assertProblem(
        as("behandelaar1").get("api/objections?receivedFrom=gisteren"), 400, "receivedFrom");

    // by the human-readable case number, as the citizen quotes it from a letter
    String number = byBsn.get(0).getString("caseNumber");
    assertThat(array(as("behandelaar1").get("api/objections?caseNumber=" + number)))
        .extracting(o -> o.getString("id"))
        .containsExactly(mainCase);
    Reply typed =
        as("vaktechniek1")
            .post(
                "api/objections/search",
                Json.createObjectBuilder()
                    .add("caseNumber", " " + number.toLowerCase() + " ")
                    .build());
    assertThat(array(typed)).extracting(o -> o.getString("caseNumber")).containsExactly(number);
    assertThat(array(as("behandelaar1").get("api/objections?caseNumber=BZ-1999-000001"))).isEmpty();
    assertProblem(as("behandelaar1").get("api/objections?caseNumber=BZ-12"), 400, "caseNumber");
  }

  @Test
  @Order(15)
  void theInspectorateCanReadButNotChange() {
    ApiClient inspector = as("inspectie1");
    JsonObject c = ok(inspector.get("api/objections/" + mainCase));
    assertThat(c.getString("stage")).isEqualTo("DECIDED");
    List<JsonObject> letters = array(inspector.get("api/objections/" + mainCase + "/letters"));
    assertThat(letters).hasSize(3);
    Reply pdf =
        inspector.get("api/objections/" + mainCase + "/letters/" + letters.get(0).getString("id"));
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

    String open = created(as("behandelaar1"), validBsn(), today().minusDays(5));
    Reply change =
        inspector.post(
            "api/objections/" + open + "/withdrawal",
            Json.createObjectBuilder().add("reason", "poging").build());
    assertThat(change.status()).isEqualTo(403);
    assertThat(change.json().getString("detailNl")).contains("alleen leesrechten");
    Reply intake = inspector.post("api/objections", intake(validBsn(), today().minusDays(5), 1));
    assertThat(intake.status()).isEqualTo(403);
    assertThat(ok(inspector.get("api/objections/" + open)).getString("stage"))
        .isEqualTo("ADMISSIBILITY");
    assertThat(auditActions(open)).contains("CASE_READ");
    List<JsonObject> reads =
        ok(
                as("inspectie2")
                    .get(
                        "api/audit/entries?objectType=OBJECTION&actor=inspectie1&objectId=" + open))
            .getJsonArray("entries")
            .stream()
            .map(JsonValue::asJsonObject)
            .toList();
    assertThat(reads).extracting(e -> e.getString("action")).contains("CASE_READ");
  }

  @Test
  @Order(16)
  void theManagerSeesOverdueCasesAndCasesInDefaultWithTheRunningPenalty() {
    // received in time 100 days ago: the decision deadline has passed
    LocalDate dagtekening = today().minusDays(100);
    JsonObject late = intake(validBsn(), dagtekening, 1);
    late = with(late, "receivedDate", dagtekening.plusDays(20).toString());
    late = withContestedType(late, "DEFINITIEVE_TOEKENNING");
    Reply created = as("behandelaar1").post("api/objections", late);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().getString("id");
    LocalDate deadline = LocalDate.parse(created.json().getString("decisionDeadline"));
    assertThat(deadline).isBefore(today());
    assertThat(created.json().getBoolean("overdue")).isTrue();

    // a notice of default before the deadline does not count
    Reply early =
        as("behandelaar1")
            .post(
                "api/objections/" + id + "/notice-of-default",
                Json.createObjectBuilder().add("receivedOn", deadline.toString()).build());
    assertThat(early.status()).isEqualTo(403);
    assertThat(early.json().getString("policy")).isEqualTo("PenaltyPolicy");

    LocalDate notice = deadline.plusDays(1);
    JsonObject inDefault =
        ok(
            as("behandelaar1")
                .post(
                    "api/objections/" + id + "/notice-of-default",
                    Json.createObjectBuilder().add("receivedOn", notice.toString()).build()));
    JsonObject penalty = inDefault.getJsonObject("penalty");
    assertThat(penalty.getBoolean("applies")).isTrue();
    long days = java.time.temporal.ChronoUnit.DAYS.between(notice.plusDays(14), today()) + 1;
    long expected = Math.min(Math.max(days, 0) / 7 * 1000, 10000);
    assertThat(penalty.getJsonNumber("amountCents").longValue()).isEqualTo(expected);

    // the deadline watch's timers, all past, fire at once: the reminder reaches the handlers (the
    // task is unassigned), the escalation and the missed deadline the team managers
    Duration timers = Duration.ofSeconds(90);
    JsonObject reminder = NoticeChecks.await(as("behandelaar2"), id, "DEADLINE_REMINDER", timers);
    assertThat(reminder.getString("textNl")).contains("10 werkdagen");
    assertThat(reminder.getString("href")).isEqualTo("#/bezwaren/" + id);
    JsonObject escalation =
        NoticeChecks.await(as("teamleider1"), id, "DEADLINE_ESCALATION", timers);
    assertThat(escalation.getString("textNl")).contains("5 werkdagen");
    NoticeChecks.await(as("teamleider1"), id, "DEADLINE_PASSED", timers);
    assertThat(NoticeChecks.find(as("behandelaar2"), id, "DEADLINE_ESCALATION"))
        .as("the escalation is for the team managers")
        .isNull();

    Reply refused = as("behandelaar1").get("api/objections/deadlines");
    assertThat(refused.status()).isEqualTo(403);

    JsonObject overview = ok(as("teamleider1").get("api/objections/deadlines"));
    int open = overview.getInt("open");
    assertThat(overview.getInt("overdue") + overview.getInt("dueSoon") + overview.getInt("onTrack"))
        .isEqualTo(open);
    // one page (50 by default); every page together holds every open case once
    assertThat(overview.getInt("size")).isEqualTo(50);
    assertThat(overview.getJsonArray("cases").size()).isEqualTo(Math.min(open, 50));
    List<JsonObject> cases = new java.util.ArrayList<>();
    for (int page = 0; page * 3 < open + 3; page++) {
      JsonObject p = ok(as("teamleider1").get("api/objections/deadlines?size=3&page=" + page));
      assertThat(p.getInt("open")).isEqualTo(open);
      p.getJsonArray("cases").stream().map(JsonValue::asJsonObject).forEach(cases::add);
    }
    assertThat(cases).hasSize(open);
    assertThat(cases).extracting(o -> o.getString("id")).doesNotHaveDuplicates();
    assertThat(cases.stream().filter(o -> o.getBoolean("overdue")).count())
        .isEqualTo(overview.getInt("overdue"));
    assertThat(
            cases.stream()
                .filter(o -> !o.getBoolean("overdue") && o.getInt("workingDaysLeft") <= 10)
                .count())
        .isEqualTo(overview.getInt("dueSoon"));
    assertThat(cases.stream().filter(o -> !absent(o, "noticeOfDefaultOn")).count())
        .isEqualTo(overview.getInt("inDefault"))
        .isEqualTo(overview.getJsonArray("inDefaultCases").size());
    assertProblem(as("teamleider1").get("api/objections/deadlines?size=201"), 400, "size");
    assertProblem(as("teamleider1").get("api/objections/deadlines?page=-1"), 400, "page");
    assertThat(
            cases.stream()
                .filter(o -> !absent(o, "noticeOfDefaultOn"))
                .mapToLong(o -> o.getJsonObject("penalty").getJsonNumber("amountCents").longValue())
                .sum())
        .isEqualTo(overview.getJsonNumber("penaltyTotalCents").longValue());
    assertThat(cases).extracting(o -> o.getString("id")).contains(id).doesNotContain(mainCase);
    assertSortedBy(cases.stream().map(o -> o.getString("decisionDeadline")).toList());
    // the cases over the term page too: the pages add up to the overview's count, most overdue
    // first
    long overdueTotal = overview.getJsonNumber("overdue").longValue();
    List<JsonObject> overdueCases = new ArrayList<>();
    for (int p = 0; p == 0 || p * 20L < overdueTotal; p++) {
      JsonObject page = ok(as("teamleider1").get("api/objections/overdue?size=20&page=" + p));
      assertThat(page.getJsonNumber("total").longValue()).isEqualTo(overdueTotal);
      assertThat(page.getInt("page")).isEqualTo(p);
      assertThat(page.getInt("size")).isEqualTo(20);
      page.getJsonArray("cases").forEach(c -> overdueCases.add(c.asJsonObject()));
    }
    assertThat(overdueCases).hasSize((int) overdueTotal);
    assertThat(overdueCases)
        .extracting(o -> o.getString("id"))
        .contains(id)
        .doesNotHaveDuplicates();
    assertThat(overdueCases).allSatisfy(o -> assertThat(o.getBoolean("overdue")).isTrue());
    assertSortedBy(overdueCases.stream().map(o -> o.getString("decisionDeadline")).toList());
    assertProblem(as("teamleider1").get("api/objections/overdue?size=201"), 400, "size");
    assertProblem(as("teamleider1").get("api/objections/overdue?page=-1"), 400, "page");

    // the KPI: the cases decided earlier in this run (unfounded after review, fully granted) were
    // in time
    long decided = overview.getJsonNumber("decidedThisYear").longValue();
    assertThat(decided).isGreaterThanOrEqualTo(2);
    assertThat(
            overview.getJsonNumber("decidedInTimeThisYear").longValue()
                + overview.getJsonNumber("decidedLateThisYear").longValue())
        .isEqualTo(decided);
    assertThat(overview.getJsonNumber("inTimePercentage").bigDecimalValue())
        .isEqualByComparingTo("100.0");
    assertThat(overview.getJsonNumber("normPercentage").intValue()).isEqualTo(90);
    assertThat(overview.getBoolean("meetsNorm")).isTrue();
  }

  @Test
  @Order(17)
  void aManagerAssignsTasksInBulkWithAReasonAndOnlyToSomeoneWithTheRightRole() {
    String first = created(as("behandelaar1"), validBsn(), today().minusDays(10));
    String second = created(as("behandelaar1"), validBsn(), today().minusDays(10));
    String t1 = taskFor(first, "teamleider1", "all").getString("id");
    String t2 = taskFor(second, "teamleider1", "all").getString("id");
    ApiClient manager = as("teamleider1");

    Reply unknown =
        manager.post(
            "api/tasks/assignments",
            Json.createObjectBuilder()
                .add("assignee", "niemand")
                .add("reason", "vakantie")
                .add("taskIds", Json.createArrayBuilder().add(t1).add(t2))
                .build());
    assertProblem(unknown, 400, "assignee");
    Reply noReason =
        manager.post(
            "api/tasks/assignments",
            Json.createObjectBuilder()
                .add("assignee", "behandelaar2")
                .add("taskIds", Json.createArrayBuilder().add(t1))
                .build());
    assertProblem(noReason, 400, "reason");
    Reply wrongRole =
        manager.post(
            "api/tasks/assignments",
            Json.createObjectBuilder()
                .add("assignee", "vaktechniek1")
                .add("reason", "werkverdeling")
                .add("taskIds", Json.createArrayBuilder().add(t1).add(t2))
                .build());
    assertThat(wrongRole.status()).as(wrongRole.body()).isEqualTo(403);
    assertThat(wrongRole.json().getString("policy")).isEqualTo("TaskCandidatePolicy");
    assertThat(
            taskFor(first, "teamleider1", "all").containsKey("assignee")
                && !taskFor(first, "teamleider1", "all").isNull("assignee"))
        .as("nothing assigned")
        .isFalse();
    Reply byHandler =
        as("behandelaar1")
            .post(
                "api/tasks/assignments",
                Json.createObjectBuilder()
                    .add("assignee", "behandelaar1")
                    .add("reason", "zelf")
                    .add("taskIds", Json.createArrayBuilder().add(t1))
                    .build());
    assertThat(byHandler.status()).isEqualTo(403);

    ApiClient assignee = as("behandelaar2");
    long unreadBefore = NoticeChecks.unread(assignee);
    assertThat(NoticeChecks.find(assignee, first, "TASK_ASSIGNED"))
        .as("a refused assignment notifies nobody")
        .isNull();
    Reply assigned =
        manager.post(
            "api/tasks/assignments",
            Json.createObjectBuilder()
                .add("assignee", "behandelaar2")
                .add("reason", "werkverdeling week 48")
                .add("taskIds", Json.createArrayBuilder().add(t1).add(t2))
                .build());
    assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
    assertThat(assigned.json().getInt("assigned")).isEqualTo(2);
    assertThat(taskFor(first, "behandelaar2", "mine")).isNotNull();
    assertThat(taskFor(second, "behandelaar2", "mine")).isNotNull();

    // the assignee is notified of each task, with a link to its case
    assertThat(NoticeChecks.unread(assignee)).isGreaterThanOrEqualTo(unreadBefore + 2);
    JsonObject n1 = NoticeChecks.find(assignee, first, "TASK_ASSIGNED");
    JsonObject n2 = NoticeChecks.find(assignee, second, "TASK_ASSIGNED");
    assertThat(n1).isNotNull();
    assertThat(n2).isNotNull();
    assertThat(n1.getString("href")).isEqualTo("#/bezwaren/" + first);
    assertThat(n1.getString("caseLabel"))
        .isEqualTo(taskFor(first, "behandelaar2", "mine").getString("caseLabel"));
    assertThat(n1.getString("textNl")).contains("teamleider1", "werkverdeling week 48");
    assertThat(n1.getBoolean("read")).isFalse();
    assertThat(NoticeChecks.find(as("behandelaar1"), first, "TASK_ASSIGNED"))
        .as("for the assignee only")
        .isNull();

    // marking one read lowers the count, once; someone else cannot mark it (it does not exist
    // for them)
    long unread = NoticeChecks.unread(assignee);
    Reply read = NoticeChecks.markRead(assignee, n1);
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    assertThat(read.json().getJsonNumber("unread").longValue()).isEqualTo(unread - 1);
    assertThat(NoticeChecks.unread(assignee)).isEqualTo(unread - 1);
    assertThat(NoticeChecks.find(assignee, first, "TASK_ASSIGNED").getBoolean("read")).isTrue();
    assertThat(NoticeChecks.markRead(assignee, n1).json().getJsonNumber("unread").longValue())
        .isEqualTo(unread - 1);
    assertThat(
            ok(assignee.get("api/notifications?unreadOnly=true&size=100"))
                .getJsonArray("notifications")
                .stream()
                .map(v -> v.asJsonObject().getString("id")))
        .doesNotContain(n1.getString("id"))
        .contains(n2.getString("id"));
    Reply byOther = NoticeChecks.markRead(as("behandelaar1"), n2);
    assertThat(byOther.status()).as(byOther.body()).isEqualTo(404);
    assertThat(byOther.isProblem()).isTrue();
    assertThat(NoticeChecks.find(assignee, second, "TASK_ASSIGNED").getBoolean("read")).isFalse();
    assertProblem(assignee.get("api/notifications?size=101"), 400, "size");
    assertProblem(assignee.get("api/notifications?unreadOnly=ja"), 400, "unreadOnly");

    // marking all read leaves nothing unread
    Reply all = assignee.post("api/notifications/read-all");
    assertThat(all.status()).as(all.body()).isEqualTo(200);
    assertThat(all.json().getJsonNumber("unread").longValue()).isZero();
    assertThat(NoticeChecks.find(assignee, second, "TASK_ASSIGNED").getBoolean("read")).isTrue();

    // the inspectorate and the administrators have no case work: an empty list, nothing to mark
    for (String user : List.of("inspectie1", "beheer1")) {
      JsonObject none = ok(as(user).get("api/notifications"));
      assertThat(none.getJsonArray("notifications")).as(user).isEmpty();
      assertThat(none.getJsonNumber("unread").longValue()).isZero();
      assertThat(NoticeChecks.unread(as(user))).isZero();
    }
    assertThat(as("inspectie1").post("api/notifications/read-all").status()).isEqualTo(403);
    Reply audit = as("inspectie1").get("api/audit/entries?action=TASK_REASSIGNED&objectId=" + t1);
    assertThat(audit.body()).contains("werkverdeling week 48").contains("teamleider1");

    // a manager who also holds PRIVACY is audited with both real roles, not a fixed TEAMLEIDER
    String name = "teamprivacy" + Math.abs(ThreadLocalRandom.current().nextInt(1_000_000));
    Reply created =
        as("beheer1")
            .post(
                "api/users",
                Json.createObjectBuilder()
                    .add("userName", name)
                    .add("displayName", "Teamleider en privacy-adviseur")
                    .add("password", DUAL_PASSWORD)
                    .add("roles", Json.createArrayBuilder().add("TEAMLEIDER").add("PRIVACY"))
                    .add("team", "team-1")
                    .build());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    Reply back =
        ApiClient.as(base, name, DUAL_PASSWORD)
            .post(
                "api/tasks/assignments",
                Json.createObjectBuilder()
                    .add("assignee", "behandelaar1")
                    .add("reason", "terug naar de eerste behandelaar")
                    .add("taskIds", Json.createArrayBuilder().add(t1))
                    .build());
    assertThat(back.status()).as(back.body()).isEqualTo(200);
    JsonObject entry =
        ok(as("inspectie1").get("api/audit/entries?action=TASK_REASSIGNED&actor=" + name))
            .getJsonArray("entries")
            .getJsonObject(0);
    assertThat(entry.getString("role")).isEqualTo("PRIVACY,TEAMLEIDER");
  }

  @Test
  @Order(18)
  void aMissingSignatureGetsARepairRequestAndTheCaseIsReassessedAfterRepair() {
    String id = created(as("behandelaar1"), validBsn(), today().minusDays(10));
    JsonObject requested =
        ok(
            as("behandelaar1")
                .post(
                    "api/objections/" + id + "/admissibility",
                    Json.createObjectBuilder()
                        .add("missing", Json.createArrayBuilder().add("SIGNATURE"))
                        .add("repairDueDate", today().plusDays(14).toString())
                        .build()));
    assertThat(requested.getString("stage")).isEqualTo("AWAITING_REPAIR");
    assertThat(requested.getString("repairDueDate")).isEqualTo(today().plusDays(14).toString());
    awaitLetter(id, "OBJECTION_REPAIR_REQUEST");
    assertThat(letterKinds(id)).containsOnlyOnce("OBJECTION_REPAIR_REQUEST");
    assertThat(taskFor(id, "behandelaar1", "team").getString("stage")).isEqualTo("AwaitRepairTask");

    Reply future =
        as("behandelaar1")
            .post(
                "api/objections/" + id + "/repair",
                Json.createObjectBuilder()
                    .add("repairedOn", today().plusDays(1).toString())
                    .build());
    assertProblem(future, 400, "repairedOn");

    JsonObject repaired =
        ok(
            as("behandelaar1")
                .post(
                    "api/objections/" + id + "/repair",
                    Json.createObjectBuilder().add("repairedOn", today().toString()).build()));
    assertThat(repaired.getString("stage")).isEqualTo("ADMISSIBILITY");
    assertThat(taskFor(id, "behandelaar1", "team").getString("stage"))
        .isEqualTo("AssessAdmissibilityTask");
    Reply audit = as("inspectie1").get("api/audit/entries?objectType=OBJECTION&objectId=" + id);
    assertThat(audit.body()).contains("DECISION_TERM_SUSPENDED").contains("7:10");

    JsonObject admitted =
        ok(as("behandelaar1").post("api/objections/" + id + "/admissibility", admissible()));
    assertThat(admitted.getString("stage")).isEqualTo("CONTACT");
  }

  @Test
  @Order(19)
  void aFurtherPostponementNeedsTheObjectorsRecordedConsentAndSendsALetter() {
    String id = created(as("behandelaar1"), validBsn(), today().minusDays(10));
    JsonObject before = ok(as("behandelaar1").get("api/objections/" + id));
    String agreed = LocalDate.parse(before.getString("decisionDeadline")).plusWeeks(4).toString();

    Reply withoutConsent =
        as("behandelaar1")
            .post(
                "api/objections/" + id + "/postponement",
                Json.createObjectBuilder().add("newDeadline", agreed).build());
    assertThat(withoutConsent.status()).as(withoutConsent.body()).isEqualTo(400);
    assertThat(ok(as("behandelaar1").get("api/objections/" + id)).getString("decisionDeadline"))
        .isEqualTo(before.getString("decisionDeadline"));

    JsonObject postponed =
        ok(
            as("behandelaar1")
                .post(
                    "api/objections/" + id + "/postponement",
                    Json.createObjectBuilder()
                        .add("newDeadline", agreed)
                        .add("consent", "Telefonisch akkoord van bezwaarmaker op " + today())
                        .build()));
    assertThat(postponed.getString("decisionDeadline")).isEqualTo(agreed);
    awaitLetter(id, "OBJECTION_TERM_CHANGE");
    assertThat(letterKinds(id)).containsOnlyOnce("OBJECTION_TERM_CHANGE");
    assertThat(taskFor(id, "behandelaar1", "team").getString("deadline")).isEqualTo(agreed);
  }

  // ---- four eyes without loopholes (issue #7)
  // --------------------------------------------------------------

  /**
   * A case worked up to a first draft by one user holding BEHANDELAAR and VAKTECHNIEK: intake,
   * admissibility, contact, hearing waiver and draft 1.
   */
  @Test
  @Order(43)
  void theCaseViewListsTheActionsOpenOnTheCaseNowAndTheyAreAmongTheRolesActions() {
    ApiClient handler = as("behandelaar1");
    String id = created(handler, validBsn(), today().minusDays(10));
    JsonObject c = ok(handler.get("api/objections/" + id));
    List<String> open =
        c.getJsonArray("allowedActions").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList();
    assertThat(open)
        .contains("ObjectionResource_admissibility", "ObjectionResource_withdrawal")
        .doesNotContain("ObjectionResource_review", "ObjectionResource_draft");
    List<String> mine =
        ok(handler.get("api/me"))
            .getJsonArray("actions")
            .getValuesAs(jakarta.json.JsonString.class)
            .stream()
            .map(jakarta.json.JsonString::getString)
            .toList();
    assertThat(mine).containsAll(open);
    JsonObject labels = ok(handler.get("api/labels")).getJsonObject("vocabularies");
    assertThat(
            labels
                .getJsonObject("objections")
                .getJsonObject("stages")
                .getJsonObject(c.getString("stage"))
                .getString("nl"))
        .isEqualTo("Ontvankelijkheid");
    assertThat(
            labels
                .getJsonObject("fraud-review")
                .getJsonObject("tasks")
                .getJsonObject("DecideOutcomeTask")
                .getString("nl"))
        .isEqualTo("Uitkomst vaststellen");
  }

  // ---- the inbox: paging, order, search, counts, working days (issue 10)
  // --------------------------------------------------------------

  @Test
  @Order(44)
  void theTaskListPagesSortsSearchesCountsAndCountsWorkingDaysAsTheCasePageDoes() {
    String bsn = validBsn();
    String id = created(as("behandelaar1"), bsn, today().minusDays(25));
    JsonObject c = ok(as("behandelaar1").get("api/objections/" + id));
    String caseNumber = c.getString("caseNumber");
    ApiClient manager = as("teamleider1");

    // paging over the whole filtered list: total counts all pages
    JsonObject first = page(manager.get("api/tasks?scope=all&size=1"));
    long total = first.getJsonNumber("total").longValue();
    assertThat(total).isGreaterThan(1);
    assertThat(rows(first)).hasSize(1);
    assertThat(first.getInt("page")).isZero();
    assertThat(first.getInt("size")).isEqualTo(1);
    assertThat(first.getString("sort")).isEqualTo("deadline");
    assertThat(first.getString("dir")).isEqualTo("asc");
    JsonObject second = page(manager.get("api/tasks?scope=all&size=1&page=1"));
    assertThat(rows(second)).hasSize(1);
    assertThat(rows(second).get(0).getString("id"))
        .isNotEqualTo(rows(first).get(0).getString("id"));
    JsonObject beyond = page(manager.get("api/tasks?scope=all&size=50&page=" + (total / 50 + 1)));
    assertThat(rows(beyond)).isEmpty();
    assertThat(beyond.getJsonNumber("total").longValue()).isEqualTo(total);
    List<JsonObject> all = allTasks(manager, "scope=all");
    assertThat(all).hasSize((int) total);
    assertSortedByDeadline(all);

    // counts over the scope's whole list, whatever the filter
    JsonObject counts =
        page(manager.get("api/tasks?scope=all&size=1&benefitType=ZORGTOESLAG"))
            .getJsonObject("counts");
    assertThat(counts.getJsonNumber("all").longValue()).isEqualTo(total);
    assertThat(
            counts.getJsonArray("stages").stream()
                .mapToLong(v -> v.asJsonObject().getJsonNumber("count").longValue())
                .sum())
        .isEqualTo(total);
    assertThat(counts.getJsonNumber("overdue").longValue())
        .isEqualTo(all.stream().filter(t -> t.getBoolean("overdue")).count());
    long huur =
        counts.getJsonArray("benefitTypes").stream()
            .map(JsonValue::asJsonObject)
            .filter(b -> b.getString("code").equals("HUURTOESLAG"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("count")
            .longValue();
    assertThat(
            page(manager.get("api/tasks?scope=all&benefitType=HUURTOESLAG"))
                .getJsonNumber("total")
                .longValue())
        .isEqualTo(huur);
    JsonObject overdue = page(manager.get("api/tasks?scope=all&overdue=true&size=200"));
    assertThat(overdue.getJsonNumber("total").longValue())
        .isEqualTo(counts.getJsonNumber("overdue").longValue());
    assertThat(rows(overdue)).allSatisfy(t -> assertThat(t.getInt("daysLeft")).isNotPositive());

    // sort by case number, highest first; rows without one last
    List<String> numbers =
        allTasks(manager, "scope=all&sort=caseNumber&dir=desc").stream()
            .map(t -> absent(t, "caseNumber") ? null : t.getString("caseNumber"))
            .toList();
    List<String> known = numbers.stream().filter(n -> n != null).toList();
    assertThat(known).isNotEmpty();
    assertThat(numbers.subList(0, known.size())).isEqualTo(known);
    assertThat(known)
        .isSortedAccordingTo(
            java.util.Comparator.comparing(
                    (String n) ->
                        n.substring(0, 8) + String.format("%012d", Long.parseLong(n.substring(8))))
                .reversed());

    // free text: by case number, and by the citizen's full BSN, which the row shows masked only
    JsonObject byNumber = page(manager.get("api/tasks?scope=all&q=" + caseNumber.toLowerCase()));
    assertThat(rows(byNumber)).extracting(t -> t.getString("caseId")).containsExactly(id);
    JsonObject byBsn = page(as("behandelaar2").get("api/tasks?scope=team&q=%20" + bsn + "%20"));
    assertThat(rows(byBsn)).extracting(t -> t.getString("caseId")).containsExactly(id);
    assertThat(byBsn.toString()).doesNotContain(bsn);
    JsonObject partial =
        page(as("behandelaar2").get("api/tasks?scope=team&size=200&q=" + bsn.substring(0, 5)));
    assertThat(rows(partial)).noneMatch(t -> id.equals(t.getString("caseId")));
    JsonObject searched =
        ok(as("inspectie1")
                .get(
                    "api/audit/entries?order=desc&size=1&action=TASKS_SEARCHED_BY_BSN"
                        + "&actor=behandelaar2"))
            .getJsonArray("entries")
            .getJsonObject(0);
    assertThat(searched.getString("objectType")).isEqualTo("CITIZEN");
    assertThat(searched.getString("objectId")).isEqualTo("*****" + bsn.substring(5));
    assertThat(searched.toString()).doesNotContain(bsn);

    // the row: number, label, citizen, and the working days left the case page shows
    JsonObject row = rows(byNumber).get(0);
    assertThat(row.getString("caseNumber")).isEqualTo(caseNumber);
    assertThat(row.getString("caseLabel")).startsWith(caseNumber);
    assertThat(row.getString("workflow")).isEqualTo("objections");
    assertThat(row.getString("process")).isEqualTo("ObjectionHandling");
    assertThat(row.getString("citizen")).isEqualTo("*****" + bsn.substring(5));
    assertThat(row.getString("deadline")).isEqualTo(c.getString("decisionDeadline"));
    assertThat(row.getInt("daysLeft")).isEqualTo(c.getInt("workingDaysLeft"));
    assertThat(row.getBoolean("overdue")).isFalse();
    assertThat(row.getString("created")).isNotBlank();
    assertThat(row.getJsonArray("candidateGroups").getString(0)).isEqualTo("BEHANDELAAR");
  }

  private String draftedByDualRoleUser(ApiClient d) {
    String id = created(d, validBsn(), today().minusDays(15));
    ok(d.post("api/objections/" + id + "/admissibility", admissible()));
    ok(d.post("api/objections/" + id + "/contact", notReached()));
    ok(d.post("api/objections/" + id + "/hearing/waiver", waiver("B_KENNELIJK_ONGEGROND")));
    JsonObject c = ok(d.get("api/objections/" + id));
    ok(d.post("api/objections/" + id + "/decision", draft(c, "ONGEGROND", false)));
    return id;
  }

  // ---- issue 9: pro forma objections, hearing notice, written withdrawal
  // --------------------------------------------------------------

  @Test
  @Order(20)
  void anObjectionWithoutGroundsIsRegisteredAndItsGroundsAreRequestedAddedAndAnswered() {
    ApiClient b = as("behandelaar1");
    JsonObject body = intake(validBsn(), today().minusDays(10), 0);
    Reply created =
        b.post("api/objections", Json.createObjectBuilder(body).remove("grounds").build());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().getString("id");
    assertThat(created.json().getJsonArray("grounds")).isEmpty();
    assertThat(auditActions(id)).contains("OBJECTION_GROUNDS_ASSESSED");

    // the handler ticks nothing: the missing grounds are a requirement to repair (Awb 6:6)
    String due = today().plusDays(14).toString();
    JsonObject requested =
        ok(
            b.post(
                "api/objections/" + id + "/admissibility",
                Json.createObjectBuilder()
                    .add("missing", Json.createArrayBuilder())
                    .add("repairDueDate", due)
                    .build()));
    assertThat(requested.getString("stage")).isEqualTo("AWAITING_REPAIR");
    assertThat(requested.getJsonArray("missing").toString()).contains("GROUNDS");
    awaitLetter(id, "OBJECTION_REPAIR_REQUEST");
    JsonObject repairLetter =
        letters(id).stream()
            .filter(l -> l.getString("kind").equals("OBJECTION_REPAIR_REQUEST"))
            .findFirst()
            .orElseThrow();
    assertThat(pdfText(id, repairLetter.getString("id")))
        .contains("de redenen van uw bezwaar")
        .contains(nl.toeslagen.documents.api.DutchDates.format(today().plusDays(14)));

    // grounds sent after the repair request; bad input names its field and changes nothing
    JsonObject ground =
        Json.createObjectBuilder()
            .add("text", "Mijn inkomen over 2025 is te hoog vastgesteld.")
            .add("receivedOn", today().toString())
            .add("source", "AFTER_REPAIR")
            .build();
    assertProblem(
        b.post("api/objections/" + id + "/grounds", with(ground, "source", "TELEFOON")),
        400,
        "source");
    assertProblem(
        b.post(
            "api/objections/" + id + "/grounds",
            with(ground, "receivedOn", today().minusDays(11).toString())),
        400,
        "receivedOn");
    assertProblem(
        b.post("api/objections/" + id + "/grounds", with(ground, "text", "x".repeat(4001))),
        400,
        "text");
    assertThat(ok(b.get("api/objections/" + id)).getJsonArray("addedGrounds")).isEmpty();
    JsonObject added = ok(b.post("api/objections/" + id + "/grounds", ground));
    JsonObject first = added.getJsonArray("addedGrounds").getJsonObject(0);
    assertThat(first.getString("source")).isEqualTo("AFTER_REPAIR");
    assertThat(first.getString("receivedOn")).isEqualTo(today().toString());
    assertThat(added.getJsonArray("grounds")).hasSize(1);
    assertProblem(b.post("api/objections/" + id + "/grounds", ground), 400, "text");

    ok(
        b.post(
            "api/objections/" + id + "/repair",
            Json.createObjectBuilder()
                .add("repairedOn", today().toString())
                .add("stillMissing", Json.createArrayBuilder())
                .build()));
    assertThat(
            ok(b.post("api/objections/" + id + "/admissibility", admissible())).getString("stage"))
        .isEqualTo("CONTACT");
    ok(b.post("api/objections/" + id + "/contact", notReached()));
    ok(b.post("api/objections/" + id + "/hearing/waiver", waiver("B_KENNELIJK_ONGEGROND")));
    // a second ground in writing before the decision
    ok(
        b.post(
            "api/objections/" + id + "/grounds",
            Json.createObjectBuilder()
                .add("text", "De huur is verkeerd overgenomen.")
                .add("receivedOn", today().toString())
                .add("source", "WRITTEN")
                .build()));
    JsonObject c = ok(b.get("api/objections/" + id));
    assertThat(c.getJsonArray("grounds")).hasSize(2);

    // a draft that leaves the added ground unanswered is refused on answers
    JsonObject full = draft(c, "ONGEGROND", false);
    JsonObject partial =
        Json.createObjectBuilder(full)
            .add(
                "answers",
                Json.createArrayBuilder().add(full.getJsonArray("answers").getJsonObject(0)))
            .build();
    Reply unanswered = b.post("api/objections/" + id + "/decision", partial);
    assertProblem(unanswered, 400, "answers");
    assertThat(unanswered.json().getString("policy")).isEqualTo("DecisionReasoningPolicy");
    assertThat(ok(b.post("api/objections/" + id + "/decision", full)).getString("stage"))
        .isEqualTo("REVIEW");
    JsonObject decided =
        ok(as("vaktechniek1").post("api/objections/" + id + "/review", approve(true)));
    assertThat(decided.getString("stage")).isEqualTo("DECIDED");

    awaitLetter(id, "OBJECTION_DECISION");
    JsonObject decision =
        letters(id).stream()
            .filter(l -> l.getString("kind").equals("OBJECTION_DECISION"))
            .findFirst()
            .orElseThrow();
    String text = pdfText(id, decision.getString("id"));
    assertThat(text)
        .contains("Mijn inkomen over 2025 is te hoog vastgesteld.")
        .contains("De huur is verkeerd overgenomen.")
        .contains("Het inkomen komt overeen met de gegevens van de Belastingdienst.")
        .contains("Gronden die u later heeft aangevuld")
        .contains("na ons verzoek om herstel")
        .contains("in een brief of bericht");

    // once the decision is sent, no ground can be added (409) and nothing changes
    Reply late =
        b.post(
            "api/objections/" + id + "/grounds",
            with(with(ground, "text", "Nog een grond"), "source", "WRITTEN"));
    assertThat(late.status()).as(late.body()).isEqualTo(409);
    assertThat(late.isProblem()).isTrue();
    assertThat(late.json().getString("policy")).isEqualTo("AddedGroundPolicy");
    assertThat(ok(b.get("api/objections/" + id)).getJsonArray("addedGrounds")).hasSize(2);
  }

  @Test
  @Order(21)
  void aHearingIsPlannedAWeekAheadTheInvitationStatesTheDocumentsDateAndTheReportWaitsForTheDay() {
    ApiClient b = as("behandelaar1");
    String id = created(b, validBsn(), today().minusDays(10));
    ok(b.post("api/objections/" + id + "/admissibility", admissible()));
    ok(b.post("api/objections/" + id + "/contact", notReached()));
    JsonObject plan =
        Json.createObjectBuilder()
            .add("scheduledAt", today().plusDays(6) + "T10:00")
            .add("mode", "OP_LOCATIE")
            .add("place", "Kantoor Utrecht, Graadt van Roggenweg 500")
            .build();
    Reply sixDays = b.post("api/objections/" + id + "/hearing", plan);
    assertProblem(sixDays, 400, "scheduledAt");
    assertThat(sixDays.json().getString("detailNl")).contains("minder dan een week");
    assertThat(ok(b.get("api/objections/" + id)).containsKey("hearing")).isFalse();

    LocalDate day = today().plusDays(14);
    JsonObject planned =
        ok(b.post("api/objections/" + id + "/hearing", with(plan, "scheduledAt", day + "T10:00")));
    assertThat(planned.getJsonObject("hearing").getString("furtherDocumentsUntil"))
        .isEqualTo(day.minusDays(10).toString());
    awaitLetter(id, "OBJECTION_HEARING_INVITATION");
    JsonObject invitation =
        letters(id).stream()
            .filter(l -> l.getString("kind").equals("OBJECTION_HEARING_INVITATION"))
            .findFirst()
            .orElseThrow();
    assertThat(pdfText(id, invitation.getString("id")))
        .contains("inzien op het kantoor van Dienst Toeslagen")
        .contains("tot tien dagen voor het gesprek")
        .contains("uiterlijk op " + nl.toeslagen.documents.api.DutchDates.format(day.minusDays(10)))
        .contains("artikel 7:4");

    // the report of a hearing in two weeks cannot be recorded today (409)
    Reply early =
        b.post(
            "api/objections/" + id + "/hearing/report",
            Json.createObjectBuilder().add("report", "Verslag vooraf").build());
    assertThat(early.status()).as(early.body()).isEqualTo(409);
    assertThat(early.isProblem()).isTrue();
    assertThat(early.json().getString("policy")).isEqualTo("HearingReportDatePolicy");
    JsonObject after = ok(b.get("api/objections/" + id));
    assertThat(after.getString("stage")).isEqualTo("HEARING");
    assertThat(after.getJsonObject("hearing").containsKey("report")).isFalse();
  }

  @Test
  @Order(22)
  void aWrittenWithdrawalIsRegisteredWithItsDateOfReceiptAndEndsTheProcess() {
    ApiClient b = as("behandelaar1");
    String id = created(b, validBsn(), today().minusDays(12));
    JsonObject c = ok(b.get("api/objections/" + id));
    LocalDate received = LocalDate.parse(c.getString("receivedDate"));
    JsonObject written =
        Json.createObjectBuilder()
            .add("reason", "Brief van de bezwaarmaker: bezwaar ingetrokken.")
            .add("channel", "WRITTEN")
            .build();
    assertProblem(b.post("api/objections/" + id + "/withdrawal", written), 400, "receivedOn");
    assertProblem(
        b.post(
            "api/objections/" + id + "/withdrawal",
            with(written, "receivedOn", received.minusDays(1).toString())),
        400,
        "receivedOn");
    assertThat(ok(b.get("api/objections/" + id)).getString("stage")).isEqualTo("ADMISSIBILITY");

    JsonObject w =
        ok(
            b.post(
                "api/objections/" + id + "/withdrawal",
                with(written, "receivedOn", received.plusDays(1).toString())));
    assertThat(w.getString("stage")).isEqualTo("WITHDRAWN");
    assertThat(w.getJsonObject("withdrawal").getString("channel")).isEqualTo("WRITTEN");
    assertThat(w.getJsonObject("withdrawal").getString("receivedOn"))
        .isEqualTo(received.plusDays(1).toString());
    assertThat(w.getJsonArray("activeSteps")).isEmpty();
    assertThat(taskFor(id, "behandelaar1", "team")).isNull();
    assertThat(auditActions(id))
        .contains("OBJECTION_WITHDRAWN", "WITHDRAWAL_REGISTERED", "PROCESS_ENDED_BY_WITHDRAWAL");
    // no confirmation letter for a written withdrawal; a second withdrawal is a conflict
    assertThat(letterKinds(id)).doesNotContain("OBJECTION_WITHDRAWAL_CONFIRMATION");
    Reply again =
        b.post(
            "api/objections/" + id + "/withdrawal",
            with(written, "receivedOn", received.plusDays(1).toString()));
    assertThat(again.status()).isEqualTo(409);
  }

  @Test
  @Order(30)
  void whoPreparedAnEarlierDraftCannotApproveTheRedraftOfAColleague() {
    String dual = dualRoleUser();
    ApiClient d = ApiClient.as(base, dual, DUAL_PASSWORD);
    String id = draftedByDualRoleUser(d);
    JsonObject rejected =
        ok(
            as("vaktechniek1")
                .post(
                    "api/objections/" + id + "/review",
                    Json.createObjectBuilder()
                        .add("approved", false)
                        .add("remarks", "Motiveer grond 1 beter.")
                        .build()));
    assertThat(rejected.getString("stage")).isEqualTo("DRAFTING");
    // the author gets the draft back with the remarks; their own review request was never theirs
    JsonObject returned = NoticeChecks.find(d, id, "DRAFT_RETURNED");
    assertThat(returned).as("returned draft noticed by its author").isNotNull();
    assertThat(returned.getString("textNl")).contains("vaktechniek1", "Motiveer grond 1 beter.");
    assertThat(returned.getString("href")).isEqualTo("#/bezwaren/" + id);
    assertThat(NoticeChecks.find(d, id, "REVIEW_REQUESTED"))
        .as("the author (who also holds VAKTECHNIEK) is not asked to review their own draft")
        .isNull();
    assertThat(NoticeChecks.find(as("vaktechniek2"), id, "REVIEW_REQUESTED")).isNotNull();
    assertThat(NoticeChecks.find(as("behandelaar2"), id, "DRAFT_RETURNED")).isNull();
    assertThat(NoticeChecks.markRead(as("vaktechniek1"), returned).status()).isEqualTo(404);
    JsonObject c = ok(as("behandelaar2").get("api/objections/" + id));
    JsonObject redrafted =
        ok(
            as("behandelaar2")
                .post("api/objections/" + id + "/decision", draft(c, "ONGEGROND", false)));
    assertThat(redrafted.getJsonObject("decision").getString("preparedBy"))
        .isEqualTo("behandelaar2");

    // the review task is not offered to them, and its claim is refused by the same rule
    assertThat(allTasks(d, "scope=team").stream().filter(t -> id.equals(t.getString("caseId"))))
        .as("review task not offered to someone who took a step on the case")
        .isEmpty();
    JsonObject task = taskFor(id, "vaktechniek2", "team");
    assertThat(task).as("review task offered to an eligible VAKTECHNIEK").isNotNull();
    Reply claim = d.post("api/tasks/" + task.getString("id") + "/claim");
    assertThat(claim.status()).as(claim.body()).isEqualTo(403);
    assertThat(claim.json().getString("policy")).isEqualTo("DecisionReviewPolicy");

    Reply self = d.post("api/objections/" + id + "/review", approve(true));
    assertThat(self.status()).as(self.body()).isEqualTo(403);
    assertThat(self.json().getString("policy")).isEqualTo("DecisionReviewPolicy");
    assertThat(self.json().getString("detailEn")).contains("INTAKE").contains("DRAFT 1");
    assertThat(ok(as("behandelaar2").get("api/objections/" + id)).getString("stage"))
        .isEqualTo("REVIEW");
    assertThat(
            ok(
                    as("inspectie1")
                        .get("api/audit/entries?size=1000&objectType=OBJECTION&objectId=" + id))
                .getJsonArray("entries")
                .stream()
                .map(v -> v.asJsonObject())
                .filter(e -> e.getString("outcome").equals("REFUSED"))
                .map(e -> e.getString("reasons", "")))
        .as("both refusals filed under the case")
        .filteredOn(r -> r.startsWith("DecisionReviewPolicy"))
        .hasSize(2);

    // the reviewer of draft 1 took no other step and may approve draft 2
    JsonObject approved =
        ok(as("vaktechniek1").post("api/objections/" + id + "/review", approve(true)));
    assertThat(approved.getString("stage")).isEqualTo("DECIDED");
  }

  @Test
  @Order(31)
  void aManagerCannotAssignTheReviewTaskToSomeoneWhoTookAStepOnTheCase() {
    String dual = dualRoleUser();
    String id = draftedByDualRoleUser(ApiClient.as(base, dual, DUAL_PASSWORD));
    String taskId = taskFor(id, "teamleider1", "all").getString("id");

    // the manager's picker offers only who may take it: the role, and not the preparer
    JsonObject candidates = ok(as("teamleider1").get("api/tasks/" + taskId + "/candidates"));
    assertThat(candidates.getJsonArray("taskIds").getString(0)).isEqualTo(taskId);
    List<String> names = userNames(candidates);
    assertThat(names).contains("vaktechniek1", "vaktechniek2").doesNotContain(dual, "behandelaar1");
    assertThat(names).isSorted();
    JsonObject vaktechniek2 =
        candidates.getJsonArray("candidates").stream()
            .map(JsonValue::asJsonObject)
            .filter(c -> c.getString("userName").equals("vaktechniek2"))
            .findFirst()
            .orElseThrow();
    assertThat(vaktechniek2.getJsonArray("roles").getJsonObject(0).getString("code"))
        .isEqualTo("VAKTECHNIEK");
    assertThat(vaktechniek2.getJsonArray("roles").getJsonObject(0).getString("label")).isNotBlank();
    // in bulk: who may take all of them; a task for the other role narrows it to who has both
    String other = created(as("behandelaar1"), validBsn(), today().minusDays(15));
    String otherTask = taskFor(other, "teamleider1", "all").getString("id");
    JsonObject one =
        ok(
            as("teamleider1")
                .post(
                    "api/tasks/candidates",
                    Json.createObjectBuilder()
                        .add("taskIds", Json.createArrayBuilder().add(taskId))
                        .build()));
    assertThat(userNames(one)).isEqualTo(names);
    JsonObject both =
        ok(
            as("teamleider1")
                .post(
                    "api/tasks/candidates",
                    Json.createObjectBuilder()
                        .add("taskIds", Json.createArrayBuilder().add(taskId).add(otherTask))
                        .build()));
    assertThat(userNames(both))
        .isSubsetOf(names)
        .doesNotContain(dual, "vaktechniek2", "behandelaar1");
    assertThat(
            as("teamleider1")
                .get("api/tasks/00000000-0000-4000-8000-000000000000/candidates")
                .status())
        .isEqualTo(404);
    assertThat(as("behandelaar1").get("api/tasks/" + taskId + "/candidates").status())
        .isEqualTo(403);

    Reply toPreparer =
        as("teamleider1")
            .post(
                "api/tasks/assignments",
                Json.createObjectBuilder()
                    .add("assignee", dual)
                    .add("reason", "werkverdeling")
                    .add("taskIds", Json.createArrayBuilder().add(taskId))
                    .build());
    assertThat(toPreparer.status()).as(toPreparer.body()).isEqualTo(403);
    assertThat(toPreparer.json().getString("policy")).isEqualTo("DecisionReviewPolicy");
    assertThat(absent(taskFor(id, "teamleider1", "all"), "assignee"))
        .as("nothing assigned")
        .isTrue();

    Reply toColleague =
        as("teamleider1")
            .post(
                "api/tasks/assignments",
                Json.createObjectBuilder()
                    .add("assignee", "vaktechniek2")
                    .add("reason", "werkverdeling")
                    .add("taskIds", Json.createArrayBuilder().add(taskId))
                    .build());
    assertThat(toColleague.status()).as(toColleague.body()).isEqualTo(200);
    assertThat(taskFor(id, "vaktechniek2", "mine")).isNotNull();
  }

  @Test
  @Order(32)
  void inspectieWithAnotherRoleAndBeheerWithACaseRoleAreRefusedAndAudited() {
    for (List<String> roles :
        List.of(List.of("INSPECTIE", "BEHANDELAAR"), List.of("BEHEER", "TEAMLEIDER"))) {
      String name = "sod" + Math.abs(ThreadLocalRandom.current().nextInt(1_000_000));
      JsonArrayBuilder r = Json.createArrayBuilder();
      roles.forEach(r::add);
      Reply refused =
          as("beheer1")
              .post(
                  "api/users",
                  Json.createObjectBuilder()
                      .add("userName", name)
                      .add("displayName", "Combinatie " + roles)
                      .add("password", DUAL_PASSWORD)
                      .add("roles", r)
                      .add("team", "team-1")
                      .build());
      assertThat(refused.status()).as(refused.body()).isEqualTo(403);
      assertThat(refused.isProblem()).isTrue();
      assertThat(refused.json().getString("field")).isEqualTo("roles");
      assertThat(refused.json().getString("policy")).isEqualTo("SegregationOfDutiesPolicy");
      assertThat(refused.json().getString("detailNl")).contains(roles.get(0));
      assertThat(ok(as("beheer1").get("api/users")).getJsonArray("users").toString())
          .as("not created")
          .doesNotContain("\"" + name + "\"");
      assertThat(
              ok(as("inspectie1").get("api/audit/entries?objectType=USER&objectId=" + name))
                  .getJsonArray("entries")
                  .toString())
          .contains("REFUSED")
          .contains("SegregationOfDuties");
    }
  }

  // ---- the penalty for late decision (Awb 4:17, 4:18; issue 9 rule 4)
  // ----------------------------------------------------------------------------------------------

  @Test
  @Order(40)
  void aPenaltyEndedByALateDecisionIsSetByTheHandlerWithALetterStatingTheAmount() {
    ApiClient h = as("behandelaar1");
    // a final award over last year, EUR 450 to be paid back, objected to in time; decided late
    LocalDate dagtekening = today().minusDays(130);
    JsonObject in =
        Json.createObjectBuilder(
                withContestedType(intake(validBsn(), dagtekening, 1), "DEFINITIEVE_TOEKENNING"))
            .add("receivedDate", dagtekening.plusDays(20).toString())
            .add("amountAtStakeCents", 45_000)
            .build();
    in =
        Json.createObjectBuilder(in)
            .add(
                "contestedDecision",
                Json.createObjectBuilder(in.getJsonObject("contestedDecision"))
                    .add("benefitYear", dagtekening.getYear() - 1))
            .build();
    Reply created = h.post("api/objections", in);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().getString("id");
    assertThat(created.json().getJsonNumber("amountAtStakeCents").longValue()).isEqualTo(45_000);
    assertThat(created.json().getInt("contestedBenefitYear")).isEqualTo(dagtekening.getYear() - 1);
    LocalDate deadline = LocalDate.parse(created.json().getString("decisionDeadline"));
    assertThat(deadline).isBefore(today().minusDays(40));

    // the notice of default the day after the deadline: the penalty runs from two weeks later
    LocalDate notice = deadline.plusDays(1);
    ok(
        h.post(
            "api/objections/" + id + "/notice-of-default",
            Json.createObjectBuilder().add("receivedOn", notice.toString()).build()));
    ok(h.post("api/objections/" + id + "/admissibility", admissible()));
    ok(h.post("api/objections/" + id + "/contact", notReached()));
    JsonObject waived =
        ok(
            h.post(
                "api/objections/" + id + "/hearing/waiver", waiver("E_VOLLEDIG_TEGEMOETGEKOMEN")));
    // the draft still types an amount at stake of EUR 450,00: it plays no part in the penalty
    JsonObject decided =
        ok(h.post("api/objections/" + id + "/decision", draft(waived, "GEGROND", true)));
    assertThat(decided.getString("stage")).isEqualTo("DECIDED");

    // the decision ended the penalty: the 4:18 task is open with its two-week term
    LocalDate first = notice.plusDays(14);
    LocalDate last = today().minusDays(1);
    long weeks = (java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1) / 7;
    long cents = Math.min(weeks * 1000, 10_000);
    JsonObject penalty = decided.getJsonObject("penalty");
    assertThat(penalty.getString("lastPenaltyDay")).isEqualTo(last.toString());
    LocalDate due = LocalDate.parse(penalty.getString("decisionDue"));
    assertThat(due).isAfterOrEqualTo(last.plusDays(14)).isBefore(last.plusDays(20));
    assertThat(penalty.getJsonNumber("amountCents").longValue()).isEqualTo(cents);
    assertThat(penalty.getString("cap")).isEqualTo("€ 100,00");
    assertThat(decided.getJsonArray("activeSteps").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .contains("SetPenaltyTask");
    JsonObject task = taskFor(id, "behandelaar1", "team");
    assertThat(task).isNotNull();
    assertThat(task.getString("stage")).isEqualTo("SetPenaltyTask");
    assertThat(task.getString("name")).contains("Dwangsom vaststellen");

    // a finding that does not fit the decision, or an unknown one, is refused and changes nothing
    assertProblem(
        h.post(
            "api/objections/" + id + "/penalty-decision",
            Json.createObjectBuilder()
                .add("manifestly", "KENNELIJK_ONGEGROND")
                .add("reasons", "Geen nieuwe feiten.")
                .build()),
        400,
        "manifestly");
    assertProblem(
        h.post(
            "api/objections/" + id + "/penalty-decision",
            Json.createObjectBuilder().add("manifestly", "SOMEWHAT").build()),
        400,
        "manifestly");
    assertThat(absent(ok(h.get("api/objections/" + id)).getJsonObject("penalty"), "decision"))
        .isTrue();

    // the handler sets the penalty: the task is done, the process ends, a letter states the amount
    JsonObject set =
        ok(
            h.post(
                "api/objections/" + id + "/penalty-decision", Json.createObjectBuilder().build()));
    JsonObject decision = set.getJsonObject("penalty").getJsonObject("decision");
    assertThat(decision.getJsonNumber("amountCents").longValue()).isEqualTo(cents);
    assertThat(decision.getString("lastPenaltyDay")).isEqualTo(last.toString());
    assertThat(decision.getString("decidedBy")).isEqualTo("behandelaar1");
    assertThat(set.getJsonArray("activeSteps")).isEmpty();
    assertThat(taskFor(id, "behandelaar1", "team")).isNull();

    awaitLetter(id, "OBJECTION_PENALTY_DECISION");
    String letterId =
        letters(id).stream()
            .filter(l -> l.getString("kind").equals("OBJECTION_PENALTY_DECISION"))
            .findFirst()
            .orElseThrow()
            .getString("id");
    String text = pdfText(id, letterId);
    String amount = String.format("€ %d,00", cents / 100);
    assertThat(text)
        .contains("Beslissing over de dwangsom")
        .contains("Wij stellen de dwangsom vast op " + amount + ".")
        .contains("Dat zijn " + weeks + " volle weken.")
        .contains("met een maximum van € 100,00")
        .contains("Artikel 4:17 en 4:18 van de Algemene wet bestuursrecht");

    // the decision letter states the revocation (Awb 7:11) and names the law in words
    String decisionLetter =
        pdfText(
            id,
            letters(id).stream()
                .filter(l -> l.getString("kind").equals("OBJECTION_DECISION"))
                .findFirst()
                .orElseThrow()
                .getString("id"));
    assertThat(decisionLetter)
        .contains("Wij herroepen ons besluit van")
        .contains("In de plaats daarvan nemen wij een nieuw besluit")
        .contains("Artikel 16 van de Algemene wet inkomensafhankelijke regelingen")
        .contains("Wij hebben u niet gehoord, omdat wij uw bezwaar volledig toewijzen");

    // once only; audited with its basis
    assertThat(
            h.post("api/objections/" + id + "/penalty-decision", Json.createObjectBuilder().build())
                .status())
        .isEqualTo(409);
    assertThat(auditActions(id)).contains("NOTICE_OF_DEFAULT_REGISTERED", "PENALTY_DECIDED");
  }

  @Test
  @Order(42)
  void aPenaltyThatReachesItsCapWhileTheCaseIsOpenIsOfferedToTheHandlerAndSetBeforeTheDecision() {
    ApiClient h = as("behandelaar2");
    // EUR 50 at stake: the cap is EUR 30, reached three weeks after the first penalty day
    LocalDate dagtekening = today().minusDays(130);
    JsonObject in =
        Json.createObjectBuilder(
                withContestedType(intake(validBsn(), dagtekening, 1), "DEFINITIEVE_TOEKENNING"))
            .add("receivedDate", dagtekening.plusDays(20).toString())
            .add("amountAtStakeCents", 5_000)
            .build();
    Reply created = h.post("api/objections", in);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().getString("id");
    LocalDate deadline = LocalDate.parse(created.json().getString("decisionDeadline"));
    LocalDate notice = deadline.plusDays(1);
    JsonObject inDefault =
        ok(
            h.post(
                "api/objections/" + id + "/notice-of-default",
                Json.createObjectBuilder().add("receivedOn", notice.toString()).build()));
    LocalDate last = notice.plusDays(14 + 20);
    assertThat(last).isBefore(today());
    assertThat(inDefault.getJsonObject("penalty").getString("lastPenaltyDay"))
        .isEqualTo(last.toString());

    // the cap's timer is due: the engine offers the 4:18 task while the case is still open
    JsonObject task =
        ApiClient.await(
            () ->
                tasks("behandelaar2", "team").stream()
                    .filter(t -> id.equals(t.getString("caseId")))
                    .filter(t -> t.getString("stage").equals("SetPenaltyOpenCaseTask"))
                    .findFirst()
                    .orElse(null),
            t -> t != null,
            Duration.ofSeconds(120));
    assertThat(task.getString("name")).contains("Dwangsom vaststellen");

    JsonObject set =
        ok(
            h.post(
                "api/objections/" + id + "/penalty-decision", Json.createObjectBuilder().build()));
    assertThat(set.getString("stage")).isEqualTo("ADMISSIBILITY");
    assertThat(
            set.getJsonObject("penalty")
                .getJsonObject("decision")
                .getJsonNumber("amountCents")
                .longValue())
        .isEqualTo(3_000);
    awaitLetter(id, "OBJECTION_PENALTY_DECISION");
    String text =
        pdfText(
            id,
            letters(id).stream()
                .filter(l -> l.getString("kind").equals("OBJECTION_PENALTY_DECISION"))
                .findFirst()
                .orElseThrow()
                .getString("id"));
    assertThat(text)
        .contains("Wij hebben nog niet over uw bezwaar beslist")
        .contains("Wij stellen de dwangsom vast op € 30,00.");

    // the work goes on; after the decision no second penalty task
    ok(h.post("api/objections/" + id + "/admissibility", admissible()));
    ok(h.post("api/objections/" + id + "/contact", notReached()));
    JsonObject waived =
        ok(
            h.post(
                "api/objections/" + id + "/hearing/waiver", waiver("E_VOLLEDIG_TEGEMOETGEKOMEN")));
    JsonObject decided =
        ok(h.post("api/objections/" + id + "/decision", draft(waived, "GEGROND", true)));
    assertThat(decided.getString("stage")).isEqualTo("DECIDED");
    assertThat(decided.getJsonArray("activeSteps")).isEmpty();
    assertThat(taskFor(id, "behandelaar2", "team")).isNull();
    assertThat(letterKinds(id).stream().filter("OBJECTION_PENALTY_DECISION"::equals).count())
        .isEqualTo(1);
  }

  @Test
  @Order(41)
  void noPenaltyDecisionForARevisionOfAFinalAwardNorForAFinalAwardOverTwentyTwelve() {
    ApiClient h = as("behandelaar1");
    LocalDate dagtekening = today().minusDays(130);
    for (String[] c : new String[][] {{"HERZIENING", "2020"}, {"DEFINITIEVE_TOEKENNING", "2012"}}) {
      JsonObject in = withContestedType(intake(validBsn(), dagtekening, 1), c[0]);
      in =
          Json.createObjectBuilder(in)
              .add("receivedDate", dagtekening.plusDays(20).toString())
              .add("amountAtStakeCents", 45_000)
              .add(
                  "contestedDecision",
                  Json.createObjectBuilder(in.getJsonObject("contestedDecision"))
                      .add("benefitYear", Integer.parseInt(c[1])))
              .build();
      Reply created = h.post("api/objections", in);
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      String id = created.json().getString("id");
      LocalDate deadline = LocalDate.parse(created.json().getString("decisionDeadline"));
      JsonObject inDefault =
          ok(
              h.post(
                  "api/objections/" + id + "/notice-of-default",
                  Json.createObjectBuilder()
                      .add("receivedOn", deadline.plusDays(1).toString())
                      .build()));
      JsonObject p = inDefault.getJsonObject("penalty");
      assertThat(p.getBoolean("applies")).as(c[0]).isFalse();
      assertThat(p.getJsonNumber("amountCents").longValue()).isZero();
      assertThat(p.getString("reason")).contains(c[0].equals("HERZIENING") ? "herziening" : "2012");
    }
  }

  // ---- helpers
  // -----------------------------------------------------------------------------------

  private ApiClient as(String user) {
    return ApiClient.as(base, user);
  }

  static LocalDate today() {
    return LocalDate.now(AMSTERDAM);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** A random BSN that passes the elfproef. */
  static String validBsn() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    while (true) {
      int[] d = new int[9];
      d[0] = 1 + random.nextInt(9);
      int sum = d[0] * 9;
      for (int i = 1; i < 8; i++) {
        d[i] = random.nextInt(10);
        sum += d[i] * (9 - i);
      }
      int check = sum % 11;
      if (check == 10) {
        continue;
      }
      d[8] = check;
      StringBuilder b = new StringBuilder();
      for (int x : d) {
        b.append(x);
      }
      return b.toString();
    }
  }

  static JsonObject intake(String bsn, LocalDate dagtekening, int grounds) {
    JsonArrayBuilder g = Json.createArrayBuilder();
    for (int i = 1; i <= grounds; i++) {
      g.add("Grond " + i + ": mijn inkomen is te hoog vastgesteld.");
    }
    return Json.createObjectBuilder()
        .add("bsn", bsn)
        .add("benefitType", "HUURTOESLAG")
        .add(
            "contestedDecision",
            Json.createObjectBuilder()
                .add("reference", "TEST-" + Math.abs(ThreadLocalRandom.current().nextInt()))
                .add("type", "TERUGVORDERING")
                .add("date", dagtekening.toString()))
        .add(
            "receivedDate",
            dagtekening.plusDays(Math.min(7, daysUntilToday(dagtekening))).toString())
        .add("grounds", g)
        .add("channel", "DIGITAAL")
        // the amount at stake on the contested decision (optional; only a final award uses it)
        .add("amountAtStakeCents", 45_000)
        .build();
  }

  private static long daysUntilToday(LocalDate date) {
    return java.time.temporal.ChronoUnit.DAYS.between(date, today());
  }

  static JsonObject with(JsonObject o, String name, String value) {
    return Json.createObjectBuilder(o).add(name, value).build();
  }

  static JsonObject withArray(JsonObject o, String name, JsonArrayBuilder value) {
    return Json.createObjectBuilder(o).add(name, value).build();
  }

  static JsonObject withDecisionDate(JsonObject o, LocalDate date) {
    return Json.createObjectBuilder(o)
        .add(
            "contestedDecision",
            Json.createObjectBuilder(o.getJsonObject("contestedDecision"))
                .add("date", date.toString()))
        .build();
  }

  static JsonObject withContestedType(JsonObject o, String type) {
    return Json.createObjectBuilder(o)
        .add(
            "contestedDecision",
            Json.createObjectBuilder(o.getJsonObject("contestedDecision")).add("type", type))
        .build();
  }

  static JsonObject admissible() {
    return Json.createObjectBuilder().add("missing", Json.createArrayBuilder()).build();
  }

  static JsonObject notReached() {
    return Json.createObjectBuilder()
        .add("reached", false)
        .add("agreement", "")
        .add("withdrawn", false)
        .add("resolved", false)
        .build();
  }

  static JsonObject waiver(String reason) {
    return Json.createObjectBuilder()
        .add("reason", reason)
        .add("explanation", "Vastgelegd in het dossier.")
        .build();
  }

  static JsonObject approve(boolean approved) {
    return Json.createObjectBuilder().add("approved", approved).build();
  }

  /** A decision answering every ground of the case. */
  static JsonObject draft(JsonObject c, String outcome, boolean upheld) {
    JsonArrayBuilder answers = Json.createArrayBuilder();
    for (JsonValue g : c.getJsonArray("grounds")) {
      answers.add(
          Json.createObjectBuilder()
              .add("ground", ((jakarta.json.JsonString) g).getString())
              .add("upheld", upheld)
              .add(
                  "reasons",
                  upheld
                      ? "U heeft gelijk: het inkomen is verlaagd naar het juiste bedrag."
                      : "Het inkomen komt overeen met de gegevens van de Belastingdienst."));
    }
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("outcome", outcome)
            .add(
                "reasons",
                upheld
                    ? "Wij passen de toeslag aan."
                    : "De terugvordering blijft staan omdat het inkomen juist is vastgesteld.")
            .add("answers", answers)
            .add("legalReferences", Json.createArrayBuilder().add(LEGAL_REFERENCE))
            .add("caseLaw", Json.createArrayBuilder());
    if (upheld) {
      b.add(
          "effect",
          Json.createObjectBuilder()
              .add("newAmount", "1234,56")
              .add("recoveryDropped", true)
              .add("amountAtStake", "450,00")
              .add("description", "De terugvordering vervalt."));
    }
    return b.build();
  }

  private String created(ApiClient client, String bsn, LocalDate dagtekening) {
    Reply r = client.post("api/objections", intake(bsn, dagtekening, 1));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().getString("id");
  }

  private static JsonObject ok(Reply r) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private static List<JsonObject> array(Reply r) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.structure().asJsonArray().stream().map(JsonValue::asJsonObject).toList();
  }

  /** JSON-B leaves out null properties. */
  private static boolean absent(JsonObject o, String name) {
    return !o.containsKey(name) || o.isNull(name);
  }

  @Test
  @Order(43)
  void anIntakeRetriedWithItsIdempotencyKeyCreatesOneCaseAndGetsTheFirstAnswer() throws Exception {
    String bsn = validBsn();
    JsonObject body = intake(bsn, today().minusDays(12), 1);
    String key = UUID.randomUUID().toString();
    ApiClient worker = as("behandelaar1");
    Reply first = worker.post("api/objections", body, "Idempotency-Key", key);
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    String caseId = first.json().getString("id");
    assertThat(first.header("Idempotent-Replayed")).isNull();

    // the answer was lost: the retry gets the same case, and nothing new is made
    Reply retry = worker.post("api/objections", body, "Idempotency-Key", key);
    assertThat(retry.status()).as(retry.body()).isEqualTo(201);
    assertThat(retry.json().getString("id")).isEqualTo(caseId);
    assertThat(retry.json().getString("caseNumber"))
        .isEqualTo(first.json().getString("caseNumber"));
    assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");

    // several at once with a new key: still one case
    String together = UUID.randomUUID().toString();
    String otherBsn = validBsn();
    JsonObject other = intake(otherBsn, today().minusDays(11), 1);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    List<java.util.concurrent.Future<Reply>> replies = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      replies.add(
          pool.submit(() -> worker.post("api/objections", other, "Idempotency-Key", together)));
    }
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (java.util.concurrent.Future<Reply> f : replies) {
      Reply r = f.get(120, java.util.concurrent.TimeUnit.SECONDS);
      // 201 with the one case, or 409 while the first is still running (then a retry gets 201)
      assertThat(r.status()).as(r.body()).isIn(201, 409);
      if (r.status() == 201) {
        ids.add(r.json().getString("id"));
      }
    }
    pool.shutdown();
    assertThat(ids).hasSize(1);
    assertThat(array(worker.get("api/objections?bsn=" + otherBsn))).hasSize(1);
    assertThat(array(worker.get("api/objections?bsn=" + bsn))).hasSize(1);

    // the key once more, with another request: refused, nothing made
    Reply reused =
        worker.post(
            "api/objections", intake(validBsn(), today().minusDays(5), 1), "Idempotency-Key", key);
    assertThat(reused.status()).as(reused.body()).isEqualTo(409);
    assertThat(reused.json().getString("detailNl")).contains("Idempotency-Key");
    // another user's key is their own
    Reply colleague = as("behandelaar2").post("api/objections", body, "Idempotency-Key", key);
    assertThat(colleague.status()).as(colleague.body()).isEqualTo(201);
    assertThat(colleague.json().getString("id")).isNotEqualTo(caseId);

    // a key that is no key
    assertProblem(
        worker.post("api/objections", body, "Idempotency-Key", "twee woorden"),
        400,
        "Idempotency-Key");
  }

  @Test
  @Order(44)
  void afterEveryFlowTheTaskListsReadModelHoldsExactlyTheEnginesOpenTasks() {
    // administrators see both counts on the readiness check; every change wrote both in one
    // transaction, so once the timers of this suite are quiet they are equal
    ApiClient admin = as("beheer1");
    Reply ready =
        ApiClient.await(
            () -> admin.get("health/ready"),
            r -> {
              JsonObject data = taskListCheck(r);
              return data != null && count(data, "openTasks") == count(data, "readModelRows");
            },
            Duration.ofSeconds(30));
    assertThat(count(taskListCheck(ready), "openTasks")).isPositive();
    // and the manager's list counts the same tasks
    JsonObject all = ok(as("teamleider1").get("api/tasks?scope=all&size=1"));
    assertThat(all.getJsonNumber("total").longValue())
        .isEqualTo(count(taskListCheck(ready), "readModelRows"));
  }

  /** A number of the health data (Payara writes some as strings). */
  private static long count(JsonObject data, String key) {
    JsonValue v = data.get(key);
    return v instanceof jakarta.json.JsonNumber n
        ? n.longValue()
        : Long.parseLong(((jakarta.json.JsonString) v).getString());
  }

  private static JsonObject taskListCheck(Reply ready) {
    return ready.json().getJsonArray("checks").stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> "task-list".equals(c.getString("name")))
        .map(c -> c.getJsonObject("data"))
        .findFirst()
        .orElse(null);
  }

  private static void assertProblem(Reply r, int status, String field) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.isProblem()).as(r.contentType()).isTrue();
    assertThat(r.json().getString("field")).isEqualTo(field);
  }

  /** Every task of the scope, page by page (200 a page, the largest). */
  private List<JsonObject> tasks(String user, String scope) {
    return allTasks(as(user), "scope=" + scope);
  }

  static List<JsonObject> allTasks(ApiClient client, String query) {
    List<JsonObject> all = new java.util.ArrayList<>();
    for (int page = 0; ; page++) {
      JsonObject p = ok(client.get("api/tasks?" + query + "&size=200&page=" + page));
      p.getJsonArray("tasks").stream().map(JsonValue::asJsonObject).forEach(all::add);
      if (p.getJsonArray("tasks").isEmpty() || all.size() >= p.getJsonNumber("total").longValue()) {
        return all;
      }
    }
  }

  private static List<String> userNames(JsonObject candidates) {
    return candidates.getJsonArray("candidates").stream()
        .map(v -> v.asJsonObject().getString("userName"))
        .toList();
  }

  private static JsonObject page(Reply r) {
    JsonObject p = ok(r);
    assertThat(p.keySet()).contains("scope", "tasks", "total", "page", "size", "counts");
    return p;
  }

  private static List<JsonObject> rows(JsonObject page) {
    return page.getJsonArray("tasks").stream().map(JsonValue::asJsonObject).toList();
  }

  private JsonObject taskFor(String caseId, String user, String scope) {
    return tasks(user, scope).stream()
        .filter(t -> caseId.equals(t.getString("caseId")))
        .findFirst()
        .orElse(null);
  }

  private static void assertSortedByDeadline(List<JsonObject> tasks) {
    assertSortedBy(
        tasks.stream()
            .filter(t -> !absent(t, "deadline"))
            .map(t -> t.getString("deadline"))
            .toList());
  }

  private static void assertSortedBy(List<String> isoDates) {
    assertThat(isoDates).isSortedAccordingTo(String::compareTo);
  }

  private List<JsonObject> letters(String caseId) {
    return array(as("behandelaar1").get("api/objections/" + caseId + "/letters"));
  }

  /**
   * Letters are rendered after commit: waits (bounded) until the case has a letter of this kind.
   */
  private void awaitLetter(String caseId, String kind) {
    ApiClient.await(
        () -> letterKinds(caseId), kinds -> kinds.contains(kind), Duration.ofSeconds(30));
  }

  private List<String> letterKinds(String caseId) {
    return letters(caseId).stream().map(l -> l.getString("kind")).toList();
  }

  private List<String> auditActions(String caseId) {
    return ok(
            as("inspectie1")
                .get("api/audit/entries?objectType=OBJECTION&size=1000&objectId=" + caseId))
        .getJsonArray("entries")
        .stream()
        .map(v -> v.asJsonObject().getString("action"))
        .toList();
  }

  private String pdfText(String caseId, String letterId) {
    Reply pdf = as("behandelaar1").get("api/objections/" + caseId + "/letters/" + letterId);
    assertThat(pdf.status()).as(pdf.body()).isEqualTo(200);
    assertThat(pdf.contentType()).startsWith("application/pdf");
    assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final String DUAL_PASSWORD = "beide-rollen-2026";

  /**
   * A user who holds both BEHANDELAAR and VAKTECHNIEK, created by the administrator through the
   * user API: only such a person could try to review a decision they prepared themselves.
   */
  private String dualRoleUser() {
    String name = "dubbelrol" + Math.abs(ThreadLocalRandom.current().nextInt(1_000_000));
    Reply r =
        as("beheer1")
            .post(
                "api/users",
                Json.createObjectBuilder()
                    .add("userName", name)
                    .add("displayName", "Behandelaar en vaktechnisch adviseur")
                    .add("password", DUAL_PASSWORD)
                    .add("roles", Json.createArrayBuilder().add("BEHANDELAAR").add("VAKTECHNIEK"))
                    .add("team", "team-1")
                    .build());
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return name;
  }
}
