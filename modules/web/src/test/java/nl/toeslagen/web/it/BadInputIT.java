package nl.toeslagen.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.toeslagen.web.it.ApiClient.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bad input named in issue #7 through the real API: each answers 400 (or 413 / 415 / 405 / 404)
 * as problem+json with {@code detailNl}, {@code detailEn} and the JSON path in {@code field}, and
 * nothing is written — no case, signal or user appears, an existing case is unchanged and no audit
 * entry of the write is added.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputIT {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.assembledWar();
  }

  @ArquillianResource URL base;

  // ---------------------------------------------------------------- objections

  @Test
  void anIntakeWithSixtyGroundsOfFourThousandCharactersIsRefusedOnGrounds() {
    String bsn = FraudReviewIT.newBsn();
    JsonArrayBuilder grounds = Json.createArrayBuilder();
    for (int i = 0; i < 60; i++) {
      grounds.add("x".repeat(4000));
    }
    long before = count("behandelaar1", "OBJECTION_REGISTERED");
    assertBadRequest(
        behandelaar().post("api/objections", intake(bsn).add("grounds", grounds).build()),
        "grounds");
    assertNoCaseFor(bsn);
    assertThat(count("behandelaar1", "OBJECTION_REGISTERED")).isEqualTo(before);
  }

  /** The intake fields of the penalty (issue 9 rule 4): integer cents and a four-digit year. */
  @Test
  void anAmountAtStakeThatIsNotWholeCentsInRangeIsRefused() {
    for (String value : List.of("-1", "100000001", "12.5", "\"4500\"", "1e30", "true")) {
      amountAtStakeIsRefused(value);
    }
  }

  private void amountAtStakeIsRefused(String value) {
    String bsn = FraudReviewIT.newBsn();
    String body =
        intake(bsn)
            .build()
            .toString()
            .replaceFirst("\\{", "{\"amountAtStakeCents\":" + value + ",");
    assertBadRequest(
        behandelaar().postRaw("api/objections", "application/json", body), "amountAtStakeCents");
    assertNoCaseFor(bsn);
  }

  @Test
  void aBenefitYearOutsideTheAwirYearsIsRefused() {
    // 2005: before the Awir; this year: a final award is over a year that has ended
    for (String value :
        List.of(
            "2005",
            "0",
            "-2024",
            "99999",
            "\"2024\"",
            "2024.5",
            String.valueOf(today().minusDays(20).getYear()))) {
      benefitYearIsRefused(value);
    }
  }

  private void benefitYearIsRefused(String value) {
    String bsn = FraudReviewIT.newBsn();
    JsonObject in = intake(bsn).build();
    String body =
        Json.createObjectBuilder(in)
            .add(
                "contestedDecision",
                Json.createObjectBuilder(in.getJsonObject("contestedDecision"))
                    .add("benefitYear", 1))
            .build()
            .toString()
            .replace("\"benefitYear\":1", "\"benefitYear\":" + value);
    assertBadRequest(
        behandelaar().postRaw("api/objections", "application/json", body),
        "contestedDecision.benefitYear");
    assertNoCaseFor(bsn);
  }

  @Test
  void aNumberForTheAdvisoryCommitteeFlagIsRefusedInsteadOfStoredAsFalse() {
    String bsn = FraudReviewIT.newBsn();
    assertBadRequest(
        behandelaar().post("api/objections", intake(bsn).add("advisoryCommittee", 1).build()),
        "advisoryCommittee");
    assertNoCaseFor(bsn);
  }

  @Test
  void numbersAsGroundsAreRefusedNamingTheElement() {
    String bsn = FraudReviewIT.newBsn();
    assertBadRequest(
        behandelaar()
            .post(
                "api/objections",
                intake(bsn).add("grounds", Json.createArrayBuilder().add(1).add(2)).build()),
        "grounds[0]");
    assertNoCaseFor(bsn);
  }

  @Test
  void duplicateKeysAreRefusedInsteadOfTakingTheLast() {
    String bsn = FraudReviewIT.newBsn();
    String body = intake(bsn).build().toString();
    String duplicated = body.replaceFirst("\\{", "{\"bsn\":\"" + FraudReviewIT.newBsn() + "\",");
    assertBadRequest(
        behandelaar().postRaw("api/objections", "application/json", duplicated), "bsn");
    assertNoCaseFor(bsn);
  }

  @Test
  void aContestedDecisionDatedYearZeroIsRefused() {
    String bsn = FraudReviewIT.newBsn();
    Reply reply =
        behandelaar()
            .post(
                "api/objections",
                intake(bsn)
                    .add(
                        "contestedDecision",
                        Json.createObjectBuilder()
                            .add("reference", "ZT-1")
                            .add("type", "DEFINITIEVE_TOEKENNING")
                            .add("date", "0000-01-01"))
                    .build());
    assertBadRequest(reply, "contestedDecision.date");
    assertThat(reply.json().getString("detailNl")).contains("2006");
    assertNoCaseFor(bsn);
  }

  @Test
  void aWithdrawalReasonOfTenThousandCharactersIsRefusedAndTheCaseStaysOpen() {
    String id = registerObjection();
    JsonObject before = behandelaar().get("api/objections/" + id).json();
    long withdrawals = count("behandelaar1", "OBJECTION_WITHDRAWN");
    assertBadRequest(
        behandelaar()
            .post(
                "api/objections/" + id + "/withdrawal",
                Json.createObjectBuilder().add("reason", "x".repeat(10_000)).build()),
        "reason");
    assertUnchanged(id, before);
    assertThat(count("behandelaar1", "OBJECTION_WITHDRAWN")).isEqualTo(withdrawals);
  }

  @Test
  void reachedAsTextIsRefusedInsteadOfStoredAsFalse() {
    String id = registerObjection();
    JsonObject before = behandelaar().get("api/objections/" + id).json();
    assertBadRequest(
        behandelaar()
            .post(
                "api/objections/" + id + "/contact",
                Json.createObjectBuilder().add("reached", "yes").build()),
        "reached");
    assertUnchanged(id, before);
  }

  @Test
  void anAddedGroundTooLongWithAnUnknownSourceOrADateInTheYear9999IsRefusedAndNothingChanges() {
    String id = registerObjection();
    JsonObject before = behandelaar().get("api/objections/" + id).json();
    long added = count("behandelaar1", "OBJECTION_GROUND_ADDED");
    JsonObject ground =
        Json.createObjectBuilder()
            .add("text", "Nieuwe grond")
            .add("receivedOn", LocalDate.now(AMSTERDAM).toString())
            .add("source", "WRITTEN")
            .build();
    String path = "api/objections/" + id + "/grounds";
    assertBadRequest(
        behandelaar()
            .post(path, Json.createObjectBuilder(ground).add("text", "x".repeat(4001)).build()),
        "text");
    assertBadRequest(
        behandelaar().post(path, Json.createObjectBuilder(ground).add("source", "FAX").build()),
        "source");
    assertBadRequest(
        behandelaar()
            .post(path, Json.createObjectBuilder(ground).add("receivedOn", "9999-12-31").build()),
        "receivedOn");
    assertBadRequest(
        behandelaar().post(path, Json.createObjectBuilder(ground).add("text", 12).build()), "text");
    assertUnchanged(id, before);
    assertThat(count("behandelaar1", "OBJECTION_GROUND_ADDED")).isEqualTo(added);
  }

  @Test
  void aWrittenWithdrawalWithoutItsDateOrWithAnUnknownChannelIsRefusedAndTheCaseStaysOpen() {
    String id = registerObjection();
    JsonObject before = behandelaar().get("api/objections/" + id).json();
    long withdrawals = count("behandelaar1", "OBJECTION_WITHDRAWN");
    String path = "api/objections/" + id + "/withdrawal";
    JsonObject written =
        Json.createObjectBuilder()
            .add("reason", "Brief ontvangen")
            .add("channel", "WRITTEN")
            .build();
    assertBadRequest(behandelaar().post(path, written), "receivedOn");
    assertBadRequest(
        behandelaar().post(path, Json.createObjectBuilder(written).add("channel", "FAX").build()),
        "channel");
    assertBadRequest(
        behandelaar()
            .post(path, Json.createObjectBuilder(written).add("receivedOn", "2999-01-01").build()),
        "receivedOn");
    assertUnchanged(id, before);
    assertThat(count("behandelaar1", "OBJECTION_WITHDRAWN")).isEqualTo(withdrawals);
  }

  @Test
  void aShortNoticeAgreementAsTextIsRefusedInsteadOfReadAsFalse() {
    String id = registerObjection();
    JsonObject before = behandelaar().get("api/objections/" + id).json();
    assertBadRequest(
        behandelaar()
            .post(
                "api/objections/" + id + "/hearing",
                Json.createObjectBuilder()
                    .add("scheduledAt", LocalDate.now(AMSTERDAM).plusDays(14) + "T10:00")
                    .add("mode", "VIDEO")
                    .add("place", "Teams")
                    .add("objectorAgreedToShortNotice", "ja")
                    .build()),
        "objectorAgreedToShortNotice");
    assertUnchanged(id, before);
  }

  @Test
  void aPostponementToTheYear9999IsRefused() {
    String id = registerObjection();
    JsonObject before = behandelaar().get("api/objections/" + id).json();
    Reply reply =
        behandelaar()
            .post(
                "api/objections/" + id + "/postponement",
                Json.createObjectBuilder()
                    .add("newDeadline", "9999-12-31")
                    .add("consent", "telefonisch")
                    .build());
    assertBadRequest(reply, "newDeadline");
    assertUnchanged(id, before);
  }

  @Test
  void theTermsOfADecisionDatedInTheYear999999999AreRefusedNotA500() {
    assertBadRequest(
        behandelaar().get("api/terms/objection?decisionDate=%2B999999999-12-31"), "decisionDate");
    assertBadRequest(
        behandelaar().get("api/terms/objection?decisionDate=2005-12-31"), "decisionDate");
  }

  // ---------------------------------------------------------------- signals

  @Test
  void aSignalWithADescriptionOverFourThousandCharactersIsRefused() {
    String bsn = FraudReviewIT.newBsn();
    assertBadRequest(
        toezicht().post("api/signals", signal(bsn).add("description", "d".repeat(4001)).build()),
        "description");
    assertNoSignalFor(bsn);
  }

  @Test
  void aSignalWithALegalBasisOfThreeHundredCharactersIsRefused() {
    String bsn = FraudReviewIT.newBsn();
    long before = count("toezicht1", "SIGNAL_REGISTERED");
    assertBadRequest(
        toezicht().post("api/signals", signal(bsn).add("legalBasis", "b".repeat(300)).build()),
        "legalBasis");
    assertNoSignalFor(bsn);
    assertThat(count("toezicht1", "SIGNAL_REGISTERED")).isEqualTo(before);
  }

  @Test
  void aRetentionDateInTheYear999999999IsRefused() {
    String bsn = FraudReviewIT.newBsn();
    assertBadRequest(
        toezicht()
            .post("api/signals", signal(bsn).add("retentionDate", "+999999999-12-31").build()),
        "retentionDate");
    assertNoSignalFor(bsn);
  }

  @Test
  void aRetentionDateBeyondTheRetentionSchedulesLongestPeriodIsRefused() {
    String bsn = FraudReviewIT.newBsn();
    LocalDate tooLate = today().plusYears(7).plusDays(1);
    assertBadRequest(
        toezicht()
            .post("api/signals", signal(bsn).add("retentionDate", tooLate.toString()).build()),
        "retentionDate");
    assertNoSignalFor(bsn);
  }

  @Test
  void aZienswijzeRequestWithoutFactsWithTooManyOrWithoutAnIntendedFineIsRefused() {
    Reply created = toezicht().post("api/signals", signal(FraudReviewIT.newBsn()).build());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String path = "api/signals/" + created.json().getString("id") + "/zienswijze-request";
    JsonObject fine =
        Json.createObjectBuilder().add("recoveryCents", 10_000).add("percentage", 10).build();
    long before = count("toezicht1", "ZIENSWIJZE_REQUESTED");
    assertBadRequest(
        toezicht()
            .post(
                path,
                Json.createObjectBuilder()
                    .add("facts", Json.createArrayBuilder())
                    .add("intendedFine", fine)
                    .build()),
        "facts");
    var many = Json.createArrayBuilder();
    for (int i = 0; i < 21; i++) {
      many.add("Feit " + i);
    }
    assertBadRequest(
        toezicht()
            .post(
                path,
                Json.createObjectBuilder().add("facts", many).add("intendedFine", fine).build()),
        "facts");
    assertBadRequest(
        toezicht()
            .post(
                path,
                Json.createObjectBuilder()
                    .add("facts", Json.createArrayBuilder().add("Feit"))
                    .build()),
        "intendedFine");
    assertThat(count("toezicht1", "ZIENSWIJZE_REQUESTED")).isEqualTo(before);
  }

  // ---------------------------------------------------------------- users and tasks

  @Test
  void aUserWithADisplayNameOrTeamOfTenThousandCharactersIsRefused() {
    assertBadRequest(
        beheer()
            .post("api/users", user("lang.naam1").add("displayName", "x".repeat(10_000)).build()),
        "displayName");
    assertBadRequest(
        beheer().post("api/users", user("lang.team1").add("team", "t".repeat(10_000)).build()),
        "team");
    String users = beheer().get("api/users").body();
    assertThat(users).doesNotContain("lang.naam1").doesNotContain("lang.team1");
  }

  @Test
  void aTaskFilterThatIsNoNumberIsABadRequestNamingTheParameter() {
    assertBadRequest(behandelaar().get("api/tasks?maxDaysLeft=abc"), "maxDaysLeft");
    assertBadRequest(behandelaar().get("api/tasks?scope=everything"), "scope");
  }

  @Test
  void aTaskPageSizeOrderOrSearchOutOfRangeIsABadRequestNamingTheParameter() {
    assertBadRequest(behandelaar().get("api/tasks?page=-1"), "page");
    assertBadRequest(behandelaar().get("api/tasks?page=1.5"), "page");
    assertBadRequest(behandelaar().get("api/tasks?page=99999999999"), "page");
    assertBadRequest(behandelaar().get("api/tasks?size=0"), "size");
    assertBadRequest(behandelaar().get("api/tasks?size=201"), "size");
    assertBadRequest(behandelaar().get("api/tasks?size=abc"), "size");
    assertBadRequest(behandelaar().get("api/tasks?sort=nope"), "sort");
    assertBadRequest(behandelaar().get("api/tasks?sort=deadline&dir=up"), "dir");
    assertBadRequest(behandelaar().get("api/tasks?q=" + "x".repeat(101)), "q");
    assertBadRequest(behandelaar().get("api/tasks?benefitType=%27%20OR%201%3D1"), "benefitType");
    Reply size = behandelaar().get("api/tasks?size=201");
    assertThat(size.json().getString("detailNl")).contains("1 tot en met 200");
    assertThat(size.json().getString("detailEn")).contains("1 to 200");
    // the edges are fine
    assertThat(behandelaar().get("api/tasks?page=0&size=1&sort=daysLeft&dir=desc").status())
        .isEqualTo(200);
    assertThat(behandelaar().get("api/tasks?size=200&sort=caseNumber&q=BZ-").status())
        .isEqualTo(200);
  }

  // ---------------------------------------------------------------- HTTP

  @Test
  void aWrongContentTypeATooLargeBodyAWrongMethodAndAnUnknownPathAnswerProblems() {
    Reply text = behandelaar().postRaw("api/objections", "text/plain", "{}");
    assertProblem(text, 415);
    Reply large =
        behandelaar()
            .postRaw(
                "api/objections/x/withdrawal",
                "application/json",
                "{\"reason\":\"" + "x".repeat(2_000_000) + "\"}");
    assertProblem(large, 413);
    assertProblem(behandelaar().postRaw("api/me", "application/json", "{}"), 405);
    assertProblem(behandelaar().get("api/no-such-thing"), 404);
  }

  // ---------------------------------------------------------------- helpers

  private ApiClient behandelaar() {
    return ApiClient.as(base, "behandelaar1");
  }

  private ApiClient toezicht() {
    return ApiClient.as(base, "toezicht1");
  }

  private ApiClient beheer() {
    return ApiClient.as(base, "beheer1");
  }

  private static LocalDate today() {
    return LocalDate.now(AMSTERDAM);
  }

  private static JsonObjectBuilder intake(String bsn) {
    return Json.createObjectBuilder()
        .add("bsn", bsn)
        .add("benefitType", "ZORGTOESLAG")
        .add(
            "contestedDecision",
            Json.createObjectBuilder()
                .add("reference", "ZT-" + bsn)
                .add("type", "DEFINITIEVE_TOEKENNING")
                .add("date", today().minusDays(20).toString()))
        .add("receivedDate", today().minusDays(2).toString())
        .add("grounds", Json.createArrayBuilder().add("Het bedrag is te laag."))
        .add("channel", "DIGITAAL")
        .add("advisoryCommittee", false);
  }

  private String registerObjection() {
    Reply created = behandelaar().post("api/objections", intake(FraudReviewIT.newBsn()).build());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().getString("id");
  }

  private static JsonObjectBuilder signal(String bsn) {
    return Json.createObjectBuilder()
        .add("bsn", bsn)
        .add("benefitType", "ZORGTOESLAG")
        .add("source", "TIP")
        .add("description", "Tip over samenwonen")
        .add("legalBasis", "AVG art. 6 lid 1 sub e")
        .add("retentionDate", today().plusYears(1).toString());
  }

  private static JsonObjectBuilder user(String name) {
    return Json.createObjectBuilder()
        .add("userName", name)
        .add("displayName", "Nieuwe Medewerker")
        .add("password", "een-lang-wachtwoord")
        .add("roles", Json.createArrayBuilder().add("BEHANDELAAR"))
        .add("team", "Team Zorg");
  }

  private void assertNoCaseFor(String bsn) {
    Reply found = behandelaar().get("api/objections?bsn=" + bsn);
    assertThat(found.status()).as(found.body()).isEqualTo(200);
    assertThat(found.structure().asJsonArray()).as("no case was registered").isEmpty();
  }

  private void assertNoSignalFor(String bsn) {
    Reply found =
        toezicht().post("api/signals/search", Json.createObjectBuilder().add("bsn", bsn).build());
    assertThat(found.status()).as(found.body()).isEqualTo(200);
    assertThat(found.structure().asJsonArray()).as("no signal was registered").isEmpty();
  }

  private void assertUnchanged(String id, JsonObject before) {
    assertThat(behandelaar().get("api/objections/" + id).json()).isEqualTo(before);
  }

  /** Audit entries of one write action by one user (reads of the trail do not count). */
  private long count(String actor, String action) {
    Reply reply =
        ApiClient.as(base, "inspectie1")
            .get("api/audit/entries?size=1&actor=" + actor + "&action=" + action);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().getJsonNumber("total").longValue();
  }

  private static void assertBadRequest(Reply reply, String field) {
    assertProblem(reply, 400);
    JsonObject problem = reply.json();
    assertThat(problem.getString("field", null)).as(reply.body()).isEqualTo(field);
  }

  private static void assertProblem(Reply reply, int status) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.isProblem()).as(reply.contentType()).isTrue();
    JsonObject problem = reply.json();
    assertThat(problem.getString("detailNl", "")).as(reply.body()).isNotBlank();
    assertThat(problem.getString("detailEn", "")).as(reply.body()).isNotBlank();
  }
}
