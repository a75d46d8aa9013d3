package nl.toeslagen.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
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
 * Hardship requests (issue #13) through the API of the assembled WAR: intake routed by urgency with
 * the triage deadline and collection paused; triage, same-day contact, an emergency payment
 * approved by a second person, a referral; a reasoned partial grant with a payment plan and a
 * signal for policy, reviewed by the professional line (never by someone who took a step), the
 * decision letter, the pause lifted; the collection rules; and bad input refused with the field
 * named, nothing changed, the refusal audited.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HardshipIT {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.assembledWar();
  }

  @ArquillianResource URL base;

  @Test
  void anUrgentRequestIsContactedPaidReferredAssessedReviewedAndDecidedWithALetter() {
    String reference = "TV-" + System.nanoTime();
    Reply created =
        as("behandelaar1")
            .post(
                "api/hardship-requests",
                intake(reference, "PERSOONLIJKE_BETALINGSREGELING", "UITZETTING", "GEEN_INKOMEN"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonObject c = created.json();
    String id = c.getString("id");
    assertThat(c.getString("track")).isEqualTo("URGENT");
    assertThat(c.getString("caseNumber")).startsWith("HH-");
    LocalDate today = LocalDate.now(AMSTERDAM);
    assertThat(LocalDate.parse(c.getString("triageDeadline"))).isAfter(today);
    assertThat(created.header("Location")).endsWith("/api/hardship-requests/" + id);

    // collection paused while open; a second request about the same recovery is a conflict
    assertThat(pauses()).anyMatch(p -> p.getString("recoveryReference").equals(reference));
    Reply second = as("behandelaar2").post("api/hardship-requests", intake(reference, "MATIGING"));
    assertThat(second.status()).as(second.body()).isEqualTo(409);
    assertThat(second.json().getString("policy")).isEqualTo("CollectionPausePolicy");

    // the task list shows the triage task of the hardship workflow
    JsonObject tasks =
        as("behandelaar1")
            .awaitJson(
                "api/tasks?scope=team&q=" + c.getString("caseNumber"),
                j -> !j.getJsonArray("tasks").isEmpty(),
                Duration.ofSeconds(20));
    assertThat(tasks.toString()).contains("TriageTask").contains("\"hardship\"");

    // an urgent request cannot be put in the regular queue
    Reply regular =
        as("behandelaar1")
            .post(
                "api/hardship-requests/" + id + "/triage",
                Json.createObjectBuilder()
                    .add("track", "REGULAR")
                    .add("reasons", "Geen spoed.")
                    .build());
    assertThat(regular.status()).as(regular.body()).isEqualTo(422);
    assertThat(regular.json().getString("field")).isEqualTo("track");
    assertThat(regular.json().getString("policy")).isEqualTo("UrgentTrackPolicy");
    assertThat(details(id).getString("status")).isEqualTo("TRIAGE");

    JsonObject d =
        post(
            id,
            "triage",
            "behandelaar1",
            Json.createObjectBuilder()
                .add("track", "URGENT")
                .add("addedUrgency", Json.createArrayBuilder().add("SCHULDHULP"))
                .add("reasons", "Uitzetting over twee weken; geen inkomen sinds ontslag."));
    assertThat(d.getString("status")).isEqualTo("URGENT_CONTACT");
    assertThat(strings(d.getJsonArray("urgency")))
        .contains("UITZETTING", "GEEN_INKOMEN", "SCHULDHULP");

    d =
        post(
            id,
            "contact",
            "behandelaar1",
            Json.createObjectBuilder()
                .add("contactedOn", today.toString())
                .add("summary", "Gebeld; verhuurder wacht op betaling van de achterstand."));
    assertThat(d.getString("status")).isEqualTo("ASSESSMENT");

    // an emergency payment needs a second person who may approve it
    Reply self =
        as("behandelaar1")
            .post(
                "api/hardship-requests/" + id + "/emergency-payments",
                payment(50_000, "behandelaar1"));
    assertThat(self.status()).as(self.body()).isEqualTo(422);
    assertThat(self.json().getString("policy")).isEqualTo("EmergencyPaymentPolicy");
    d =
        post(
            id,
            "emergency-payments",
            "behandelaar1",
            Json.createObjectBuilder(payment(50_000, "teamleider1")));
    assertThat(d.getJsonArray("emergencyPayments")).hasSize(1);
    assertThat(d.getJsonArray("emergencyPayments").getJsonObject(0).getString("approver"))
        .isEqualTo("teamleider1");

    d =
        post(
            id,
            "referrals",
            "behandelaar1",
            Json.createObjectBuilder()
                .add("target", "GEMEENTELIJKE_SCHULDHULP")
                .add("reasons", "Meerdere schuldeisers; gemeente Utrecht neemt contact op."));
    assertThat(d.getJsonArray("referrals").getJsonObject(0).getString("targetNl"))
        .isEqualTo("Gemeentelijke schuldhulpverlening");

    // a partial grant: a payment plan at capacity and a signal for policy
    d =
        post(
            id,
            "assessment",
            "behandelaar2",
            assessment("DEELS_TOEGEKEND", 40_000L)
                .add(
                    "paymentPlan",
                    Json.createObjectBuilder()
                        .add("monthlyIncomeCents", 160_000)
                        .add("beslagvrijeVoetCents", 150_000)
                        .add("monthlyAdvanceCents", 0))
                .add("policySignal", "ONBEDOELD_PARTNERSCHAP"));
    assertThat(d.getString("status")).isEqualTo("REVIEW");
    JsonObject plan = d.getJsonArray("assessments").getJsonObject(0).getJsonObject("paymentPlan");
    assertThat(plan.getString("arrangement")).isEqualTo("PERSONAL_PLAN");
    assertThat(plan.getJsonNumber("monthlyTermCents").longValue()).isEqualTo(10_000);

    // four eyes: the reviewer is VAKTECHNIEK and took no earlier step
    Reply byHandler =
        as("behandelaar2").post("api/hardship-requests/" + id + "/review", review(true));
    assertThat(byHandler.status()).isEqualTo(403);
    assertThat(refusals("objectType=HARDSHIP_REQUEST&objectId=" + id)).isNotEmpty();
    d = post(id, "review", "vaktechniek1", Json.createObjectBuilder(review(true)));
    assertThat(d.getString("status")).isEqualTo("DECIDED");
    assertThat(d.getString("outcome")).isEqualTo("DEELS_TOEGEKEND");
    assertThat(d.getBoolean("collectionPaused")).isFalse();
    assertThat(d.getString("contestedDecisionType")).isEqualTo("HARDHEIDSBESLISSING");
    assertThat(pauses()).noneMatch(p -> p.getString("recoveryReference").equals(reference));

    // the decision letter, rendered after commit
    JsonObject withLetter =
        as("behandelaar1")
            .awaitJson(
                "api/hardship-requests/" + id,
                j -> !j.getJsonArray("letters").isEmpty(),
                Duration.ofSeconds(30));
    String letterId = withLetter.getJsonArray("letters").getJsonObject(0).getString("id");
    Reply pdf = as("vaktechniek1").get("api/hardship-requests/" + id + "/letters/" + letterId);
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.header("Content-Type")).contains("application/pdf");

    // the trail: every step audited, readable by the inspectorate
    List<String> actions =
        entries("objectType=HARDSHIP_REQUEST&objectId=" + id).stream()
            .map(e -> e.getString("action"))
            .toList();
    assertThat(actions)
        .contains(
            "HARDSHIP_REQUEST_REGISTERED",
            "HARDSHIP_COLLECTION_PAUSED",
            "HARDSHIP_TRIAGED",
            "HARDSHIP_URGENT_CONTACT",
            "HARDSHIP_EMERGENCY_PAYMENT",
            "HARDSHIP_REFERRED",
            "HARDSHIP_ASSESSED",
            "HARDSHIP_POLICY_SIGNAL",
            "HARDSHIP_REVIEW_APPROVED",
            "HARDSHIP_DECIDED");

    // managers see signals for policy counted by category, adding up to the total
    JsonObject signals = as("teamleider1").get("api/hardship-requests/policy-signals").json();
    long sum =
        signals.getJsonArray("categories").stream()
            .mapToLong(v -> v.asJsonObject().getJsonNumber("count").longValue())
            .sum();
    assertThat(sum).isEqualTo(signals.getJsonNumber("total").longValue()).isPositive();
    assertThat(as("behandelaar1").get("api/hardship-requests/policy-signals").status())
        .isEqualTo(403);

    // found by citizen and by number
    Reply byNumber =
        as("behandelaar1")
            .post(
                "api/hardship-requests/search",
                Json.createObjectBuilder().add("caseNumber", c.getString("caseNumber")).build());
    assertThat(byNumber.structure().asJsonArray()).hasSize(1);
  }

  @Test
  void aRegularFullGrantOfModerationIsDecidedWithoutReview() {
    String reference = "TV-" + System.nanoTime();
    JsonObject c =
        as("behandelaar1").post("api/hardship-requests", intake(reference, "MATIGING")).json();
    String id = c.getString("id");
    assertThat(c.getString("track")).isEqualTo("REGULAR");
    post(
        id,
        "triage",
        "behandelaar1",
        Json.createObjectBuilder().add("track", "REGULAR").add("reasons", "Geen urgentie gemeld."));
    // moderation needs disproportionality
    Reply missing =
        as("behandelaar1")
            .post(
                "api/hardship-requests/" + id + "/assessment",
                assessment("TOEGEKEND", 120_000L).add("disproportionate", false).build());
    assertThat(missing.status()).as(missing.body()).isEqualTo(422);
    assertThat(missing.json().getString("field")).isEqualTo("disproportionate");
    JsonObject d = post(id, "assessment", "behandelaar1", assessment("TOEGEKEND", 120_000L));
    assertThat(d.getString("status")).isEqualTo("DECIDED");
    assertThat(d.getJsonArray("reviews")).isEmpty();

    // the decision can be objected to: it enters the objection workflow with its own type
    LocalDate today = LocalDate.now(AMSTERDAM);
    JsonObject objection =
        Json.createObjectBuilder(ObjectionFlowIT.intake(ObjectionFlowIT.validBsn(), today, 1))
            .add(
                "contestedDecision",
                Json.createObjectBuilder()
                    .add("reference", d.getString("caseNumber"))
                    .add("type", d.getString("contestedDecisionType"))
                    .add("date", today.toString()))
            .build();
    Reply lodged = as("behandelaar1").post("api/objections", objection);
    assertThat(lodged.status()).as(lodged.body()).isEqualTo(201);
    Reply read = as("behandelaar1").get("api/objections/" + lodged.json().getString("id"));
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    assertThat(read.body()).contains("HARDHEIDSBESLISSING").contains(d.getString("caseNumber"));
  }

  @Test
  void theCollectionRulesAnswerThroughTheApi() {
    JsonObject small =
        as("behandelaar1")
            .post(
                "api/collection/assessment",
                collection(10_600, "DEFINITIEVE_TOEKENNING", "2023-06-01", 0, 0, 0))
            .json();
    assertThat(small.getBoolean("collect")).isFalse();
    assertThat(small.getString("arrangement")).isEqualTo("NONE_BELOW_THRESHOLD");
    JsonObject standard =
        as("behandelaar1")
            .post(
                "api/collection/assessment",
                collection(
                    240_000, "DEFINITIEVE_TOEKENNING", "2024-03-01", 10_000, 200_000, 190_000))
            .json();
    assertThat(standard.getString("arrangement")).isEqualTo("STANDARD_24_TERMS");
    assertThat(standard.getJsonNumber("monthlyTermCents").longValue()).isEqualTo(10_000);
    assertThat(standard.getBoolean("zienswijzeRequired")).isTrue();
  }

  @Test
  void badInputIsRefusedNamingTheFieldChangesNothingAndIsAudited() {
    long before =
        as("inspectie1")
            .get("api/hardship-requests?limit=1")
            .json()
            .getJsonNumber("total")
            .longValue();
    String reference = "TV-" + System.nanoTime();
    record Case(JsonObject body, String field) {}
    List<Case> cases =
        List.of(
            new Case(
                with(intake(reference, "MATIGING"), "recoveryAmountCents", Json.createValue(-5)),
                "recoveryAmountCents"),
            new Case(
                with(
                    intake(reference, "MATIGING"),
                    "recoveryAmountCents",
                    Json.createValue(99_000_000_000L)),
                "recoveryAmountCents"),
            new Case(
                with(intake(reference, "MATIGING"), "kind", Json.createValue("KWIJTSCHELDING")),
                "kind"),
            new Case(
                with(
                    intake(reference, "MATIGING"),
                    "urgency",
                    Json.createArrayBuilder().add("HONGER").build()),
                "urgency[0]"),
            new Case(
                with(intake(reference, "MATIGING"), "bsn", Json.createValue("123456789")), "bsn"),
            new Case(
                with(intake(reference, "MATIGING"), "circumstances", Json.createValue(" ")),
                "circumstances"));
    for (Case bad : cases) {
      Reply reply = as("behandelaar2").post("api/hardship-requests", bad.body());
      assertThat(reply.status()).as(reply.body()).isEqualTo(400);
      assertThat(reply.isProblem()).isTrue();
      assertThat(reply.json().getString("field")).isEqualTo(bad.field());
      assertThat(reply.json().getString("detailNl")).isNotBlank();
      assertThat(reply.json().getString("detailEn")).isNotBlank();
    }
    assertThat(
            as("inspectie1")
                .get("api/hardship-requests?limit=1")
                .json()
                .getJsonNumber("total")
                .longValue())
        .isEqualTo(before);
    // each refusal audited by the policy that refused it (the newest entries of this user)
    List<JsonObject> refused =
        refusals("order=desc&actor=behandelaar2").stream().limit(cases.size()).toList();
    assertThat(refused).hasSize(cases.size());
    assertThat(refused)
        .allSatisfy(
            e -> {
              assertThat(e.getString("action"))
                  .isEqualTo("REFUSED HardshipRequestResource.register");
              assertThat(e.getString("reasons")).startsWith("HardshipInputPolicy:");
            });

    for (JsonObject bad :
        List.of(
            collection(-1, "DEFINITIEVE_TOEKENNING", "2024-03-01", 0, 0, 0),
            collection(
                1000,
                "DEFINITIEVE_TOEKENNING",
                LocalDate.now(AMSTERDAM).plusDays(3).toString(),
                0,
                0,
                0),
            collection(1000, "DEFINITIEVE_TOEKENNING", "2005-12-31", 0, 0, 0),
            collection(1000, "DEFINITIEVE_TOEKENNING", "2024-03-01", 0, -100, 0),
            collection(1000, "ONBEKEND", "2024-03-01", 0, 0, 0))) {
      Reply reply = as("behandelaar2").post("api/collection/assessment", bad);
      assertThat(reply.status()).as(reply.body()).isEqualTo(400);
      assertThat(reply.json().getString("field")).isNotBlank();
    }
  }

  // ------------------------------------------------------------------ helpers

  static JsonObject intake(String reference, String kind, String... urgency) {
    var signals = Json.createArrayBuilder();
    for (String s : urgency) {
      signals.add(s);
    }
    return Json.createObjectBuilder()
        .add("bsn", ObjectionFlowIT.validBsn())
        .add("benefitType", "HUURTOESLAG")
        .add("recoveryReference", reference)
        .add("recoveryAmountCents", 120_000)
        .add("kind", kind)
        .add("circumstances", "Na een scheiding bleek het toeslagpartnerschap nog te lopen.")
        .add("urgency", signals)
        .build();
  }

  private static JsonObject with(JsonObject o, String key, JsonValue value) {
    return Json.createObjectBuilder(o).add(key, value).build();
  }

  private static JsonObject payment(long cents, String approver) {
    return Json.createObjectBuilder()
        .add("amountCents", cents)
        .add("approver", approver)
        .add("reasons", "Huurachterstand; uitzetting dreigt.")
        .build();
  }

  static JsonObjectBuilder assessment(String outcome, Long relief) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("facts", "Partnerschap liep door na vertrek van de partner.")
            .add("harshLaw", "Awir art. 3 (toeslagpartner)")
            .add("unforeseenUnintended", false)
            .add("disproportionate", true)
            .add("outcome", outcome)
            .add("granted", "Een deel van de terugvordering vervalt.")
            .add("reasons", "Volledige terugvordering is onevenredig voor dit gezin.");
    if (relief != null) {
      b.add("reliefCents", relief);
    }
    return b;
  }

  private static JsonObject review(boolean approved) {
    return Json.createObjectBuilder()
        .add("approved", approved)
        .add("reasons", "Motivering volledig; matiging past bij de feiten.")
        .build();
  }

  private static JsonObject collection(
      long amount, String kind, String date, long advance, long income, long protectedIncome) {
    return Json.createObjectBuilder()
        .add("amountCents", amount)
        .add("kind", kind)
        .add("decisionDate", date)
        .add("monthlyAdvanceCents", advance)
        .add("monthlyIncomeCents", income)
        .add("beslagvrijeVoetCents", protectedIncome)
        .add("uhtPause", false)
        .build();
  }

  private JsonObject post(String id, String step, String user, JsonObjectBuilder body) {
    Reply reply = as(user).post("api/hardship-requests/" + id + "/" + step, body.build());
    assertThat(reply.status()).as(step + ": " + reply.body()).isEqualTo(200);
    return reply.json();
  }

  private JsonObject details(String id) {
    Reply reply = as("behandelaar1").get("api/hardship-requests/" + id);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private List<JsonObject> pauses() {
    return as("behandelaar1")
        .get("api/hardship-requests/collection-pauses")
        .structure()
        .asJsonArray()
        .stream()
        .map(JsonValue::asJsonObject)
        .toList();
  }

  private ApiClient as(String user) {
    return ApiClient.as(base, user);
  }

  private List<JsonObject> entries(String query) {
    Reply reply = as("inspectie1").get("api/audit/entries?size=1000&" + query);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().getJsonArray("entries").stream().map(JsonValue::asJsonObject).toList();
  }

  private List<JsonObject> refusals(String query) {
    return entries(query).stream().filter(e -> e.getString("outcome").equals("REFUSED")).toList();
  }

  private static List<String> strings(JsonArray array) {
    return array.stream().map(v -> ((jakarta.json.JsonString) v).getString()).toList();
  }
}
