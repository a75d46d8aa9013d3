package nl.toeslagen.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
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
 * The four-eyes fraud review (issue #4) through the API of the assembled WAR in Payara Micro: a
 * signal driven to each outcome by two different people per determination, every refusal (own
 * determination, earlier author, wrong role, phase out of order, no reasons, fine without
 * zienswijze) answered, audited once and without effect, the BSN search, the work list, the case
 * view, the citizen's letter and the retention purge.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FraudReviewIT {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.assembledWar();
  }

  @ArquillianResource URL base;

  // ---------------------------------------------------------------- outcomes

  @Test
  @Order(1)
  void notRelevantSignalIsClosedOnlyWhenASecondPersonApproves() {
    String id = register("toezicht1", newBsn(), today().plusYears(1));
    String d = created(propose("toezicht1", id, "RELEVANTIE", "NIET_RELEVANT", "Tip is te vaag"));

    // the same person cannot approve their own determination
    JsonObject before = details(id);
    Reply own = review("toezicht1", id, d, true, "Ik keur mijn eigen werk goed");
    assertRefused(own, 403, "FourEyesNotAuthorPolicy", "eigen vaststelling");
    assertAuditedOnce(id, "toezicht1", "FourEyesNotAuthorPolicy");
    assertUnchanged(id, before);

    Reply approved = review("toezicht2", id, d, true, "Inderdaad niet concreet genoeg");
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    JsonObject closed = approved.json();
    assertThat(closed.getString("phase")).isEqualTo("AFGESLOTEN");
    assertThat(closed.getString("outcome")).isEqualTo("NIET_RELEVANT");
    assertThat(closed.containsKey("letterId"))
        .as("no letter for a signal the citizen never knew of")
        .isFalse();
    assertThat(actions(id))
        .contains("SIGNAL_REGISTERED", "DETERMINATION_APPROVED", "SIGNAL_CLOSED");
    assertThat(diagram(id).getJsonArray("activeActivityIds")).isEmpty();
    assertThat(ApiClient.as(base, "toezicht2").get("api/signals/" + id + "/letter").status())
        .isEqualTo(404);
  }

  @Test
  @Order(2)
  void rightAwardEndsWithNothingWrongAndAPlainLanguageLetter() throws IOException {
    String id = register("toezicht1", newBsn(), today().plusYears(1));
    relevant(id);

    // a phase out of order is refused, audited and changes nothing
    JsonObject before = details(id);
    Reply early = propose("toezicht1", id, "UITKOMST", "GEEN_ONJUISTHEID", "Alles klopt");
    assertRefused(early, 403, "PhaseOrderPolicy", "fase");
    assertAuditedOnce(id, "toezicht1", "PhaseOrderPolicy");
    assertUnchanged(id, before);

    // a determination without reasons is invalid input, audited, and changes nothing
    int refusedBefore = refusals(id).size();
    Reply noReasons = propose("toezicht1", id, "RECHTMATIGHEID", "TOEKENNING_JUIST", "  ");
    assertThat(noReasons.status()).as(noReasons.body()).isEqualTo(400);
    assertThat(noReasons.json().getString("field")).isEqualTo("reasons");
    assertThat(noReasons.json().getString("detailNl")).contains("motivering");
    List<JsonObject> refused = refusals(id);
    assertThat(refused).hasSize(refusedBefore + 1);
    assertThat(last(refused).getString("action")).isEqualTo("DETERMINATION_REFUSED");
    assertThat(last(refused).getString("legalBasis")).isEqualTo("BWBR0005537 art. 3:46");
    assertUnchanged(id, before);

    String legality =
        created(
            propose(
                "toezicht1",
                id,
                "RECHTMATIGHEID",
                "TOEKENNING_JUIST",
                "Huurcontract en inschrijving BRP kloppen",
                b ->
                    b.add("facts", Json.createArrayBuilder().add("Huurcontract 2024 ingezien"))
                        .add(
                            "legalReferences",
                            Json.createArrayBuilder().add("BWBR0018472 art. 16"))));
    approve("toezicht2", id, legality, "Onderzoek is volledig");
    assertThat(details(id).getString("phase")).isEqualTo("UITKOMST");
    String outcome =
        created(propose("toezicht1", id, "UITKOMST", "GEEN_ONJUISTHEID", "Toekenning juist"));
    JsonObject closed = approve("toezicht2", id, outcome, "Eens, afsluiten");

    assertThat(closed.getString("outcome")).isEqualTo("GEEN_ONJUISTHEID");
    // the case view: each determination with author, approver and both reasons
    JsonArray determinations = details(id).getJsonArray("determinations");
    assertThat(determinations).hasSize(3);
    for (JsonValue v : determinations) {
      JsonObject det = v.asJsonObject();
      assertThat(det.getString("author")).isEqualTo("toezicht1");
      assertThat(det.getString("approver")).isEqualTo("toezicht2");
      assertThat(det.getString("reasons")).isNotBlank();
      assertThat(det.getString("approvalReasons")).isNotBlank();
      assertThat(det.getString("status")).isEqualTo("APPROVED");
    }
    JsonObject legalityView = determinations.getJsonObject(1);
    assertThat(legalityView.getJsonArray("facts").getString(0))
        .isEqualTo("Huurcontract 2024 ingezien");
    assertThat(legalityView.getJsonArray("legalReferences").getString(0))
        .isEqualTo("BWBR0018472 art. 16");
    assertThat(letterText(id)).contains("klopt", "U hoeft niets te doen");
    // the letter names the signal by its case number, never by the technical id
    assertThat(letterText(id)).contains(details(id).getString("caseNumber")).doesNotContain(id);
  }

  @Test
  @Order(3)
  void honestMistakeIsApprovedByTheProfessionalLineAndNeverFined() throws IOException {
    String id = register("toezicht1", newBsn(), today().plusYears(1));
    relevant(id);
    approve(
        "toezicht2",
        id,
        created(
            propose(
                "toezicht1", id, "RECHTMATIGHEID", "TOEKENNING_ONJUIST", "Partner niet gemeld")),
        "Juist vastgesteld");
    String intent =
        created(
            propose(
                "toezicht1",
                id,
                "OPZET_GROVE_SCHULD",
                "GEEN_OPZET_OF_GROVE_SCHULD",
                "Burger begreep de regels over toeslagpartners niet"));

    // the wrong role: intent is approved by the professional line, not by a supervision officer
    JsonObject before = details(id);
    Reply wrongRole = review("toezicht2", id, intent, true, "Akkoord");
    assertRefused(wrongRole, 403, "FourEyesRolePolicy", "VAKTECHNIEK");
    assertAuditedOnce(id, "toezicht2", "FourEyesRolePolicy");
    assertUnchanged(id, before);

    approve("vaktechniek1", id, intent, "Geen aanwijzingen voor opzet");
    // an honest mistake is never fined
    Reply fined =
        propose(
            "toezicht1",
            id,
            "UITKOMST",
            "ONBEWUSTE_FOUT",
            "Herstel",
            b -> b.add("fine", fine(50_000, 50, null)));
    assertRefused(fined, 403, "OutcomeFollowsFindingsPolicy", "nooit beboet");
    String outcome =
        created(
            propose(
                "toezicht1",
                id,
                "UITKOMST",
                "ONBEWUSTE_FOUT",
                "Toeslag aanpassen, betalingsregeling aanbieden"));
    assertThat(
            details(id)
                .getJsonArray("determinations")
                .getJsonObject(3)
                .getString("requiredApproverRole"))
        .isEqualTo("TOEZICHT");
    JsonObject closed = approve("toezicht2", id, outcome, "Goede afweging");

    assertThat(closed.getString("outcome")).isEqualTo("ONBEWUSTE_FOUT");
    assertThat(closed.getJsonArray("determinations").getJsonObject(2).getString("approver"))
        .isEqualTo("vaktechniek1");
    assertThat(letterText(id)).contains("U krijgt geen boete", "betalingsregeling");
  }

  @Test
  @Order(4)
  void intentLeadsToAFineProposalOnlyAfterTheZienswijzeAndTwoProfessionalLineReviewers()
      throws IOException {
    String id = register("toezicht1", newBsn(), today().plusYears(1));
    relevant(id);
    approve(
        "toezicht2",
        id,
        created(
            propose("toezicht1", id, "RECHTMATIGHEID", "TOEKENNING_ONJUIST", "Inkomen verzwegen")),
        "Juist");
    String intent =
        created(
            propose(
                "vaktechniek2",
                id,
                "OPZET_GROVE_SCHULD",
                "OPZET",
                "Drie jaar lang bewust inkomen verzwegen na herhaalde brieven"));
    approve("vaktechniek1", id, intent, "Opzet is met de stukken aangetoond");
    assertThat(details(id).getString("phase")).isEqualTo("UITKOMST");
    assertThat(diagram(id).getJsonArray("activeActivityIds").getString(0))
        .isEqualTo("RequestZienswijzeTask");

    // no fine proposal before the citizen's view was asked and recorded: a conflict (409)
    JsonObject before = details(id);
    Reply noView =
        propose(
            "toezicht1",
            id,
            "UITKOMST",
            "OPZET_OF_GROVE_SCHULD",
            "Boete",
            b -> b.add("fine", fine(200_000, 50, "RAP-2025-17")));
    assertRefused(noView, 409, "ZienswijzeBeforeFinePolicy", "zienswijze");
    assertAuditedOnce(id, "toezicht1", "ZienswijzeBeforeFinePolicy");
    assertUnchanged(id, before);

    Reply view =
        ApiClient.as(base, "toezicht1")
            .post(
                "api/signals/" + id + "/zienswijze",
                Json.createObjectBuilder()
                    .add("requestedOn", today().minusWeeks(2).toString())
                    .add("responded", true)
                    .add("summary", "Burger zegt de brieven niet te hebben gelezen")
                    .build());
    assertThat(view.status()).as(view.body()).isEqualTo(200);
    assertThat(view.json().getJsonObject("zienswijze").getString("recordedBy"))
        .isEqualTo("toezicht1");

    // above EUR 340 the fine needs a report (Awb 5:53)
    Reply noReport =
        propose(
            "toezicht1",
            id,
            "UITKOMST",
            "OPZET_OF_GROVE_SCHULD",
            "Boete",
            b -> b.add("fine", fine(200_000, 50, null)));
    assertRefused(noReport, 403, "FinePolicy", "rapport");

    Reply proposed =
        propose(
            "toezicht1",
            id,
            "UITKOMST",
            "OPZET_OF_GROVE_SCHULD",
            "Opzet vastgesteld; boete van de helft van de terugvordering",
            b -> b.add("fine", fine(200_000, 50, "RAP-2025-17")));
    String outcome = created(proposed);
    JsonObject fine = proposed.json().getJsonObject("fine");
    assertThat(fine.getJsonNumber("amountCents").longValue()).isEqualTo(100_000);
    assertThat(fine.getInt("maximumPercentage")).isEqualTo(100);
    assertThat(proposed.json().getString("requiredApproverRole")).isEqualTo("VAKTECHNIEK");

    // whoever authored an earlier determination on this signal cannot approve a later one
    before = details(id);
    Reply earlierAuthor = review("vaktechniek2", id, outcome, true, "Akkoord");
    assertRefused(earlierAuthor, 403, "FourEyesNoEarlierAuthorPolicy", "eerder");
    assertAuditedOnce(id, "vaktechniek2", "FourEyesNoEarlierAuthorPolicy");
    assertUnchanged(id, before);
    // and an intentional outcome is never approved by a supervision officer
    assertRefused(
        review("toezicht2", id, outcome, true, "Akkoord"),
        403,
        "FourEyesRolePolicy",
        "VAKTECHNIEK");

    JsonObject closed = approve("vaktechniek1", id, outcome, "Boete is evenredig");
    assertThat(closed.getString("outcome")).isEqualTo("OPZET_OF_GROVE_SCHULD");
    JsonObject approvedOutcome = closed.getJsonArray("determinations").getJsonObject(3);
    assertThat(approvedOutcome.getString("author")).isEqualTo("toezicht1");
    assertThat(approvedOutcome.getString("approver")).isEqualTo("vaktechniek1");
    assertThat(approvedOutcome.getString("approvalReasons")).isEqualTo("Boete is evenredig");
    assertThat(letterText(id)).contains("boete", "1.000,00", "zienswijze");
  }

  // ---------------------------------------------------------------- work list, search

  @Test
  @Order(5)
  void theWorkListShowsPhaseWhatWaitsForApprovalAndWhatWaitsForMe() {
    String id = register("toezicht1", newBsn(), today().plusYears(1));
    String d =
        created(
            propose(
                "toezicht1",
                id,
                "RELEVANTIE",
                "RELEVANT",
                "Concrete tip",
                b -> b.add("priority", "HOOG")));
    assertThat(diagram(id).getJsonArray("activeActivityIds").getString(0))
        .isEqualTo("ApproveRelevanceTask");

    JsonObject forApprover = item("toezicht2", "waitingForMe=true", id);
    assertThat(forApprover).as("waits for toezicht2").isNotNull();
    assertThat(forApprover.getBoolean("waitingForApproval")).isTrue();
    assertThat(forApprover.getString("requiredApproverRole")).isEqualTo("TOEZICHT");
    assertThat(forApprover.getString("bsnMasked")).startsWith("*****");
    assertThat(item("toezicht1", "waitingForMe=true", id)).as("not for its author").isNull();
    assertThat(item("toezicht1", "waitingForApproval=true", id)).isNotNull();
    assertThat(item("toezicht1", "phase=RELEVANTIE", id)).isNotNull();
    assertThat(item("toezicht1", "phase=RECHTMATIGHEID", id)).isNull();

    // the approvers' role is notified, the author is not
    ApiClient author = ApiClient.as(base, "toezicht1");
    ApiClient approver = ApiClient.as(base, "toezicht2");
    JsonObject request = NoticeChecks.find(approver, id, "REVIEW_REQUESTED");
    assertThat(request).as("review request noticed by TOEZICHT").isNotNull();
    assertThat(request.getString("workflow")).isEqualTo("fraud-review");
    assertThat(request.getString("href")).isEqualTo("#/signalen/" + id);
    assertThat(request.getString("caseLabel"))
        .isEqualTo(details(id).getString("caseNumber") + " · Signaal huurtoeslag");
    assertThat(request.getString("textNl")).contains("relevantie", "toezicht1", "vier ogen");
    assertThat(NoticeChecks.find(author, id, "REVIEW_REQUESTED")).as("not its author").isNull();
    assertThat(NoticeChecks.find(ApiClient.as(base, "vaktechniek1"), id, "REVIEW_REQUESTED"))
        .as("relevance is approved by TOEZICHT only")
        .isNull();

    // a rejected determination goes back to its author with the reasons
    Reply rejected = review("toezicht2", id, d, false, "Bron en datum van de tip ontbreken");
    assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
    JsonObject back = NoticeChecks.find(author, id, "DRAFT_RETURNED");
    assertThat(back).as("the author is notified").isNotNull();
    assertThat(back.getString("textNl"))
        .contains("toezicht2", "Bron en datum van de tip ontbreken");
    assertThat(back.getBoolean("read")).isFalse();
    assertThat(NoticeChecks.markRead(approver, back).status())
        .as("not the reviewer's to mark")
        .isEqualTo(404);
    long unread = NoticeChecks.unread(author);
    Reply read = NoticeChecks.markRead(author, back);
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    assertThat(read.json().getJsonNumber("unread").longValue()).isEqualTo(unread - 1);
    assertThat(NoticeChecks.find(author, id, "DRAFT_RETURNED").getBoolean("read")).isTrue();
    JsonObject returned = item("toezicht1", "waitingForMe=true", id);
    assertThat(returned).as("back with its author").isNotNull();
    assertThat(returned.getBoolean("returnedForRevision")).isTrue();
    assertThat(
            rejected
                .json()
                .getJsonArray("determinations")
                .getJsonObject(0)
                .getString("approvalReasons"))
        .isEqualTo("Bron en datum van de tip ontbreken");
    assertThat(diagram(id).getJsonArray("activeActivityIds").getString(0))
        .isEqualTo("AssessRelevanceTask");

    Reply notAllowed = ApiClient.as(base, "behandelaar1").get("api/signals/work-list");
    assertThat(notAllowed.status()).isEqualTo(403);
  }

  @Test
  @Order(6)
  void searchByBsnShowsOnlyOpenSignalsToSupervisionAndProfessionalLineAndIsAlwaysAudited() {
    String bsn = newBsn();
    String open = register("toezicht1", bsn, today().plusYears(1));
    String closed = register("toezicht1", bsn, today().plusYears(1));
    approve(
        "toezicht2",
        closed,
        created(propose("toezicht1", closed, "RELEVANTIE", "NIET_RELEVANT", "Dubbele melding")),
        "Eens");

    for (String user : List.of("toezicht2", "vaktechniek1")) {
      long searchesBefore = count("action=SIGNAL_SEARCH_BY_BSN&actor=" + user);
      Reply found = search(user, bsn);
      assertThat(found.status()).as(found.body()).isEqualTo(200);
      assertThat(found.structure().asJsonArray())
          .extracting(v -> v.asJsonObject().getString("id"))
          .containsExactly(open);
      assertThat(count("action=SIGNAL_SEARCH_BY_BSN&actor=" + user)).isEqualTo(searchesBefore + 1);
    }
    // the audit entry names the citizen masked, never the full BSN
    JsonObject entry = last(entries("action=SIGNAL_SEARCH_BY_BSN&actor=vaktechniek1"));
    assertThat(entry.getString("objectId")).isEqualTo("*****" + bsn.substring(5));
    assertThat(entry.toString()).doesNotContain(bsn);

    for (String user : List.of("behandelaar1", "inspectie1")) {
      long refusedBefore = count("action=REFUSED%20POST&actor=" + user);
      Reply refused = search(user, bsn);
      assertThat(refused.status()).as(refused.body()).isEqualTo(403);
      assertThat(refused.isProblem()).isTrue();
      assertThat(count("action=REFUSED%20POST&actor=" + user)).isEqualTo(refusedBefore + 1);
    }
  }

  // ---------------------------------------------------------------- retention

  @Test
  @Order(7)
  void withTwoSupervisionOfficersTheAuthorIsWarnedTheManagerSeesItStuckAndTheAuthorWithdraws() {
    String id = register("toezicht1", newBsn(), today().plusYears(1));
    relevant(id);

    // toezicht1 authored the relevance, toezicht2 writes the legality: nobody may approve it
    Reply proposed =
        propose("toezicht2", id, "RECHTMATIGHEID", "TOEKENNING_ONJUIST", "Extra bewoner");
    String d = created(proposed);
    assertThat(proposed.json().getJsonArray("eligibleApprovers")).isEmpty();
    assertThat(proposed.json().getString("noApproverWarningNl")).contains("Niemand kan");
    JsonObject pending = details(id).getJsonArray("determinations").getJsonObject(1);
    assertThat(pending.getString("noApproverWarningEn")).contains("Nobody can approve");
    assertThat(actions(id)).contains("DETERMINATION_HAS_NO_ELIGIBLE_APPROVER");

    // the approval task is offered to nobody, and the earlier author may not claim it
    assertThat(tasksOf("toezicht1", "team")).noneMatch(t -> id.equals(t.getString("caseId")));
    assertThat(tasksOf("toezicht2", "team")).noneMatch(t -> id.equals(t.getString("caseId")));
    JsonObject task =
        tasksOf("teamleider1", "all").stream()
            .filter(t -> id.equals(t.getString("caseId")))
            .findFirst()
            .orElseThrow();
    Reply claim =
        ApiClient.as(base, "toezicht1").post("api/tasks/" + task.getString("id") + "/claim");
    assertRefused(claim, 403, "FourEyesNoEarlierAuthorPolicy", "eerder");

    // the manager (and the inspectorate) see the signal as stuck; case workers do not get the list
    assertThat(stuck("teamleider1"))
        .filteredOn(st -> st.getString("id").equals(id))
        .singleElement()
        .satisfies(
            st -> {
              assertThat(st.getBoolean("noEligibleApprover")).isTrue();
              assertThat(st.getString("determinationId")).isEqualTo(d);
              assertThat(st.getString("requiredApproverRole")).isEqualTo("TOEZICHT");
            });
    assertThat(ApiClient.as(base, "inspectie1").get("api/signals/stuck").status()).isEqualTo(200);
    assertThat(ApiClient.as(base, "toezicht1").get("api/signals/stuck").status()).isEqualTo(403);

    // only the author withdraws, with a reason
    Reply notAuthor = withdraw("toezicht1", id, d, "Niet van mij");
    assertRefused(notAuthor, 403, "DeterminationWithdrawalPolicy", "opsteller");
    assertAuditedOnce(id, "toezicht1", "DeterminationWithdrawalPolicy");
    Reply noReason = withdraw("toezicht2", id, d, " ");
    assertThat(noReason.status()).as(noReason.body()).isEqualTo(400);
    assertThat(noReason.json().getString("field")).isEqualTo("reason");

    Reply withdrawn = withdraw("toezicht2", id, d, "Niemand kan goedkeuren");
    assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
    assertThat(withdrawn.json().getJsonArray("determinations").getJsonObject(1).getString("status"))
        .isEqualTo("WITHDRAWN");
    assertThat(actions(id)).contains("DETERMINATION_WITHDRAWN");
    assertThat(stuck("teamleider1")).noneMatch(st -> st.getString("id").equals(id));

    // the phase is open again: toezicht1 writes it and toezicht2 may approve
    Reply again = propose("toezicht1", id, "RECHTMATIGHEID", "TOEKENNING_ONJUIST", "Extra bewoner");
    String second = created(again);
    assertThat(again.json().getJsonArray("eligibleApprovers").getString(0)).isEqualTo("toezicht2");
    assertThat(approve("toezicht2", id, second, "Eens").getString("phase"))
        .isEqualTo("OPZET_GROVE_SCHULD");
  }

  private List<JsonObject> tasksOf(String user, String scope) {
    return ObjectionFlowIT.allTasks(ApiClient.as(base, user), "scope=" + scope);
  }

  /** The rows of one page of the task list. */
  private List<JsonObject> taskRows(String user, String query) {
    Reply reply = ApiClient.as(base, user).get("api/tasks?" + query);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().getJsonArray("tasks").stream().map(JsonValue::asJsonObject).toList();
  }

  private Reply withdraw(String user, String id, String d, String reason) {
    return ApiClient.as(base, user)
        .post(
            "api/signals/" + id + "/determinations/" + d + "/withdrawal",
            Json.createObjectBuilder().add("reason", reason).build());
  }

  private List<JsonObject> stuck(String user) {
    Reply reply = ApiClient.as(base, user).get("api/signals/stuck");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.structure().asJsonArray().stream().map(JsonValue::asJsonObject).toList();
  }

  // ---------------------------------------------------------------- issue 9: rules 8, 10, 11, 12

  @Test
  @Order(8)
  void theViewIsAskedByLetterTheFineWaitsForItAndTheInspectorateReadsTheWholeFileReadOnly()
      throws IOException {
    String id = register("toezicht1", newBsn(), today().plusYears(1));
    relevant(id);
    approve(
        "toezicht2",
        id,
        created(
            propose("toezicht1", id, "RECHTMATIGHEID", "TOEKENNING_ONJUIST", "Inkomen verzwegen")),
        "Juist");
    approve(
        "vaktechniek1",
        id,
        created(
            propose(
                "vaktechniek2",
                id,
                "OPZET_GROVE_SCHULD",
                "GROVE_SCHULD",
                "Drie herinneringen over het inkomen ongelezen gelaten")),
        "Grove schuld is met de stukken aangetoond");

    // rule 8: the request is a letter with the facts, the intended fine and the last day
    Reply asked = requestView("toezicht1", id, fine(200_000, 40, "RAP-2026-3"));
    assertThat(asked.status()).as(asked.body()).isEqualTo(200);
    JsonObject request = asked.json().getJsonObject("zienswijzeRequest");
    LocalDate respondBy =
        nl.toeslagen.kernel.LegalCalendar.standard().statutoryTermEnd(today().plusWeeks(2));
    assertThat(request.getString("requestedOn")).isEqualTo(today().toString());
    assertThat(request.getString("respondBy")).isEqualTo(respondBy.toString());
    assertThat(request.getBoolean("periodLapsed")).isFalse();
    assertThat(request.getJsonObject("intendedFine").getJsonNumber("amountCents").longValue())
        .isEqualTo(80_000);
    assertThat(actions(id)).contains("ZIENSWIJZE_REQUESTED");
    JsonObject requestLetter = awaitLetters(id, 1).getJsonArray("letters").getJsonObject(0);
    assertThat(requestLetter.getString("kind")).isEqualTo("FRAUD_REVIEW_ZIENSWIJZE_REQUEST");
    assertThat(letterText(id, requestLetter.getString("id"), "toezicht2"))
        .contains("Inkomen 2025 van € 38.000 niet doorgegeven", "Drie herinneringen ongelezen")
        .contains("€ 800,00", "40%", nl.toeslagen.documents.api.DutchDates.format(respondBy))
        .contains("met grove schuld")
        .doesNotContain("met opzet");

    // asked once; no "no response" and no fine while the citizen can still respond (409)
    JsonObject before = details(id);
    assertRefused(
        requestView("toezicht1", id, fine(200_000, 40, "RAP-2026-3")),
        409,
        "ZienswijzeOnlyBeforeSanctionPolicy",
        "al om een zienswijze gevraagd");
    assertRefused(
        recordView("toezicht1", id, false, null), 409, "ZienswijzeTermPolicy", "reageren");
    Reply early =
        propose(
            "toezicht1",
            id,
            "UITKOMST",
            "OPZET_OF_GROVE_SCHULD",
            "Boete",
            b -> b.add("fine", fine(200_000, 40, "RAP-2026-3")));
    assertRefused(early, 409, "ZienswijzeBeforeFinePolicy", "zienswijze");
    assertAuditedOnce(id, "toezicht1", "ZienswijzeTermPolicy");
    assertUnchanged(id, before);
    assertThat(details(id).getJsonArray("letters")).hasSize(1);

    // the view comes in: the fine may follow, but not above the intended fine
    Reply view = recordView("toezicht1", id, true, "Burger zegt de brieven niet te hebben gezien");
    assertThat(view.status()).as(view.body()).isEqualTo(200);
    assertThat(view.json().getJsonObject("zienswijze").getString("requestedOn"))
        .isEqualTo(today().toString());
    assertRefused(
        propose(
            "toezicht1",
            id,
            "UITKOMST",
            "OPZET_OF_GROVE_SCHULD",
            "Boete",
            b -> b.add("fine", fine(200_000, 50, "RAP-2026-3"))),
        409,
        "ZienswijzeBeforeFinePolicy",
        "voorgenomen boete");
    String outcome =
        created(
            propose(
                "toezicht1",
                id,
                "UITKOMST",
                "OPZET_OF_GROVE_SCHULD",
                "Grove schuld; boete zoals voorgenomen",
                b -> b.add("fine", fine(200_000, 40, "RAP-2026-3"))));
    approve("vaktechniek1", id, outcome, "Boete is evenredig");

    // rule 10: the outcome letter states what was approved and that the view was given
    assertThat(letterText(id))
        .contains("met grove schuld onjuiste gegevens", "U heeft uw zienswijze gegeven")
        .contains("€ 800,00", "40%")
        .doesNotContain("met opzet")
        .doesNotContain("artikel 42");

    // rule 12: the inspectorate reads the file — determinations, authors, approvers, both
    // reasons, the letters — and every read is audited
    String viewed = "objectType=SIGNAL&objectId=" + id + "&actor=inspectie1&action=SIGNAL_VIEWED";
    String letters = "objectType=SIGNAL&objectId=" + id + "&actor=inspectie1&action=LETTER_VIEWED";
    long viewedBefore = count(viewed);
    long lettersBefore = count(letters);
    Reply file = ApiClient.as(base, "inspectie1").get("api/signals/" + id);
    assertThat(file.status()).as(file.body()).isEqualTo(200);
    JsonObject inspected = file.json();
    assertThat(inspected.getJsonArray("determinations")).hasSize(4);
    for (JsonValue v : inspected.getJsonArray("determinations")) {
      JsonObject det = v.asJsonObject();
      assertThat(det.getString("author")).isNotBlank();
      assertThat(det.getString("approver")).isNotBlank().isNotEqualTo(det.getString("author"));
      assertThat(det.getString("reasons")).isNotBlank();
      assertThat(det.getString("approvalReasons")).isNotBlank();
      assertThat(det.getBoolean("mayBeReviewedByMe")).isFalse();
    }
    assertThat(inspected.getJsonObject("zienswijze").getBoolean("responded")).isTrue();
    JsonArray fileLetters = inspected.getJsonArray("letters");
    assertThat(fileLetters)
        .extracting(l -> l.asJsonObject().getString("kind"))
        .containsExactlyInAnyOrder("FRAUD_REVIEW_ZIENSWIJZE_REQUEST", "FRAUD_REVIEW_OUTCOME");
    for (JsonValue l : fileLetters) {
      assertThat(letterText(id, l.asJsonObject().getString("id"), "inspectie1")).isNotBlank();
    }
    assertThat(ApiClient.as(base, "inspectie1").get("api/signals/" + id + "/letter").status())
        .isEqualTo(200);
    assertThat(count(viewed)).isEqualTo(viewedBefore + 1);
    assertThat(count(letters)).isEqualTo(lettersBefore + 3);

    // ... and may change nothing: every write is refused (403), audited under the signal
    String d = inspected.getJsonArray("determinations").getJsonObject(3).getString("id");
    JsonObject closed = details(id);
    long refusedBefore = refusalsBy(id, "inspectie1");
    ApiClient inspector = ApiClient.as(base, "inspectie1");
    List<Reply> writes =
        List.of(
            inspector.post(
                "api/signals/" + id + "/determinations",
                Json.createObjectBuilder()
                    .add("phase", "UITKOMST")
                    .add("conclusion", "GEEN_ONJUISTHEID")
                    .add("reasons", "Inspectie")
                    .build()),
            inspector.post(
                "api/signals/" + id + "/determinations/" + d + "/approval",
                Json.createObjectBuilder().add("approved", false).add("reasons", "Nee").build()),
            inspector.post(
                "api/signals/" + id + "/determinations/" + d + "/withdrawal",
                Json.createObjectBuilder().add("reason", "Inspectie").build()),
            inspector.post(
                "api/signals/" + id + "/zienswijze",
                Json.createObjectBuilder().add("responded", true).add("summary", "x").build()),
            inspector.post(
                "api/signals/" + id + "/zienswijze-request",
                Json.createObjectBuilder()
                    .add("facts", Json.createArrayBuilder().add("Feit"))
                    .add("intendedFine", fine(10_000, 10, null))
                    .build()));
    for (Reply w : writes) {
      assertThat(w.status()).as(w.body()).isEqualTo(403);
      assertThat(w.isProblem()).isTrue();
      assertThat(w.json().getString("detailNl")).isNotBlank();
    }
    assertThat(refusalsBy(id, "inspectie1")).isEqualTo(refusedBefore + writes.size());
    assertUnchanged(id, closed);
  }

  @Test
  @Order(9)
  void afterNoResponseTheLetterSaysSoAndAZeroFineGivesItsRealReasonNotArticle42()
      throws IOException {
    String id = register("toezicht1", newBsn(), today().plusYears(1));
    relevant(id);
    approve(
        "toezicht2",
        id,
        created(
            propose("toezicht1", id, "RECHTMATIGHEID", "TOEKENNING_ONJUIST", "Partner verzwegen")),
        "Juist");
    approve(
        "vaktechniek1",
        id,
        created(propose("vaktechniek2", id, "OPZET_GROVE_SCHULD", "OPZET", "Bewust verzwegen")),
        "Opzet aangetoond");
    // asked outside this system three weeks ago (the path from before): the period lapsed unused
    Reply none =
        ApiClient.as(base, "toezicht1")
            .post(
                "api/signals/" + id + "/zienswijze",
                Json.createObjectBuilder()
                    .add("requestedOn", today().minusWeeks(3).toString())
                    .add("responded", false)
                    .build());
    assertThat(none.status()).as(none.body()).isEqualTo(200);
    String reason = "Gezien de schulden van de burger zien wij af van een boete";
    String outcome =
        created(
            propose(
                "toezicht1",
                id,
                "UITKOMST",
                "OPZET_OF_GROVE_SCHULD",
                reason,
                b -> b.add("fine", fine(200_000, 0, "RAP-2026-4"))));
    approve("vaktechniek1", id, outcome, "Afzien is redelijk");

    assertThat(letterText(id))
        .contains("met opzet onjuiste gegevens", "Wij hebben geen reactie van u ontvangen")
        .contains("Wij zien af van een boete", reason)
        .doesNotContain("gelezen")
        .doesNotContain("grove schuld")
        .doesNotContain("artikel 42");
  }

  @Test
  @Order(9)
  void aTypedRetentionDateBeyondTheSchedulesLongestPeriodIsRefusedWithItsField() {
    String bsn = newBsn();
    Reply tooLong =
        ApiClient.as(base, "toezicht1")
            .post(
                "api/signals",
                Json.createObjectBuilder()
                    .add("bsn", bsn)
                    .add("benefitType", "HUURTOESLAG")
                    .add("source", "TIP")
                    .add("description", "Tip")
                    .add("legalBasis", "Awir art. 40")
                    .add("retentionDate", today().plusYears(7).plusDays(1).toString())
                    .build());
    assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(400);
    assertThat(tooLong.isProblem()).isTrue();
    assertThat(tooLong.json().getString("field")).isEqualTo("retentionDate");
    assertThat(tooLong.json().getString("policy")).isEqualTo("RetentionSchedulePolicy");
    assertThat(tooLong.json().getString("detailNl")).contains("bewaarschema");
    assertThat(search("toezicht1", bsn).structure().asJsonArray()).isEmpty();

    // within the schedule, and shown to the officer as provisional with the schedule
    String id = register("toezicht1", bsn, today().plusYears(7));
    JsonObject retention = details(id).getJsonObject("retention");
    assertThat(retention.getBoolean("provisional")).isTrue();
    assertThat(retention.getString("ruleNl")).contains("bewaarschema", "NIET_RELEVANT 6 maanden");
  }

  private long refusalsBy(String id, String actor) {
    return entries("objectType=SIGNAL&objectId=" + id + "&actor=" + actor).stream()
        .filter(e -> e.getString("outcome").equals("REFUSED"))
        .count();
  }

  private Reply requestView(String user, String id, JsonObject intendedFine) {
    return ApiClient.as(base, user)
        .post(
            "api/signals/" + id + "/zienswijze-request",
            Json.createObjectBuilder()
                .add(
                    "facts",
                    Json.createArrayBuilder()
                        .add("Inkomen 2025 van € 38.000 niet doorgegeven")
                        .add("Drie herinneringen ongelezen"))
                .add("intendedFine", intendedFine)
                .build());
  }

  private Reply recordView(String user, String id, boolean responded, String summary) {
    JsonObjectBuilder body = Json.createObjectBuilder().add("responded", responded);
    if (summary != null) {
      body.add("summary", summary);
    }
    return ApiClient.as(base, user).post("api/signals/" + id + "/zienswijze", body.build());
  }

  /** Letters are rendered after commit: waits (bounded) until the case lists {@code n}. */
  private JsonObject awaitLetters(String id, int n) {
    return ApiClient.await(
        () -> details(id),
        d -> d.containsKey("letters") && d.getJsonArray("letters").size() >= n,
        Duration.ofSeconds(30));
  }

  private String letterText(String id, String letterId, String user) throws IOException {
    Reply letter = ApiClient.as(base, user).get("api/signals/" + id + "/letters/" + letterId);
    assertThat(letter.status()).as(letter.body()).isEqualTo(200);
    assertThat(letter.contentType()).startsWith("application/pdf");
    try (PDDocument pdf = Loader.loadPDF(letter.bytes())) {
      return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }
  }

  @Test
  @Order(10)
  void retentionPurgesAClosedSignalWithItsLetterAndKeepsItsAuditTrail() throws IOException {
    String bsn = newBsn();
    String id = register("toezicht1", bsn, today().plusDays(1));
    String stillOpen = register("toezicht1", bsn, today().plusDays(1));
    relevant(id);
    approve(
        "toezicht2",
        id,
        created(propose("toezicht1", id, "RECHTMATIGHEID", "TOEKENNING_JUIST", "Klopt")),
        "Eens");
    approve(
        "toezicht2",
        id,
        created(propose("toezicht1", id, "UITKOMST", "GEEN_ONJUISTHEID", "Niets mis")),
        "Eens");
    JsonObject closedSignal = awaitLetter(id);
    String letterId = closedSignal.getString("letterId");
    assertThat(letterFile(letterId)).as("the letter is stored").isPresent();
    // the retention schedule, not the typed date: a year after closure for GEEN_ONJUISTHEID
    JsonObject retention = closedSignal.getJsonObject("retention");
    assertThat(retention.getBoolean("provisional")).isFalse();
    assertThat(retention.getString("period")).isEqualTo("P1Y");
    LocalDate closedOn = LocalDate.parse(retention.getString("countedFrom"));
    LocalDate retainUntil = LocalDate.parse(closedSignal.getString("retentionDate"));
    assertThat(retainUntil).isEqualTo(closedOn.plusYears(1));
    assertThat(retention.getString("ruleNl")).contains("1 jaar na afsluiting");
    assertThat(details(stillOpen).getJsonObject("retention").getBoolean("provisional")).isTrue();
    assertThat(letterText(id)).contains("verwijderen wij na");
    List<String> actionsBefore = actions(id);

    // only administrators run the purge on request
    Reply notAdmin = ApiClient.as(base, "toezicht1").post("api/signals/retention-run");
    assertThat(notAdmin.status()).isEqualTo(403);
    // today the retention date has not passed yet: nothing of ours goes
    Reply now = ApiClient.as(base, "beheer1").post("api/signals/retention-run");
    assertThat(now.status()).as(now.body()).isEqualTo(200);
    assertThat(details(id).getString("phase")).isEqualTo("AFGESLOTEN");
    Reply past =
        ApiClient.as(base, "beheer1")
            .post("api/signals/retention-run?today=" + today().minusDays(1));
    assertThat(past.status()).isEqualTo(400);

    Reply onTheDay =
        ApiClient.as(base, "beheer1").post("api/signals/retention-run?today=" + retainUntil);
    assertThat(onTheDay.status()).as(onTheDay.body()).isEqualTo(200);
    assertThat(details(id).getString("phase"))
        .as("kept on its retention date")
        .isEqualTo("AFGESLOTEN");

    LocalDate later = retainUntil.plusDays(1);
    Reply run = ApiClient.as(base, "beheer1").post("api/signals/retention-run?today=" + later);
    assertThat(run.status()).as(run.body()).isEqualTo(200);
    assertThat(run.json().getInt("purged")).isGreaterThanOrEqualTo(1);

    // the signal, its determinations and its letter are gone ...
    assertThat(ApiClient.as(base, "toezicht2").get("api/signals/" + id).status()).isEqualTo(404);
    assertThat(ApiClient.as(base, "toezicht2").get("api/signals/" + id + "/letter").status())
        .isEqualTo(404);
    assertThat(letterFile(letterId)).as("the letter file is deleted").isEmpty();
    assertThat(search("toezicht2", bsn).structure().asJsonArray())
        .extracting(v -> v.asJsonObject().getString("id"))
        .containsExactly(stillOpen);
    // ... an open signal is never purged ...
    assertThat(details(stillOpen).getString("phase")).isEqualTo("RELEVANTIE");
    // ... and the audit trail still tells that it existed and why it was closed, without the BSN
    List<String> actionsAfter = actions(id);
    assertThat(actionsAfter).containsAll(actionsBefore).contains("SIGNAL_PURGED");
    JsonObject purged =
        entries("objectType=SIGNAL&objectId=" + id + "&action=SIGNAL_PURGED").get(0);
    assertThat(purged.getString("actor")).isEqualTo("beheer1");
    assertThat(purged.getString("reasons")).contains("Geen onjuistheid");
    assertThat(entries("objectType=SIGNAL&objectId=" + id).toString()).doesNotContain(bsn);
    JsonObject deleted = entries("objectType=DOCUMENT&objectId=" + letterId).get(0);
    assertThat(deleted.getString("action")).isEqualTo("DOCUMENT_DELETED");
    assertThat(last(entries("action=RETENTION_RUN&actor=beheer1")).getString("reasons"))
        .contains(later.toString());
    JsonObject verification = ApiClient.as(base, "inspectie1").get("api/audit/verification").json();
    assertThat(verification.getBoolean("intact")).as(verification.toString()).isTrue();
  }

  // ---------------------------------------------------------------- helpers

  private static LocalDate today() {
    return LocalDate.now(AMSTERDAM);
  }

  // ---------------------------------------------------------------- the inbox (issue 10)

  @Test
  @Order(11)
  void aFraudTaskInTheInboxShowsNumberLabelCitizenAndTermAndOnlySupervisionFindsItByBsn() {
    String bsn = newBsn();
    String id = register("toezicht1", bsn, today().plusYears(1));
    String caseNumber = details(id).getString("caseNumber");
    created(propose("toezicht1", id, "RELEVANTIE", "RELEVANT", "Concrete tip"));

    JsonObject row =
        tasksOf("teamleider1", "all").stream()
            .filter(t -> id.equals(t.getString("caseId")))
            .findFirst()
            .orElseThrow();
    assertThat(row.getString("stage")).isEqualTo("ApproveRelevanceTask");
    assertThat(row.getString("process")).isEqualTo("FraudReview");
    assertThat(row.getString("workflow")).isEqualTo("fraud-review");
    assertThat(row.getString("caseNumber")).isEqualTo(caseNumber);
    assertThat(row.getString("caseLabel")).isEqualTo(caseNumber + " · Signaal huurtoeslag");
    assertThat(row.getString("citizen")).isEqualTo("*****" + bsn.substring(5));
    assertThat(row.getString("benefitType")).isEqualTo("HUURTOESLAG");
    // the approval's term: the working days before the determination counts as stuck (5)
    assertThat(row.getString("deadline")).isNotBlank();
    assertThat(row.getInt("daysLeft")).isEqualTo(5);
    assertThat(row.toString()).doesNotContain(bsn);

    // by number for anyone who sees it; by BSN only for supervision and the professional line
    assertThat(taskRows("teamleider1", "scope=all&q=" + caseNumber))
        .extracting(t -> t.getString("caseId"))
        .containsExactly(id);
    assertThat(taskRows("toezicht2", "scope=team&q=" + bsn))
        .extracting(t -> t.getString("caseId"))
        .containsExactly(id);
    assertThat(taskRows("teamleider1", "scope=all&q=" + bsn))
        .as("SignalSearchByBsnPolicy: not for the team manager")
        .isEmpty();
    assertThat(last(entries("action=TASKS_SEARCHED_BY_BSN&actor=toezicht2")).getString("objectId"))
        .isEqualTo("*****" + bsn.substring(5));

    // the manager's picker: TOEZICHT, but not the author (four eyes)
    String taskId = row.getString("id");
    Reply candidates = ApiClient.as(base, "teamleider1").get("api/tasks/" + taskId + "/candidates");
    assertThat(candidates.status()).as(candidates.body()).isEqualTo(200);
    List<String> names =
        candidates.json().getJsonArray("candidates").stream()
            .map(v -> v.asJsonObject().getString("userName"))
            .toList();
    assertThat(names).contains("toezicht2").doesNotContain("toezicht1", "vaktechniek1");

    // approved: the next phase's task has no term of its own
    approve(
        "toezicht2",
        id,
        details(id).getJsonArray("determinations").getJsonObject(0).getString("id"),
        "Eens");
    JsonObject next =
        tasksOf("teamleider1", "all").stream()
            .filter(t -> id.equals(t.getString("caseId")))
            .findFirst()
            .orElseThrow();
    assertThat(next.getString("stage")).isEqualTo("LegalityInvestigationTask");
    assertThat(next.containsKey("deadline") && !next.isNull("deadline")).isFalse();
    assertThat(next.getString("caseNumber")).isEqualTo(caseNumber);
  }

  /** A random BSN that passes the elfproef. */
  static String newBsn() {
    while (true) {
      int[] digits = new int[9];
      digits[0] = 1 + ThreadLocalRandom.current().nextInt(9);
      int sum = digits[0] * 9;
      for (int i = 1; i < 8; i++) {
        digits[i] = ThreadLocalRandom.current().nextInt(10);
        sum += digits[i] * (9 - i);
      }
      int last = sum % 11;
      if (last < 10) {
        digits[8] = last;
        StringBuilder s = new StringBuilder();
        for (int d : digits) {
          s.append(d);
        }
        return s.toString();
      }
    }
  }

  private String register(String user, String bsn, LocalDate retention) {
    Reply created =
        ApiClient.as(base, user)
            .post(
                "api/signals",
                Json.createObjectBuilder()
                    .add("bsn", bsn)
                    .add("benefitType", "HUURTOESLAG")
                    .add("source", "TIP")
                    .add("description", "Tip: er woont een tweede volwassene op het adres")
                    .add("legalBasis", "Awir art. 40; behandelkader signalen")
                    .add("retentionDate", retention.toString())
                    .build());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().getString("phase")).isEqualTo("RELEVANTIE");
    // a human-readable case number next to the id, numbered in the year of registration
    assertThat(created.json().getString("caseNumber"))
        .matches("TZ-" + LocalDate.now().getYear() + "-\\d{6,}");
    return created.json().getString("id");
  }

  private Reply propose(String user, String id, String phase, String conclusion, String reasons) {
    return propose(user, id, phase, conclusion, reasons, b -> b);
  }

  private Reply propose(
      String user,
      String id,
      String phase,
      String conclusion,
      String reasons,
      java.util.function.UnaryOperator<JsonObjectBuilder> extra) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("phase", phase)
            .add("conclusion", conclusion)
            .add("reasons", reasons);
    return ApiClient.as(base, user)
        .post("api/signals/" + id + "/determinations", extra.apply(body).build());
  }

  private static String created(Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    assertThat(reply.json().getString("status")).isEqualTo("AWAITING_APPROVAL");
    return reply.json().getString("id");
  }

  private Reply review(String user, String id, String d, boolean approved, String reasons) {
    return ApiClient.as(base, user)
        .post(
            "api/signals/" + id + "/determinations/" + d + "/approval",
            Json.createObjectBuilder().add("approved", approved).add("reasons", reasons).build());
  }

  private JsonObject approve(String user, String id, String d, String reasons) {
    Reply reply = review(user, id, d, true, reasons);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  /** Relevance proposed by toezicht1 and approved by toezicht2. */
  private void relevant(String id) {
    JsonObject after =
        approve(
            "toezicht2",
            id,
            created(
                propose("toezicht1", id, "RELEVANTIE", "RELEVANT", "Concreet en controleerbaar")),
            "Eens");
    assertThat(after.getString("phase")).isEqualTo("RECHTMATIGHEID");
  }

  private static JsonObject fine(long recoveryCents, int percentage, String report) {
    JsonObjectBuilder fine =
        Json.createObjectBuilder()
            .add("recoveryCents", recoveryCents)
            .add("percentage", percentage)
            .add("correctedBeforeAware", false);
    if (report != null) {
      fine.add("reportReference", report);
    }
    return fine.build();
  }

  /** The letter is rendered after commit: waits (bounded) until the case shows its letter. */
  private JsonObject awaitLetter(String id) {
    return ApiClient.await(
        () -> details(id),
        d -> d.containsKey("letterId") && !d.isNull("letterId"),
        Duration.ofSeconds(30));
  }

  private JsonObject details(String id) {
    Reply reply = ApiClient.as(base, "toezicht2").get("api/signals/" + id);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private JsonObject diagram(String id) {
    Reply reply = ApiClient.as(base, "toezicht2").get("api/signals/" + id + "/diagram");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json().getString("xml")).contains("FraudReview");
    return reply.json();
  }

  private Reply search(String user, String bsn) {
    return ApiClient.as(base, user)
        .post("api/signals/search", Json.createObjectBuilder().add("bsn", bsn).build());
  }

  private JsonObject item(String user, String filter, String id) {
    Reply reply = ApiClient.as(base, user).get("api/signals/work-list?" + filter);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.structure().asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(w -> w.getString("id").equals(id))
        .findFirst()
        .orElse(null);
  }

  private List<JsonObject> entries(String query) {
    Reply reply = ApiClient.as(base, "inspectie1").get("api/audit/entries?size=1000&" + query);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().getJsonArray("entries").stream().map(JsonValue::asJsonObject).toList();
  }

  private long count(String query) {
    return ApiClient.as(base, "inspectie1")
        .get("api/audit/entries?size=1&" + query)
        .json()
        .getJsonNumber("total")
        .longValue();
  }

  private List<String> actions(String id) {
    return entries("objectType=SIGNAL&objectId=" + id).stream()
        .map(e -> e.getString("action"))
        .toList();
  }

  private List<JsonObject> refusals(String id) {
    return entries("objectType=SIGNAL&objectId=" + id).stream()
        .filter(e -> e.getString("outcome").equals("REFUSED"))
        .toList();
  }

  private static JsonObject last(List<JsonObject> list) {
    assertThat(list).isNotEmpty();
    return list.get(list.size() - 1);
  }

  private static void assertRefused(Reply reply, int status, String policy, String dutch) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.isProblem()).isTrue();
    assertThat(reply.json().getString("policy")).isEqualTo(policy);
    assertThat(reply.json().getString("detailNl")).containsIgnoringCase(dutch);
    assertThat(reply.json().getString("detailEn")).isNotBlank();
  }

  /**
   * The refusal just answered is in the audit trail exactly once, under the signal, with the policy
   * that refused.
   */
  private void assertAuditedOnce(String id, String actor, String policy) {
    List<JsonObject> matching =
        refusals(id).stream()
            .filter(e -> e.getString("actor").equals(actor))
            .filter(e -> e.getString("reasons").startsWith(policy + ":"))
            .toList();
    assertThat(matching).hasSize(1);
    assertThat(matching.get(0).getString("action")).startsWith("REFUSED SignalResource.");
    // the same refusal is not also recorded under the request path
    assertThat(entries("objectType=REQUEST&actor=" + actor))
        .noneMatch(
            e ->
                !e.isNull("reasons")
                    && e.getString("reasons").startsWith(policy + ":")
                    && !e.isNull("objectId")
                    && e.getString("objectId").contains(id));
  }

  private void assertUnchanged(String id, JsonObject before) {
    JsonObject after = details(id);
    assertThat(after.getString("phase")).isEqualTo(before.getString("phase"));
    assertThat(after.getJsonArray("determinations"))
        .isEqualTo(before.getJsonArray("determinations"));
    assertThat(after.get("zienswijze")).isEqualTo(before.get("zienswijze"));
    assertThat(after.get("letterId")).isEqualTo(before.get("letterId"));
  }

  private String letterText(String id) throws IOException {
    JsonObject signal = awaitLetter(id);
    assertThat(signal.getString("letterId")).isNotBlank();
    Reply letter = ApiClient.as(base, "toezicht2").get("api/signals/" + id + "/letter");
    assertThat(letter.status()).as(letter.body()).isEqualTo(200);
    assertThat(letter.contentType()).startsWith("application/pdf");
    assertThat(new String(letter.bytes(), 0, 5)).isEqualTo("%PDF-");
    try (PDDocument pdf = Loader.loadPDF(letter.bytes())) {
      return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }
  }

  /** The stored file of a document, in the data folder the server was started with. */
  private static java.util.Optional<Path> letterFile(String documentId) throws IOException {
    String dataDir = System.getenv("TOESLAGEN_DATA_DIR");
    assertThat(dataDir).as("TOESLAGEN_DATA_DIR of the IT run").isNotBlank();
    Path documents = Path.of(dataDir, "documents");
    if (!Files.isDirectory(documents)) {
      return java.util.Optional.empty();
    }
    try (Stream<Path> files = Files.walk(documents)) {
      return files.filter(f -> f.getFileName().toString().equals(documentId + ".pdf")).findFirst();
    }
  }
}
